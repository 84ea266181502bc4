import type { Migration } from './index';

/**
 * The event's own edit stamp, so its details travel to every door: the time zone, start time, welcome
 * text, contact line and logo (migration 014) stayed at the station where `entre event` set them, and a
 * door that joined the forum at the hub printed badges without the logo. With a stamp, every door and the
 * hub keep the newest edit of the event, as they do for a guest. NULL: not edited since this migration;
 * such a copy changes name, date and place only, as a station older than this one sends.
 * - An event that already has details (set with `entre event`, at the organizer's station) is stamped now,
 *   so they travel and win over the other doors' unedited copies. A time zone alone is not: before this,
 *   each door set its own, and none of them is the organizer's word.
 * - The event is queued for the hub when a column it sends changes, no longer on every write of the row
 *   (an export's time, the purge, how long personal data is kept), which sent the logo again each time.
 */
export const eventStamps: Migration = {
  version: 17,
  name: 'event-stamps',
  up(db) {
    db.exec(`
      ALTER TABLE events ADD COLUMN updated_at TEXT;

      DROP TRIGGER sync_outbox_event_update;
      CREATE TRIGGER sync_outbox_event_update
        AFTER UPDATE OF name, starts_on, venue, time_zone, starts_at, welcome_text, contact_line, logo, updated_at
        ON events
        WHEN NOT EXISTS (SELECT 1 FROM sync_applying_remote) BEGIN
        INSERT INTO sync_outbox (kind, record_id) VALUES ('event', new.id);
      END;

      UPDATE events SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      WHERE starts_at IS NOT NULL OR welcome_text IS NOT NULL OR contact_line IS NOT NULL OR logo IS NOT NULL;
    `);
  },
};
