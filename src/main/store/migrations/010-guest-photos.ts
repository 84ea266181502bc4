import type { Migration } from './index';
import { allowAlso, rebuildTable } from '../rebuild-table';

/**
 * Badge photos, taken only with the guest's consent (docs/photos.md). One row per guest; withdrawing
 * consent or purging keeps the row without its picture (a tombstone), so the deletion syncs to the
 * hub and the other doors like any edit: the newest `updated_at` wins. The outbox learns a 'photo'
 * kind and the door log records consent given and withdrawn.
 */
export const guestPhotos: Migration = {
  version: 10,
  name: 'guest-photos',
  rebuildsTables: true,
  up(db) {
    rebuildTable(db, 'sync_outbox', (sql) => allowAlso(sql, "kind = 'attendance'", "kind = 'photo'"));
    rebuildTable(db, 'staff_log', (sql) =>
      allowAlso(sql, "kind = 'kiosk-quit'", "kind = 'photo-consent' OR kind = 'photo-withdrawn'"),
    );
    db.exec(`
      CREATE TABLE guest_photos (
        guest_id   TEXT PRIMARY KEY REFERENCES guests(id),
        event_id   TEXT NOT NULL REFERENCES events(id),
        jpeg       BLOB CHECK (jpeg IS NULL OR length(jpeg) <= 40960),
        taken_at   TEXT,
        updated_at TEXT NOT NULL,
        CHECK ((jpeg IS NULL) = (taken_at IS NULL))
      ) STRICT;
      CREATE INDEX guest_photos_by_event ON guest_photos(event_id);

      CREATE TRIGGER sync_outbox_photo_insert AFTER INSERT ON guest_photos
        WHEN NOT EXISTS (SELECT 1 FROM sync_applying_remote) BEGIN
        INSERT INTO sync_outbox (kind, record_id) VALUES ('photo', new.guest_id);
      END;
      CREATE TRIGGER sync_outbox_photo_update AFTER UPDATE ON guest_photos
        WHEN NOT EXISTS (SELECT 1 FROM sync_applying_remote) BEGIN
        INSERT INTO sync_outbox (kind, record_id) VALUES ('photo', new.guest_id);
      END;
    `);
  },
};
