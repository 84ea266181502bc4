// The staff PIN: stored only as a salted scrypt hash, checked here in the main process, and shut for a
// while after too many wrong tries so that a four-digit PIN cannot be guessed at the kiosk. The first
// PIN is chosen at the kiosk only with the organizer's setup code (`entre staff-pin --setup-code`, or
// the console of `entre serve`), so whoever first taps the staff entry cannot take the kiosk.
import { createHash, randomInt, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import {
  doorLogDetail,
  normaliseSetupCode,
  STAFF_PIN_PATTERN,
  type FirstPinResult,
  type UnlockResult,
} from '../../shared/staff';
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
const SETUP_CODE_KEY = 'staff_setup_code';

/** A PIN call that cannot go ahead; a reason when the staff door can act on it (show the unlock form). */
export class PinError extends Error {
  constructor(
    message: string,
    readonly reason?: 'pin-already-set',
  ) {
    super(message);
  }
}

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

/**
 * The organizer's setup code for choosing the first PIN at the kiosk: eight digits, made the first
 * time it is asked for and the same until a PIN is set. Kept in the store like the PIN's hash: whoever
 * holds the store file is the organizer; the kiosk's screens never show it.
 */
export function staffSetupCode(db: Db): string {
  return db
    .transaction(() => {
      const stored = getSetting(db, SETUP_CODE_KEY);
      if (stored) return stored;
      const code = String(randomInt(0, 100_000_000)).padStart(8, '0');
      setSetting(db, SETUP_CODE_KEY, code);
      return code;
    })
    .immediate();
}

/** "1234 5678": how the CLI and the console print the setup code, easier to read out and type. */
export const formatSetupCode = (code: string): string => `${code.slice(0, 4)} ${code.slice(4)}`;

const sameCode = (typed: string, stored: string) => {
  // Hashed first, so the comparison takes the same time whatever the lengths.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(normaliseSetupCode(typed)), digest(stored));
};

/**
 * Sets the first PIN at the kiosk, given the organizer's setup code. A wrong code counts as a wrong
 * try, towards the same lockout as wrong PINs, so eight digits cannot be guessed there either.
 * The code is spent once the PIN is set. Changing the PIN is the command line's (setPinAhead).
 */
export function setFirstPin(db: Db, pin: string, setupCode: string, now = new Date()): FirstPinResult {
  if (isPinSet(db)) throw new PinError('A staff PIN is already set.', 'pin-already-set');
  const until = lockedUntil(db, now);
  if (until) return { ok: false, reason: 'locked', lockedUntil: until };
  const stored = getSetting(db, SETUP_CODE_KEY);
  if (!stored || !sameCode(setupCode, stored)) {
    const failure = countFailure(db, now, 'setup-code');
    if (failure.reason === 'locked') return failure;
    return { ok: false, reason: 'wrong-setup-code', triesLeft: failure.triesLeft };
  }
  const hash = hashPin(pin);
  db.transaction(() => {
    if (isPinSet(db)) throw new PinError('A staff PIN is already set.', 'pin-already-set');
    setSetting(db, HASH_KEY, hash);
    setSetting(db, SETUP_CODE_KEY, '');
    setSetting(db, FAILURES_KEY, '0');
    logStaffEvent(db, 'pin-set', doorLogDetail.pinSet('setup-code'), now);
  }).immediate();
  return { ok: true };
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
    setSetting(db, SETUP_CODE_KEY, '');
    logStaffEvent(db, 'pin-set', doorLogDetail.pinSet('command-line'), now);
  }).immediate();
}

export type PinCheck = { ok: true } | Exclude<UnlockResult, { ok: true }>;

export function tryUnlock(db: Db, pin: string, now = new Date()): PinCheck {
  const stored = getSetting(db, HASH_KEY);
  if (!stored) throw new PinError('No staff PIN is set yet.');
  const until = lockedUntil(db, now);
  // While locked, the PIN is not even checked: a right guess must not be told apart from a wrong one.
  if (until) return { ok: false, reason: 'locked', lockedUntil: until };
  if (!verifyPin(pin, stored)) {
    const failure = countFailure(db, now, 'pin');
    return failure.reason === 'locked' ? failure : { ok: false, reason: 'wrong-pin', triesLeft: failure.triesLeft };
  }
  db.transaction(() => {
    setSetting(db, FAILURES_KEY, '0');
    logStaffEvent(db, 'unlock', '', now);
  }).immediate();
  return { ok: true };
}

/** One more wrong PIN or setup code: logged, and the door shut for a while at the last allowed. */
function countFailure(
  db: Db,
  now: Date,
  what: 'pin' | 'setup-code',
): { ok: false; reason: 'locked'; lockedUntil: string } | { ok: false; reason: 'wrong'; triesLeft: number } {
  return db
    .transaction(() => {
      const failures = Number(getSetting(db, FAILURES_KEY) ?? '0') + 1;
      if (failures >= MAX_PIN_TRIES) {
        const until = new Date(now.getTime() + LOCKOUT_MS).toISOString();
        setSetting(db, FAILURES_KEY, '0');
        setSetting(db, LOCKED_UNTIL_KEY, until);
        logStaffEvent(db, 'lockout', doorLogDetail.lockout(failures, until), now);
        return { ok: false, reason: 'locked', lockedUntil: until } as const;
      }
      setSetting(db, FAILURES_KEY, String(failures));
      logStaffEvent(db, 'failed-unlock', doorLogDetail.failedUnlock(what, failures, MAX_PIN_TRIES), now);
      return { ok: false, reason: 'wrong', triesLeft: MAX_PIN_TRIES - failures } as const;
    })
    .immediate();
}
