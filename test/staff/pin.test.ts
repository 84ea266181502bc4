import { afterEach, describe, expect, it } from 'vitest';
import {
  hashPin,
  isPinSet,
  LOCKOUT_MS,
  lockedUntil,
  MAX_PIN_TRIES,
  setFirstPin,
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
    setFirstPin(station.db, '4711');
    const stored = getSetting(station.db, 'staff_pin_hash')!;
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain('4711');
    expect(hashPin('4711')).not.toBe(hashPin('4711'));
    expect(verifyPin('4711', stored)).toBe(true);
    expect(verifyPin('4712', stored)).toBe(false);
    expect(() => setFirstPin(station.db, '9999')).toThrow(/already set/);
    expect(isPinSet(station.db)).toBe(true);
  });

  it('logs the PIN being set without English words a Swedish door log would show', () => {
    station = tempStation();
    setFirstPin(station.db, '4711');
    expect(staffLog(station.db).map(({ kind, detail }) => ({ kind, detail }))).toEqual([
      { kind: 'pin-set', detail: '' },
    ]);
  });

  it('locks after five wrong tries, refuses even the right PIN while locked, and logs it all', () => {
    station = tempStation();
    const start = new Date('2026-03-12T08:00:00Z');
    setFirstPin(station.db, '4711', start);
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
});
