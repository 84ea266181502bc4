import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../src/main/api/handlers';
import { SESSION_IDLE_MS, StaffSessions } from '../../src/main/staff/sessions';
import { staffLog } from '../../src/main/staff/staff-log';
import { tempStation } from '../helpers/temp-station';
import { firstStaffSession } from '../helpers/staff-session';

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

  it('are required by every staff call, checked in main whatever the caller claims', () => {
    station = tempStation();
    const handlers = createHandlers(station);
    const guests = (session: string) => dispatch(handlers, 'staffGuests', { session, query: '', filter: 'all' });
    expect(() => guests('a'.repeat(43))).toThrow(
      expect.objectContaining({ body: expect.objectContaining({ code: 'staff-locked' }) }),
    );
    expect(() => dispatch(handlers, 'staffGuests', { query: '', filter: 'all' })).toThrow(
      /Invalid arguments for staffGuests: session/,
    );

    const session = firstStaffSession(handlers, station.db);
    expect(guests(session).guests.length).toBeGreaterThan(10);
    expect(() => dispatch(handlers, 'staffSetPin', { pin: '1357', setupCode: '' })).toThrow(
      'A staff PIN is already set.',
    );
    dispatch(handlers, 'staffLock', { session });
    expect(() => guests(session)).toThrow('Staff mode is locked: enter the PIN again.');

    expect(dispatch(handlers, 'staffUnlock', { pin: '2468' }).ok).toBe(true);
    expect(staffLog(station.db).map((entry) => entry.kind)).toEqual(['pin-set', 'lock', 'unlock']);
  });

  it('reports failures of the asynchronous calls as rejected promises in plain words', async () => {
    station = tempStation();
    const handlers = createHandlers(station);
    const session = firstStaffSession(handlers, station.db);
    const uploadId = '00000000-0000-4000-8000-000000000000';
    await expect(dispatch(handlers, 'staffPreviewImport', { session, uploadId, fileName: 'x.csv' })).rejects.toThrow(
      'The upload was not found: choose the file again.',
    );
  });
});
