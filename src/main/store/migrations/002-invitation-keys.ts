import type { Migration } from './index';

/** Public keys that sign an event's invitations, and the signed invitations that were revoked. */
export const invitationKeys: Migration = {
  version: 2,
  name: 'invitation-keys',
  up(db) {
    db.exec(`
      CREATE TABLE event_keys (
        key_id     TEXT PRIMARY KEY,
        event_id   TEXT NOT NULL REFERENCES events(id),
        public_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        retired_at TEXT
      ) STRICT;
      CREATE INDEX event_keys_by_event ON event_keys(event_id);

      CREATE TABLE invitation_revocations (
        event_id   TEXT NOT NULL REFERENCES events(id),
        guest_id   TEXT NOT NULL,
        revoked_at TEXT NOT NULL,
        PRIMARY KEY (event_id, guest_id)
      ) STRICT;
    `);
  },
};
