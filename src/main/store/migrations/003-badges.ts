import type { Migration } from './index';

/** Badge designs per event and the print queue: every badge printed (or not) is a row. */
export const badgesSchema: Migration = {
  version: 3,
  name: 'badges',
  up(db) {
    db.exec(`
      CREATE TABLE badge_designs (
        event_id   TEXT PRIMARY KEY REFERENCES events(id),
        design     TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE print_jobs (
        id         TEXT PRIMARY KEY,
        event_id   TEXT NOT NULL REFERENCES events(id),
        guest_id   TEXT NOT NULL REFERENCES guests(id),
        station_id TEXT NOT NULL,
        reason     TEXT NOT NULL CHECK (reason IN ('check-in', 'walk-in', 'reprint')),
        -- The guest's nth badge: a reprint shows how many came before it.
        copy       INTEGER NOT NULL,
        state      TEXT NOT NULL CHECK (state IN ('queued', 'printing', 'done', 'failed')),
        printer    TEXT,
        error      TEXT,
        attempts   INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX print_jobs_by_state ON print_jobs(state, created_at);
      CREATE INDEX print_jobs_by_guest ON print_jobs(guest_id, created_at);
    `);
  },
};
