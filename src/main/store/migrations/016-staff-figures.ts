import type { Migration } from './index';

/**
 * Issue 15 at 100,000 guests: the dashboard poll and the guest list's counts and search stop reading
 * every guest's row. All of them skip removed guests, which migration 012's indexes did not hold, so
 * each guest cost a lookup in the table (most of a 300 ms keystroke or a 450 ms poll).
 * - guests_listed, guests_listed_by_department: partial indexes over the guests not removed, holding
 *   what the list's page, search and counts read (the list's order, the filters' columns, the folded
 *   search text), so those scan an index alone.
 * - guest_tallies: how many guests not removed there are per event, department, walk-in or not, arrived
 *   and flagged; arrival_tallies: how many guests arrived per event and five minutes (the chart's
 *   buckets, by guest_arrivals' wall time). Triggers keep both as guests and arrivals change, so the
 *   dashboard adds up a few dozen rows. Guests merged into others and removed guests' arrivals are
 *   few: the dashboard takes those off when it reads (guests_removed finds the removed ones).
 */
export const staffFigures: Migration = {
  version: 16,
  name: 'staff-figures',
  up(db) {
    db.exec(`
      DROP INDEX guests_by_sort_key;
      DROP INDEX guests_by_department;
      CREATE INDEX guests_listed ON guests(event_id, sort_key, id, source, flagged, arrived, staff_search_text)
        WHERE removed_at IS NULL;
      CREATE INDEX guests_listed_by_department ON guests(event_id, department, source, arrived, flagged, id)
        WHERE removed_at IS NULL;
      CREATE INDEX guests_removed ON guests(id) WHERE removed_at IS NOT NULL;

      CREATE TABLE guest_tallies (
        event_id   TEXT NOT NULL,
        department TEXT NOT NULL,
        walk_in    INTEGER NOT NULL,
        arrived    INTEGER NOT NULL,
        flagged    INTEGER NOT NULL,
        guests     INTEGER NOT NULL,
        PRIMARY KEY (event_id, department, walk_in, arrived, flagged)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO guest_tallies
        SELECT event_id, department, source = 'walk-in', arrived, flagged, count(*) FROM guests
        WHERE removed_at IS NULL GROUP BY 1, 2, 3, 4, 5;
      CREATE TRIGGER guest_tallies_on_insert AFTER INSERT ON guests WHEN new.removed_at IS NULL BEGIN
        ${countGuest('new', 1)}
      END;
      CREATE TRIGGER guest_tallies_on_update
        AFTER UPDATE OF event_id, department, source, arrived, flagged, removed_at ON guests BEGIN
        ${countGuest('old', -1)}
        ${countGuest('new', 1)}
      END;
      CREATE TRIGGER guest_tallies_on_delete AFTER DELETE ON guests WHEN old.removed_at IS NULL BEGIN
        ${countGuest('old', -1)}
      END;

      CREATE TABLE arrival_tallies (
        event_id TEXT NOT NULL,
        start    INTEGER NOT NULL,
        arrivals INTEGER NOT NULL,
        PRIMARY KEY (event_id, start)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO arrival_tallies
        SELECT event_id, ${fiveMinutesStart('wall_time')}, count(*) FROM guest_arrivals GROUP BY 1, 2;
      CREATE TRIGGER arrival_tallies_on_insert AFTER INSERT ON guest_arrivals BEGIN
        ${countArrival('new', 1)}
      END;
      CREATE TRIGGER arrival_tallies_on_delete AFTER DELETE ON guest_arrivals BEGIN
        ${countArrival('old', -1)}
      END;
    `);
  },
};

/**
 * The start of an arrival's five minutes in milliseconds since the epoch, in SQL: whole seconds since the
 * epoch honour the wall time's offset, and five minutes are whole seconds.
 */
export const fiveMinutesStart = (wallTime: string) => `(unixepoch(${wallTime}) / 300) * 300000`;

/** Adds (1) or takes away (-1) the `row` guest from its tally, when not removed; an empty tally goes. */
function countGuest(row: 'old' | 'new', by: 1 | -1): string {
  const key = `${row}.event_id, ${row}.department, ${row}.source = 'walk-in', ${row}.arrived, ${row}.flagged`;
  const add = `INSERT INTO guest_tallies SELECT ${key}, ${by} WHERE ${row}.removed_at IS NULL
          ON CONFLICT DO UPDATE SET guests = guests + excluded.guests;`;
  // Only taking away can empty a tally (adding is most of an import: it skips the look).
  if (by > 0) return add;
  return `${add}
        DELETE FROM guest_tallies WHERE (event_id, department, walk_in, arrived, flagged) = (${key}) AND guests = 0;`;
}

function countArrival(row: 'old' | 'new', by: 1 | -1): string {
  const key = `${row}.event_id, ${fiveMinutesStart(`${row}.wall_time`)}`;
  const add = `INSERT INTO arrival_tallies VALUES (${key}, ${by})
          ON CONFLICT DO UPDATE SET arrivals = arrivals + excluded.arrivals;`;
  if (by > 0) return add;
  return `${add}
        DELETE FROM arrival_tallies WHERE (event_id, start) = (${key}) AND arrivals = 0;`;
}
