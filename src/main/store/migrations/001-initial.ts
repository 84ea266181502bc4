import type { Migration } from './index';

/** Events, their guests, the append-only attendance log and station settings. */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE events (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        starts_on  TEXT,
        venue      TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE guests (
        id          TEXT PRIMARY KEY,
        event_id    TEXT NOT NULL REFERENCES events(id),
        code        TEXT NOT NULL,
        first_name  TEXT NOT NULL,
        last_name   TEXT NOT NULL,
        title       TEXT NOT NULL DEFAULT '',
        department  TEXT NOT NULL DEFAULT '',
        email       TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL,
        source      TEXT NOT NULL CHECK (source IN ('import', 'demo', 'walk-in', 'signed-invitation')),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (event_id, code)
      ) STRICT;
      CREATE INDEX guests_by_email ON guests(event_id, lower(email)) WHERE email <> '';

      -- Name search: trigram full-text index over the folded name, kept in step by triggers. A bulk
      -- import sets 'search_index_deferred' inside its transaction and rebuilds the index once instead.
      CREATE VIRTUAL TABLE guest_search USING fts5(
        search_text, content='guests', content_rowid='rowid', tokenize='trigram'
      );
      CREATE TRIGGER guests_search_insert AFTER INSERT ON guests
      WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search_index_deferred') BEGIN
        INSERT INTO guest_search(rowid, search_text) VALUES (new.rowid, new.search_text);
      END;
      CREATE TRIGGER guests_search_delete AFTER DELETE ON guests
      WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search_index_deferred') BEGIN
        INSERT INTO guest_search(guest_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
      END;
      CREATE TRIGGER guests_search_update AFTER UPDATE OF search_text ON guests
      WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search_index_deferred') BEGIN
        INSERT INTO guest_search(guest_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
        INSERT INTO guest_search(rowid, search_text) VALUES (new.rowid, new.search_text);
      END;

      -- The attendance log: append-only. A guest's status is derived from it, never stored.
      CREATE TABLE attendance_events (
        id         TEXT PRIMARY KEY,
        event_id   TEXT NOT NULL REFERENCES events(id),
        guest_id   TEXT NOT NULL REFERENCES guests(id),
        station_id TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('check-in', 'undo')),
        method     TEXT NOT NULL,
        wall_time  TEXT NOT NULL,
        hlc        TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE INDEX attendance_by_guest ON attendance_events(guest_id, hlc);
      CREATE TRIGGER attendance_no_update BEFORE UPDATE ON attendance_events BEGIN
        SELECT RAISE(ABORT, 'the attendance log is append-only');
      END;
      CREATE TRIGGER attendance_no_delete BEFORE DELETE ON attendance_events BEGIN
        SELECT RAISE(ABORT, 'the attendance log is append-only');
      END;
    `);
  },
};
