import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError, createHandlers, dispatch, isApiCallName } from '../../src/main/api/handlers';
import { API_CALL_NAMES, type ApiCallName } from '../../src/shared/api';
import { guestStatus } from '../../src/main/store/attendance';
import { refusal } from '../helpers/refusal';
import { tempStation } from '../helpers/temp';

function station() {
  const store = tempStation([{ code: 'abcd1234', firstName: 'Åsa', lastName: 'Ek', email: 'asa@kommun.se' }]);
  return { ...store, handlers: createHandlers(store.station) };
}

const BAD_ARGUMENTS: [ApiCallName, unknown, RegExp][] = [
  ['getKioskInfo', { extra: 1 }, /Unrecognized key.*extra/],
  ['getKioskInfo', 'text', /arguments: .*object/],
  ['checkInByCode', { code: 'abcd1234' }, /method/],
  ['checkInByCode', { code: 'abcd1234', method: 'wedge', extra: true }, /extra/],
  ['checkInByCode', { code: 1234, method: 'wedge' }, /code: .*string/],
  ['checkInByCode', { code: 'abcd1234', method: 'search' }, /method/],
  ['checkInByCode', { code: 'a'.repeat(8193), method: 'wedge' }, /code: .*8192/],
  ['checkInByCode', ['abcd1234', 'wedge'], /arguments: .*object/],
  ['searchGuests', {}, /query/],
  ['searchGuests', { query: 'x'.repeat(201) }, /query: .*200/],
  ['searchGuests', { query: ['palsson'] }, /query: .*string/],
  ['searchGuests', { query: 'palsson', limit: 100 }, /limit/],
  ['checkInGuest', { guestId: 'not-a-uuid', method: 'search' }, /guestId/],
  ['checkInGuest', { guestId: crypto.randomUUID(), method: 'wedge' }, /method/],
  ['checkInGuest', { guestId: crypto.randomUUID(), method: 'search', eventId: 'x' }, /eventId/],
];

describe('dispatch', () => {
  it('knows exactly the calls of the contract', () => {
    for (const name of API_CALL_NAMES) expect(isApiCallName(name)).toBe(true);
    expect(isApiCallName('toString')).toBe(false);
    expect(isApiCallName('__proto__')).toBe(false);
    expect(isApiCallName('deleteGuest')).toBe(false);
  });

  it.each(BAD_ARGUMENTS)('refuses bad arguments for %s: %j', (name, args, problem) => {
    const { handlers, db } = station();
    const error = refusal(() => dispatch(handlers, name, args));
    expect(error.body.code).toBe('invalid-arguments');
    expect(error.body.message.startsWith(`Invalid arguments for ${name}: `)).toBe(true);
    expect(error.body.message).toMatch(problem);
    expect(db.prepare('SELECT count(*) AS n FROM attendance_events').get()).toEqual({ n: 0 });
  });

  it('runs each call with good arguments', () => {
    const { handlers, guests, station: s } = station();
    expect(dispatch(handlers, 'getKioskInfo', undefined)).toMatchObject({
      event: { name: 'Ledarforum' },
      stationId: s.stationId,
    });
    expect(dispatch(handlers, 'searchGuests', { query: 'asa' }).map((g) => g.fullName)).toEqual(['Åsa Ek']);
    expect(dispatch(handlers, 'checkInByCode', { code: 'ABCD1234', method: 'wedge' }).kind).toBe('welcome');
    expect(dispatch(handlers, 'checkInGuest', { guestId: guests[0]!.id, method: 'search' }).kind).toBe('already');
    expect(dispatch(handlers, 'checkInByCode', { code: 'x'.repeat(8192), method: 'camera' })).toEqual({
      kind: 'unknown',
    });
  });
});

describe('storage errors', () => {
  it('are told in plain words when the disk is full, nothing is saved, and the station recovers', () => {
    const { db, eventId, handlers } = station();
    const ids: string[] = [];
    for (let i = 0; i < 200; i++) {
      const id = crypto.randomUUID();
      db.prepare(
        `INSERT INTO guests (id, event_id, code, first_name, last_name, search_text, source, created_at, updated_at)
         VALUES (?, ?, ?, 'Gäst', ?, 'gast', 'import', 'now', 'now')`,
      ).run(id, eventId, `guest${String(i).padStart(4, '0')}`, String(i));
      ids.push(id);
    }
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);

    let full: ApiError | null = null;
    let failedGuest = '';
    for (const guestId of ids) {
      try {
        dispatch(handlers, 'checkInGuest', { guestId, method: 'search' });
      } catch (error) {
        full = error as ApiError;
        failedGuest = guestId;
        break;
      }
    }
    expect(full).toBeInstanceOf(ApiError);
    expect(full!.body).toEqual({
      code: 'storage',
      reason: 'store-full',
      message: 'The disk is full: nothing was saved. Free some space and try again.',
    });
    expect(guestStatus(db, failedGuest)).toEqual({ checkedIn: false });

    db.pragma('max_page_count = 1073741823');
    expect(dispatch(handlers, 'checkInGuest', { guestId: failedGuest, method: 'search' }).kind).toBe('welcome');
  });

  it('are told in plain words when the store cannot be written', () => {
    const { file, station: s } = station();
    const readOnly = new Database(file, { readonly: true });
    try {
      const handlers = createHandlers({ db: readOnly, stationId: s.stationId });
      const error = refusal(() => dispatch(handlers, 'checkInByCode', { code: 'abcd1234', method: 'wedge' }));
      expect(error.body).toEqual({
        code: 'storage',
        reason: 'store-unwritable',
        message: 'The store could not be written: nothing was saved. Check the disk and try again.',
      });
    } finally {
      readOnly.close();
    }
  });
});
