import type { Migration } from './index';
import { guestListColumns } from '../guests';

/**
 * The staff guest list answered a page at a time by the store (issue 15), at 100,000 guests:
 * - guests.sort_key (the list's order, see personSortKey) and guests.staff_search_text (name, e-mail,
 *   title and department folded for search), written with every guest; an index walks the list in order.
 * - guest_arrivals: one row per guest who is checked in now, with the check-in that counts (the
 *   earliest since the last undo, merged guests' events included), kept by triggers on the log and on
 *   merges (and their undoing), so filters, counts and the dashboard need not read the whole log;
 *   guests.arrived mirrors it, so counting and filtering read only an index.
 * The outbox trigger on guests fires for the synced columns only: these derived ones are not sent.
 */
export const pagedGuestList: Migration = {
  version: 12,
  name: 'paged-guest-list',
  up(db) {
    db.exec(`
      ALTER TABLE guests ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE guests ADD COLUMN staff_search_text TEXT NOT NULL DEFAULT '';
      ALTER TABLE guests ADD COLUMN arrived INTEGER NOT NULL DEFAULT 0 CHECK (arrived = 0 OR arrived = 1);
      CREATE INDEX guests_by_sort_key ON guests(event_id, sort_key, id, source, flagged, arrived);
      CREATE INDEX guests_by_department ON guests(event_id, department, source, arrived, id);

      DROP TRIGGER sync_outbox_guest_update;
      CREATE TRIGGER sync_outbox_guest_update
        AFTER UPDATE OF event_id, code, first_name, last_name, title, department, email, source, search_text,
          flagged, removed_at, created_at, updated_at ON guests
        WHEN NOT EXISTS (SELECT 1 FROM sync_applying_remote) BEGIN
        INSERT INTO sync_outbox (kind, record_id) VALUES ('guest', new.id);
      END;

      CREATE TABLE guest_arrivals (
        guest_id  TEXT PRIMARY KEY,
        event_id  TEXT NOT NULL,
        wall_time TEXT NOT NULL,
        method    TEXT NOT NULL,
        hlc       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX guest_arrivals_by_event ON guest_arrivals(event_id, hlc);

      CREATE TRIGGER guest_arrivals_on_attendance AFTER INSERT ON attendance_events BEGIN
        ${recomputeArrival('coalesce((SELECT guest_id FROM guest_aliases WHERE alias_id = new.guest_id), new.guest_id)')}
      END;
      CREATE TRIGGER guest_arrivals_on_merge AFTER INSERT ON guest_aliases BEGIN
        DELETE FROM guest_arrivals WHERE guest_id = new.alias_id;
        UPDATE guests SET arrived = 0 WHERE id = new.alias_id;
        ${recomputeArrival('new.guest_id')}
      END;
      -- Sync rebuilds the aliases (delete all, insert again): an alias removed stands on its own again.
      CREATE TRIGGER guest_arrivals_on_unmerge AFTER DELETE ON guest_aliases BEGIN
        ${recomputeArrival('old.alias_id')}
        ${recomputeArrival('old.guest_id')}
      END;
    `);

    // Existing guests get their derived columns (not queued for sync: the trigger above ignores them).
    const update = db.prepare('UPDATE guests SET sort_key = ?, staff_search_text = ? WHERE rowid = ?');
    const rows = db
      .prepare('SELECT rowid, first_name, last_name, title, department, email FROM guests')
      .iterate() as IterableIterator<{
      rowid: number;
      first_name: string;
      last_name: string;
      title: string;
      department: string;
      email: string;
    }>;
    const updates: [string, string, number][] = [];
    for (const row of rows) {
      const columns = guestListColumns({
        firstName: row.first_name,
        lastName: row.last_name,
        title: row.title,
        department: row.department,
        email: row.email,
      });
      updates.push([columns.sortKey, columns.staffSearchText, row.rowid]);
    }
    for (const values of updates) update.run(...values);

    db.exec(`
      WITH merged AS (
        SELECT e.*, coalesce(a.guest_id, e.guest_id) AS canonical
        FROM attendance_events e LEFT JOIN guest_aliases a ON a.alias_id = e.guest_id
      ), last_undo AS (
        SELECT canonical, max(hlc) AS hlc FROM merged WHERE kind = 'undo' GROUP BY canonical
      )
      INSERT INTO guest_arrivals (guest_id, event_id, wall_time, method, hlc)
      SELECT m.canonical, m.event_id, m.wall_time, m.method, min(m.hlc)
      FROM merged m LEFT JOIN last_undo u ON u.canonical = m.canonical
      WHERE m.kind = 'check-in' AND m.hlc > coalesce(u.hlc, '')
      GROUP BY m.canonical;
      UPDATE guests SET arrived = 1 WHERE id IN (SELECT guest_id FROM guest_arrivals);
    `);
  },
};

/** A guest's arrival again from the log: its own events and those of the guests merged into it. */
function recomputeArrival(guest: string): string {
  const events = `guest_id = (${guest}) OR guest_id IN (SELECT alias_id FROM guest_aliases WHERE guest_id = (${guest}))`;
  return `
        DELETE FROM guest_arrivals WHERE guest_id = (${guest});
        INSERT INTO guest_arrivals (guest_id, event_id, wall_time, method, hlc)
          SELECT (${guest}), event_id, wall_time, method, hlc FROM attendance_events
          WHERE (${events}) AND kind = 'check-in'
            AND hlc > coalesce((SELECT max(hlc) FROM attendance_events WHERE (${events}) AND kind = 'undo'), '')
          ORDER BY hlc LIMIT 1;
        UPDATE guests SET arrived = EXISTS (SELECT 1 FROM guest_arrivals WHERE guest_id = (${guest}))
          WHERE id = (${guest});`;
}
