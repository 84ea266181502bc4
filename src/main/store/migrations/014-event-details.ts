import type { Migration } from './index';

/**
 * What invitations and badges say of the event besides its name, date and place (`entre event`): the
 * start time, a welcome text, a contact line and a logo; and the one time zone every clock time of the
 * station is shown in; while it is unset (NULL) that is the zone of the machine the station runs on,
 * as it always was before this migration. Stations get names (set in staff settings or by
 * `entre serve --station-name`, learnt from the hub for other doors), which exports show instead of ids.
 */
export const eventDetails: Migration = {
  version: 14,
  name: 'event-details',
  up(db) {
    db.exec(`
      ALTER TABLE events ADD COLUMN starts_at TEXT;
      ALTER TABLE events ADD COLUMN time_zone TEXT;
      ALTER TABLE events ADD COLUMN welcome_text TEXT;
      ALTER TABLE events ADD COLUMN contact_line TEXT;
      ALTER TABLE events ADD COLUMN logo BLOB;
      CREATE TABLE station_names (
        station_id TEXT PRIMARY KEY,
        name       TEXT NOT NULL
      ) STRICT;
    `);
  },
};
