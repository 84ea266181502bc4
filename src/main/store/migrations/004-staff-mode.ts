import type { Migration } from './index';

/**
 * Staff mode: a log of PIN lockouts and unlocks, a flag staff can set on a guest, and per event the
 * retention setting plus when its attendance was last exported and when its personal data was purged.
 */
export const staffModeSchema: Migration = {
  version: 4,
  name: 'staff-mode',
  up(db) {
    db.exec(`
      CREATE TABLE staff_log (
        id      INTEGER PRIMARY KEY,
        at      TEXT NOT NULL,
        kind    TEXT NOT NULL CHECK (kind IN ('pin-set', 'unlock', 'failed-unlock', 'lockout', 'lock')),
        detail  TEXT NOT NULL DEFAULT ''
      ) STRICT;

      ALTER TABLE guests ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1));

      ALTER TABLE events ADD COLUMN retention_days INTEGER CHECK (retention_days IS NULL OR retention_days > 0);
      ALTER TABLE events ADD COLUMN last_exported_at TEXT;
      ALTER TABLE events ADD COLUMN purged_at TEXT;
    `);
  },
};
