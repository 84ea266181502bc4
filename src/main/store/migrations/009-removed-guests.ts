import type { Migration } from './index';
import { allowAlso, rebuildTable } from '../rebuild-table';

/**
 * A guest cancelled from the list is marked removed, never deleted: their check-ins stay in the
 * append-only log, and the removal travels through sync like any other guest change. The door log
 * records staff removing a guest.
 */
export const removedGuests: Migration = {
  version: 9,
  name: 'removed-guests',
  rebuildsTables: true,
  up(db) {
    db.exec('ALTER TABLE guests ADD COLUMN removed_at TEXT');
    rebuildTable(db, 'staff_log', (sql) => allowAlso(sql, "kind = 'kiosk-quit'", "kind = 'guest-removed'"));
  },
};
