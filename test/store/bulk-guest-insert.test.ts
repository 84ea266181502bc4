// A first import of a large list inserts its guests with the guests' indexes dropped and built again
// after (issue 15): the store must come out with the same indexes, answering the same queries from them,
// and a failed insert must leave both the guests and the indexes as they were. A large insert also does
// the work of the guests' insert triggers once for all its rows: the store must come out exactly as
// inserting the same guests a few at a time, with the triggers, leaves it.
import { describe, expect, it } from 'vitest';
import { dashboardFigures } from '../../src/main/staff/dashboard';
import type { Db } from '../../src/main/store/database';
import { createEvent } from '../../src/main/store/events';
import { insertGuests, searchGuests, type NewGuest } from '../../src/main/store/guests';
import { staffGuestPage } from '../../src/main/staff/guest-list';
import { tempStore } from '../helpers/temp';

const guestIndexes = (db: Db) =>
  db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'guests' ORDER BY name").all();
const schema = (db: Db) => db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').all();

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

  it('leaves the store as inserting the same guests a few at a time does: outbox, tallies, search', () => {
    const stores = [tempStore().db, tempStore().db];
    const eventId = 'event-1';
    for (const db of stores) {
      db.prepare("INSERT INTO events (id, name, created_at) VALUES (?, 'Konferens', '2026-03-01')").run(eventId);
      // Guests already there: the tallies of the large insert add to theirs.
      insertGuests(db, [
        { ...guests(eventId, 1, 9000)[0]!, id: 'walk-in-1', source: 'walk-in' },
        { ...guests(eventId, 1, 9001)[0]!, id: 'import-1' },
      ]);
    }
    const [bulk, fewAtATime] = stores as [Db, Db];
    // Ids in another order than the rows': records go to the outbox in the order the guests were inserted.
    const idOf = (i: number) => `guest-${(i * 7919) % 10007}`;
    const list = guests(eventId, 2500).map((guest, i) => ({
      ...guest,
      id: idOf(i),
      source: i % 50 === 0 ? ('walk-in' as const) : ('import' as const),
    }));

    insertGuests(bulk, list);
    for (let start = 0; start < list.length; start += 500) insertGuests(fewAtATime, list.slice(start, start + 500));

    const guestRows = (db: Db) =>
      db
        .prepare('SELECT rowid, * FROM guests ORDER BY rowid')
        .all()
        .map((row) => ({
          ...(row as object),
          created_at: undefined,
          updated_at: undefined,
        }));
    expect(guestRows(bulk)).toEqual(guestRows(fewAtATime));
    const outbox = (db: Db) => db.prepare('SELECT seq, kind, record_id FROM sync_outbox ORDER BY seq').all();
    expect(outbox(bulk)).toHaveLength(1 + 2 + 2500);
    expect(outbox(bulk)).toEqual(outbox(fewAtATime));
    const tallies = (db: Db) => db.prepare('SELECT * FROM guest_tallies ORDER BY 1, 2, 3, 4, 5').all();
    expect(tallies(bulk)).toEqual(tallies(fewAtATime));
    expect(dashboardFigures(bulk, eventId)).toEqual(dashboardFigures(fewAtATime, eventId));
    expect(schema(bulk)).toEqual(schema(fewAtATime));
    for (const db of stores) {
      // The search index holds exactly the guests' search text.
      db.prepare("INSERT INTO guest_search (guest_search) VALUES ('integrity-check')").run();
      expect(searchGuests(db, eventId, 'öhman2499').map((guest) => guest.id)).toEqual([idOf(2499)]);
    }
  });
});
