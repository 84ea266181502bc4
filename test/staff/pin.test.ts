import { afterEach, describe, expect, it } from 'vitest';
import {
  hashPin,
  isPinSet,
  LOCKOUT_MS,
  lockedUntil,
  MAX_PIN_TRIES,
  setFirstPin,
  setPinAhead,
  staffSetupCode,
  tryUnlock,
  verifyPin,
} from '../../src/main/staff/pin';
import { staffLog } from '../../src/main/staff/staff-log';
import { getSetting } from '../../src/main/store/settings';
import { tempStation } from '../helpers/temp-station';

let station: ReturnType<typeof tempStation>;
afterEach(() => station?.close());

describe('staff PIN', () => {
  it('is stored as a salted scrypt hash, never as the PIN', () => {
    station = tempStation();
    setFirstPin(station.db, '4711', staffSetupCode(station.db));
    const stored = getSetting(station.db, 'staff_pin_hash')!;
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain('4711');
    expect(hashPin('4711')).not.toBe(hashPin('4711'));
    expect(verifyPin('4711', stored)).toBe(true);
    expect(verifyPin('4712', stored)).toBe(false);
    expect(() => setFirstPin(station.db, '9999', '')).toThrow(/already set/);
    expect(isPinSet(station.db)).toBe(true);
  });

  it('logs the PIN being set without English words a Swedish door log would show', () => {
    station = tempStation();
    setFirstPin(station.db, '4711', staffSetupCode(station.db));
    setPinAhead(station.db, '1357');
    expect(staffLog(station.db).map(({ kind, detail }) => ({ kind, detail }))).toEqual([
      { kind: 'pin-set', detail: 'setup-code' },
      { kind: 'pin-set', detail: 'command-line' },
    ]);
  });

  it('locks after five wrong tries, refuses even the right PIN while locked, and logs it all', () => {
    station = tempStation();
    const start = new Date('2026-03-12T08:00:00Z');
    setFirstPin(station.db, '4711', staffSetupCode(station.db), start);
    for (let i = 1; i < MAX_PIN_TRIES; i++)
      expect(tryUnlock(station.db, '0000', start)).toEqual({
        ok: false,
        reason: 'wrong-pin',
        triesLeft: MAX_PIN_TRIES - i,
      });
    const until = new Date(start.getTime() + LOCKOUT_MS).toISOString();
    expect(tryUnlock(station.db, '0000', start)).toEqual({ ok: false, reason: 'locked', lockedUntil: until });
    const during = new Date(start.getTime() + LOCKOUT_MS - 1000);
    expect(tryUnlock(station.db, '4711', during)).toEqual({ ok: false, reason: 'locked', lockedUntil: until });
    expect(lockedUntil(station.db, during)).toBe(until);

    const after = new Date(start.getTime() + LOCKOUT_MS + 1000);
    expect(lockedUntil(station.db, after)).toBeNull();
    expect(tryUnlock(station.db, '4711', after)).toEqual({ ok: true });
    // A fresh count of tries after the lockout.
    expect(tryUnlock(station.db, '1111', after)).toMatchObject({ reason: 'wrong-pin', triesLeft: MAX_PIN_TRIES - 1 });

    expect(staffLog(station.db).map((entry) => entry.kind)).toEqual([
      'pin-set',
      'failed-unlock',
      'failed-unlock',
      'failed-unlock',
      'failed-unlock',
      'lockout',
      'unlock',
      'failed-unlock',
    ]);
  });

  it("lets the first PIN be chosen only with the organizer's setup code, counting wrong codes as wrong tries", () => {
    station = tempStation();
    const start = new Date('2026-03-12T08:00:00Z');
    const code = staffSetupCode(station.db);
    expect(code).toMatch(/^\d{8}$/);
    // Asked again, the same code: the organizer may print it twice before the kiosk is used.
    expect(staffSetupCode(station.db)).toBe(code);
    const wrong = code === '00000000' ? '11111111' : '00000000';
    expect(setFirstPin(station.db, '4711', '', start)).toEqual({
      ok: false,
      reason: 'wrong-setup-code',
      triesLeft: MAX_PIN_TRIES - 1,
    });
    for (let i = 2; i < MAX_PIN_TRIES; i++) setFirstPin(station.db, '4711', wrong, start);
    const until = new Date(start.getTime() + LOCKOUT_MS).toISOString();
    expect(setFirstPin(station.db, '4711', wrong, start)).toEqual({ ok: false, reason: 'locked', lockedUntil: until });
    // While locked even the right code is not checked.
    expect(setFirstPin(station.db, '4711', code, start)).toEqual({ ok: false, reason: 'locked', lockedUntil: until });
    expect(isPinSet(station.db)).toBe(false);

    const after = new Date(start.getTime() + LOCKOUT_MS + 1000);
    // Typed as printed, with its space.
    expect(setFirstPin(station.db, '4711', `${code.slice(0, 4)} ${code.slice(4)}`, after)).toEqual({ ok: true });
    expect(tryUnlock(station.db, '4711', after)).toEqual({ ok: true });
    // Spent: a new code is made only if asked for, and no longer opens anything.
    expect(() => setFirstPin(station.db, '9999', code, after)).toThrow(/already set/);
    expect(staffLog(station.db).map(({ kind, detail }) => `${kind} ${detail}`)).toEqual([
      'failed-unlock setup-code 1/5',
      'failed-unlock setup-code 2/5',
      'failed-unlock setup-code 3/5',
      'failed-unlock setup-code 4/5',
      `lockout 5 ${until}`,
      'pin-set setup-code',
      'unlock ',
    ]);
  });

  it('forgets the setup code once the organizer sets the PIN from the command line', () => {
    station = tempStation();
    staffSetupCode(station.db);
    setPinAhead(station.db, '1357');
    expect(getSetting(station.db, 'staff_setup_code')).toBe('');
  });
});
