import type { Migration } from './index';
import { systemTimeZone } from '../../../shared/event-time';

/**
 * What invitations and badges say of the event besides its name, date and place (`entre event`): the
 * start time, a welcome text, a contact line and a logo; and the one time zone every clock time of the
 * station is shown in. An event made before this migration gets the station's own zone, which is the
 * zone its times were shown in until now.
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
    `);
    db.prepare('UPDATE events SET time_zone = ?').run(systemTimeZone());
  },
};
