import type { Migration } from './index';

/**
 * Sync with the organizer's hub: an outbox of local changes filled by triggers (so every writer of
 * guests, events and attendance is covered, whoever wrote it), and the aliases that merge a guest
 * registered twice at two doors. Rows pulled from the hub are written while a row sits in
 * sync_applying_remote, which keeps the triggers from sending them back.
 */
export const syncSchema: Migration = {
  version: 5,
  name: 'sync',
  up(db) {
    db.exec(`
      CREATE TABLE sync_outbox (
        seq       INTEGER PRIMARY KEY AUTOINCREMENT,
        kind      TEXT NOT NULL CHECK (kind IN ('event', 'guest', 'attendance')),
        record_id TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sync_applying_remote (flag INTEGER PRIMARY KEY CHECK (flag = 1)) STRICT;

      -- A guest merged into another (same e-mail, registered at two doors): its events count for the
      -- guest it points to. The attendance log stays untouched: it is append-only.
      CREATE TABLE guest_aliases (
        alias_id TEXT PRIMARY KEY REFERENCES guests(id),
        guest_id TEXT NOT NULL REFERENCES guests(id)
      ) STRICT;
      CREATE INDEX guest_aliases_by_guest ON guest_aliases(guest_id);

      CREATE TRIGGER sync_outbox_event_insert AFTER INSERT ON events
        WHEN NOT EXISTS (SELECT 1 FROM sync_applying_remote) BEGIN
        INSERT INTO sync_outbox (kind, record_id) VALUES ('event', new.id);
      END;
      CREATE TRIGGER sync_outbox_event_update AFTER UPDATE ON events
        WHEN NOT EXISTS (SELECT 1 FROM sync_applying_remote) BEGIN
        INSERT INTO sync_outbox (kind, record_id) VALUES ('event', new.id);
      END;
      CREATE TRIGGER sync_outbox_guest_insert AFTER INSERT ON guests
        WHEN NOT EXISTS (SELECT 1 FROM sync_applying_remote) BEGIN
        INSERT INTO sync_outbox (kind, record_id) VALUES ('guest', new.id);
      END;
      CREATE TRIGGER sync_outbox_guest_update AFTER UPDATE ON guests
        WHEN NOT EXISTS (SELECT 1 FROM sync_applying_remote) BEGIN
        INSERT INTO sync_outbox (kind, record_id) VALUES ('guest', new.id);
      END;
      CREATE TRIGGER sync_outbox_attendance_insert AFTER INSERT ON attendance_events
        WHEN NOT EXISTS (SELECT 1 FROM sync_applying_remote) BEGIN
        INSERT INTO sync_outbox (kind, record_id) VALUES ('attendance', new.id);
      END;

      -- What was written before this version has never been sent either.
      INSERT INTO sync_outbox (kind, record_id) SELECT 'event', id FROM events ORDER BY rowid;
      INSERT INTO sync_outbox (kind, record_id) SELECT 'guest', id FROM guests ORDER BY rowid;
      INSERT INTO sync_outbox (kind, record_id) SELECT 'attendance', id FROM attendance_events ORDER BY hlc;
    `);
  },
};
