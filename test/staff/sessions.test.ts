import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../src/main/api/handlers';
import { SESSION_IDLE_MS, StaffSessions } from '../../src/main/staff/sessions';
import { staffLog } from '../../src/main/staff/staff-log';
import { tempStation } from '../helpers/temp-station';

let station: ReturnType<typeof tempStation>;
afterEach(() => station?.close());

describe('staff sessions', () => {
  it('end after a while unused, and using one keeps it open', () => {
    const sessions = new StaffSessions();
    const token = sessions.open(0);
    expect(sessions.touch(token, SESSION_IDLE_MS - 1)).toBe(true);
    expect(sessions.touch(token, 2 * SESSION_IDLE_MS - 2)).toBe(true);
    expect(sessions.touch(token, 3 * SESSION_IDLE_MS)).toBe(false);
    expect(sessions.touch(token, 3 * SESSION_IDLE_MS)).toBe(false);
    expect(sessions.touch('made-up-token', 0)).toBe(false);
  });

  it('are required by every staff call, checked in main whatever the caller claims', async () => {
    station = tempStation();
    const handlers = createHandlers(station);
    const guests = (session: string) => dispatch(handlers, 'staffGuests', { session, query: '', filter: 'all' });
    await expect(guests('a'.repeat(43))).rejects.toMatchObject({ body: { code: 'staff-locked' } });
    await expect(dispatch(handlers, 'staffGuests', { query: '', filter: 'all' })).rejects.toMatchObject({
      body: { code: 'invalid-arguments' },
    });

    const { session } = await dispatch(handlers, 'staffSetPin', { pin: '2468' });
    expect((await guests(session)).length).toBeGreaterThan(10);
    await expect(dispatch(handlers, 'staffSetPin', { pin: '1357' })).rejects.toMatchObject({
      body: { message: 'A staff PIN is already set.' },
    });
    await dispatch(handlers, 'staffLock', { session });
    await expect(guests(session)).rejects.toMatchObject({ body: { code: 'staff-locked' } });

    const unlocked = await dispatch(handlers, 'staffUnlock', { pin: '2468' });
    expect(unlocked.ok).toBe(true);
    expect(staffLog(station.db).map((entry) => entry.kind)).toEqual(['pin-set', 'lock', 'unlock']);
  });
});
