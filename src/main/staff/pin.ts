// The staff PIN: stored only as a salted scrypt hash, checked here in the main process, and shut for a
// while after too many wrong tries so that a four-digit PIN cannot be guessed at the kiosk.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { STAFF_PIN_PATTERN, type UnlockResult } from '../../shared/staff';
import type { Db } from '../store/database';
import { getSetting, setSetting } from '../store/settings';
import { logStaffEvent } from './staff-log';

export const MAX_PIN_TRIES = 5;
export const LOCKOUT_MS = 5 * 60_000;

/** scrypt cost: about 50-100 ms per check here, which makes an offline guess of a stolen hash slow. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, maxmem: 64 * 1024 * 1024 };

const HASH_KEY = 'staff_pin_hash';
const FAILURES_KEY = 'staff_pin_failures';
const LOCKED_UNTIL_KEY = 'staff_pin_locked_until';

export class PinError extends Error {}

export function hashPin(pin: string, salt = randomBytes(16)): string {
  const { N, r, p, keyLength, maxmem } = SCRYPT;
  const hash = scryptSync(pin, salt, keyLength, { N, r, p, maxmem });
  return ['scrypt', N, r, p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function verifyPin(pin: string, stored: string): boolean {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(N),
    r: Number(r),
    p: Number(p),
    maxmem: SCRYPT.maxmem,
  });
  return timingSafeEqual(actual, expected);
}

export const isPinSet = (db: Db): boolean => getSetting(db, HASH_KEY) !== null;

/** When staff mode opens again after a lockout, or null when it is open now. */
export function lockedUntil(db: Db, now = new Date()): string | null {
  const until = getSetting(db, LOCKED_UNTIL_KEY);
  return until && Date.parse(until) > now.getTime() ? until : null;
}

/** Sets the first PIN. Changing it is not offered yet. */
export function setFirstPin(db: Db, pin: string, now = new Date()): void {
  db.transaction(() => {
    if (isPinSet(db)) throw new PinError('A staff PIN is already set.');
    setSetting(db, HASH_KEY, hashPin(pin));
    // The kind says it all, in the reader's language; an English detail showed in Swedish mode.
    logStaffEvent(db, 'pin-set', '', now);
  }).immediate();
}

/**
 * Sets or replaces the PIN ahead of the event, from the organizer's command line (whoever holds the
 * store file is the organizer): wrong tries and a lockout are cleared with it.
 */
export function setPinAhead(db: Db, pin: string, now = new Date()): void {
  if (!STAFF_PIN_PATTERN.test(pin)) throw new PinError('The PIN must be 4 to 12 digits.');
  db.transaction(() => {
    setSetting(db, HASH_KEY, hashPin(pin));
    setSetting(db, FAILURES_KEY, '0');
    setSetting(db, LOCKED_UNTIL_KEY, '');
    logStaffEvent(db, 'pin-set', '', now);
  }).immediate();
}

export type PinCheck = { ok: true } | Exclude<UnlockResult, { ok: true }>;

export function tryUnlock(db: Db, pin: string, now = new Date()): PinCheck {
  const stored = getSetting(db, HASH_KEY);
  if (!stored) throw new PinError('No staff PIN is set yet.');
  const until = lockedUntil(db, now);
  // While locked, the PIN is not even checked: a right guess must not be told apart from a wrong one.
  if (until) return { ok: false, reason: 'locked', lockedUntil: until };
  const right = verifyPin(pin, stored);
  return db
    .transaction(() => {
      if (right) {
        setSetting(db, FAILURES_KEY, '0');
        logStaffEvent(db, 'unlock', '', now);
        return { ok: true } as const;
      }
      const failures = Number(getSetting(db, FAILURES_KEY) ?? '0') + 1;
      if (failures >= MAX_PIN_TRIES) {
        const until = new Date(now.getTime() + LOCKOUT_MS).toISOString();
        setSetting(db, FAILURES_KEY, '0');
        setSetting(db, LOCKED_UNTIL_KEY, until);
        logStaffEvent(db, 'lockout', `${failures} wrong PINs; locked until ${until}`, now);
        return { ok: false, reason: 'locked', lockedUntil: until } as const;
      }
      setSetting(db, FAILURES_KEY, String(failures));
      logStaffEvent(db, 'failed-unlock', `wrong PIN ${failures} of ${MAX_PIN_TRIES}`, now);
      return { ok: false, reason: 'wrong-pin', triesLeft: MAX_PIN_TRIES - failures } as const;
    })
    .immediate();
}
