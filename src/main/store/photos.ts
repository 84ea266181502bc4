// Badge photos of guests who consented (docs/photos.md). A withdrawn or purged photo stays as a row
// without its picture, a tombstone that syncs like any edit so every door and the hub drop the picture.
import { checkBadgePhoto } from '../photos/jpeg';
import { photosByPerson } from '../photos/whos-who-entries';
import { logStaffEvent } from '../staff/staff-log';
import { type Db, eraseFreedSpace, prepared } from './database';
import { stampAfter, stampAfterIso } from './edit-stamp';
import { guestAliasMap } from './guest-aliases';

export interface GuestPhoto {
  guestId: string;
  eventId: string;
  jpeg: Buffer;
  takenAt: string;
}

interface PhotoRow {
  guest_id: string;
  event_id: string;
  jpeg: Buffer | null;
  taken_at: string | null;
  updated_at: string;
}

/** Where the guest said yes: at the kiosk's question, or in person to staff at the desk. */
export type ConsentGiven = 'kiosk' | 'desk';

/** The guest `@guestId` and their duplicates (the same walk-in registered at two doors, see guest_aliases). */
const PERSON_RECORDS = `WITH person(id) AS
    (SELECT coalesce((SELECT guest_id FROM guest_aliases WHERE alias_id = @guestId), @guestId)),
  person_records(id) AS
    (SELECT id FROM person UNION SELECT alias_id FROM guest_aliases WHERE guest_id = (SELECT id FROM person))`;

/**
 * Stores a consenting guest's photo (replacing an earlier one) and records the consent in the door
 * log: the guest's id, followed by " desk" when staff took the picture. Refuses, storing nothing, a
 * picture that is not a small square JPEG (PhotoError).
 */
export function saveGuestPhoto(
  db: Db,
  guestId: string,
  jpeg: Uint8Array,
  now = new Date(),
  given: ConsentGiven = 'kiosk',
): GuestPhoto {
  checkBadgePhoto(jpeg);
  return db
    .transaction(() => {
      const guest = prepared(db, 'SELECT event_id FROM guests WHERE id = ?').get(guestId) as
        { event_id: string } | undefined;
      if (!guest) throw new Error(`No guest ${guestId}`);
      const at = now.toISOString();
      // The person's photo is the one of their records edited last (eventPhotos): a retake must be later
      // than their duplicates' pictures too, whatever this door's clock says.
      const { latest } = prepared(
        db,
        `${PERSON_RECORDS} SELECT max(updated_at) AS latest FROM guest_photos WHERE guest_id IN person_records`,
      ).get({ guestId }) as { latest: string | null };
      const bytes = Buffer.from(jpeg);
      prepared(
        db,
        `INSERT INTO guest_photos (guest_id, event_id, jpeg, taken_at, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(guest_id) DO UPDATE SET jpeg = excluded.jpeg, taken_at = excluded.taken_at,
           updated_at = excluded.updated_at`,
      ).run(guestId, guest.event_id, bytes, at, stampAfterIso(at, latest ?? undefined));
      logStaffEvent(db, 'photo-consent', given === 'desk' ? `${guestId} desk` : guestId, now);
      return { guestId, eventId: guest.event_id, jpeg: bytes, takenAt: at };
    })
    .immediate();
}

/**
 * Deletes the picture (consent withdrawn), and those of the person's duplicates (the same walk-in
 * registered at two doors, see guest_aliases); true when there was one.
 */
export function withdrawGuestPhoto(db: Db, guestId: string, now = new Date()): boolean {
  const withdrawn = db
    .transaction(() => {
      const changed = prepared(
        db,
        `${PERSON_RECORDS}
         UPDATE guest_photos SET jpeg = NULL, taken_at = NULL, updated_at = ${stampAfter('updated_at', '@at')}
         WHERE jpeg IS NOT NULL AND guest_id IN person_records`,
      ).run({ guestId, at: now.toISOString() }).changes;
      if (changed > 0) logStaffEvent(db, 'photo-withdrawn', guestId, now);
      return changed > 0;
    })
    .immediate();
  // secure_delete zeroed the picture in the store; the WAL still holds the frames it was written in.
  if (withdrawn) eraseFreedSpace(db, { rewrite: false });
  return withdrawn;
}

/** Deletes every picture of an event: part of purging its personal data (call inside its transaction). */
export function deleteEventPhotos(db: Db, eventId: string, now = new Date()): number {
  return prepared(
    db,
    `UPDATE guest_photos SET jpeg = NULL, taken_at = NULL, updated_at = ${stampAfter('updated_at', '?')}
     WHERE event_id = ? AND jpeg IS NOT NULL`,
  ).run(now.toISOString(), eventId).changes;
}

const toPhoto = (row: PhotoRow): GuestPhoto | null =>
  row.jpeg && row.taken_at
    ? { guestId: row.guest_id, eventId: row.event_id, jpeg: row.jpeg, takenAt: row.taken_at }
    : null;

/** How a badge, its preview and the who's-who carry a picture. */
export const jpegDataUrl = (jpeg: Buffer): string => `data:image/jpeg;base64,${jpeg.toString('base64')}`;

export function guestPhoto(db: Db, guestId: string): GuestPhoto | null {
  const row = prepared(db, 'SELECT * FROM guest_photos WHERE guest_id = ?').get(guestId) as PhotoRow | undefined;
  return row ? toPhoto(row) : null;
}

/**
 * Every photo of an event, one per person, under the guest id the person is listed by: of their own
 * and their duplicates' photo records the one edited last, none when that is a withdrawal (the same
 * rule as the hub's who's-who). `guestId` of each photo names the record that holds the picture.
 */
export function eventPhotos(db: Db, eventId: string): Map<string, GuestPhoto> {
  // Guests taken off the list (removed_at) keep their photo row for sync, but are nobody's business here.
  const rows = prepared(
    db,
    `SELECT p.* FROM guest_photos p JOIN guests g ON g.id = p.guest_id WHERE p.event_id = ? AND g.removed_at IS NULL`,
  ).all(eventId) as PhotoRow[];
  const versions = rows.map((row) => ({ guestId: row.guest_id, picture: toPhoto(row), updatedAt: row.updated_at }));
  return new Map(
    [...photosByPerson(versions, guestAliasMap(db, eventId))].map(([person, version]) => [person, version.picture]),
  );
}

/** A photo row as sync carries it: the picture, or null once it was withdrawn. */
export interface PhotoState {
  guestId: string;
  eventId: string;
  jpeg: Buffer | null;
  takenAt: string | null;
  updatedAt: string;
}

export function photoStatesOf(rows: PhotoRow[]): PhotoState[] {
  return rows.map((row) => ({
    guestId: row.guest_id,
    eventId: row.event_id,
    jpeg: row.jpeg,
    takenAt: row.taken_at,
    updatedAt: row.updated_at,
  }));
}

/** Writes a photo pulled from the hub: the newest edit wins, an older copy arriving late changes nothing. */
export function applyPhotoState(db: Db, state: PhotoState): boolean {
  return (
    prepared(
      db,
      `INSERT INTO guest_photos (guest_id, event_id, jpeg, taken_at, updated_at)
       SELECT @guestId, @eventId, @jpeg, @takenAt, @updatedAt WHERE EXISTS (SELECT 1 FROM guests WHERE id = @guestId)
       ON CONFLICT(guest_id) DO UPDATE SET jpeg = excluded.jpeg, taken_at = excluded.taken_at, updated_at = excluded.updated_at
       WHERE excluded.updated_at > guest_photos.updated_at`,
    ).run(state).changes > 0
  );
}
