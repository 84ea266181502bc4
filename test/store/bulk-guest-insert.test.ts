// A first import of a large list inserts its guests with the guests' indexes dropped and built again
// after (issue 15): the store must come out with the same indexes, answering the same queries from them,
// and a failed insert must leave both the guests and the indexes as they were.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/main/store/database';
import { createEvent } from '../../src/main/store/events';
import { insertGuests, type NewGuest } from '../../src/main/store/guests';
import { staffGuestPage } from '../../src/main/staff/guest-list';
import { tempStore } from '../helpers/temp';

const guestIndexes = (db: Db) =>
  db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'guests' ORDER BY name").all();

function guests(eventId: string, count: number, from = 0): NewGuest[] {
  return Array.from({ length: count }, (_, i) => ({
    eventId,
    code: `code${from + i}`,
    firstName: 'Åsa',
    lastName: `Öhman${from + i}`,
    title: '',
    department: i % 2 ? 'Socialförvaltningen' : 'Kultur',
    email: `asa${from + i}@example.se`,
    source: 'import' as const,
  }));
}

describe('inserting a large list of guests', () => {
  it('keeps every index of the guests, and the list is read from them', () => {
    const { db } = tempStore();
    const event = createEvent(db, { name: 'Konferens', startsOn: null, venue: null });
    const before = guestIndexes(db);
    expect(before.length).toBeGreaterThanOrEqual(5);

    insertGuests(db, guests(event.id, 2500));

    expect(guestIndexes(db)).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT id FROM guests WHERE event_id = ? AND department = ? AND removed_at IS NULL ORDER BY department, source, arrived, flagged, id',
      )
      .all(event.id, 'Kultur') as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toContain('guests_listed_by_department');
    const page = staffGuestPage(db, event.id, { query: 'öhman12', filter: 'all', after: null, limit: 3 });
    expect(page.guests.map((guest) => guest.lastName)).toEqual(['Öhman12', 'Öhman120', 'Öhman1200']);
  });

  it('leaves the guests and the indexes as they were when a row cannot be inserted', () => {
    const { db } = tempStore();
    const event = createEvent(db, { name: 'Konferens', startsOn: null, venue: null });
    const before = guestIndexes(db);
    const list = guests(event.id, 2500);
    list[2400] = { ...list[2400]!, code: list[10]!.code };

    expect(() => insertGuests(db, list)).toThrow(/UNIQUE/);

    expect(db.prepare('SELECT count(*) FROM guests').pluck().get()).toBe(0);
    expect(guestIndexes(db)).toEqual(before);
  });
});
