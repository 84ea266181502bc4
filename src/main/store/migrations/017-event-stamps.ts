import type { Migration } from './index';

/**
 * The event's own edit stamp, so its details travel to every door: the time zone, start time, welcome
 * text, contact line and logo (migration 014) stayed at the station where `entre event` set them, and a
 * door that joined the forum at the hub printed badges without the logo. With a stamp, every door and the
 * hub keep the newest edit of the event, as they do for a guest. NULL: not edited since it was created.
 */
export const eventStamps: Migration = {
  version: 17,
  name: 'event-stamps',
  up(db) {
    db.exec('ALTER TABLE events ADD COLUMN updated_at TEXT;');
  },
};
