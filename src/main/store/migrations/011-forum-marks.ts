import type { Migration } from './index';

/**
 * What the hub knows of a guest across forums (docs/forums.md): the mingle group the organizer
 * assigned, and whether this is the guest's first forum. Only ever written from pulled records, so
 * no outbox trigger; purged with the event's personal data.
 */
export const forumMarks: Migration = {
  version: 11,
  name: 'forum-marks',
  up(db) {
    db.exec(`
      CREATE TABLE forum_marks (
        guest_id     TEXT PRIMARY KEY REFERENCES guests(id),
        event_id     TEXT NOT NULL REFERENCES events(id),
        mingle_group INTEGER CHECK (mingle_group IS NULL OR mingle_group >= 1),
        group_size   INTEGER CHECK (group_size IS NULL OR group_size = 3 OR group_size = 4),
        first_forum  INTEGER NOT NULL CHECK (first_forum = 0 OR first_forum = 1),
        -- Placed by the walk-in rule: left out of the table that rule reads, so every door agrees.
        by_rule      INTEGER NOT NULL CHECK (by_rule = 0 OR by_rule = 1),
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX forum_marks_by_event ON forum_marks(event_id);
    `);
  },
};
