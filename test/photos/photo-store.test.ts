// Badge photos in the station's store (real SQLite): consent in the door log, withdrawal and purge
// leave no picture behind, exports never carry one, and bad pictures are refused with nothing stored.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { tempStation } from '../helpers/temp-station';
import { getActiveEvent } from '../../src/main/store/events';
import { insertGuest, listGuests } from '../../src/main/store/guests';
import { recomputeGuestAliases } from '../../src/main/store/guest-aliases';
import { photoConsents } from '../../src/main/photos/handlers';
import { whosWhoEntries } from '../../src/main/photos/whos-who';
import { eventPhotos, guestPhoto, saveGuestPhoto, withdrawGuestPhoto } from '../../src/main/store/photos';
import { PhotoError } from '../../src/main/photos/jpeg';
import { MAX_PHOTO_BYTES } from '../../src/shared/photos';
import { purgePersonalData } from '../../src/main/staff/personal-data';
import { staffLog } from '../../src/main/staff/staff-log';
import { exportAttendance } from '../helpers/export-whole';
import { FACE_JPEG, jpegSized, markedJpeg } from './fixtures';

let station: ReturnType<typeof tempStation>;
afterEach(() => station?.close());

function openWithGuests() {
  station = tempStation();
  const event = getActiveEvent(station.db)!;
  return { db: station.db, event, guests: listGuests(station.db, event.id) };
}

const photoRows = (): number =>
  (station.db.prepare('SELECT count(*) AS n FROM guest_photos WHERE jpeg IS NOT NULL').get() as { n: number }).n;

describe('badge photos in the store', () => {
  it('keeps the picture, records the consent in the door log and replaces it on a retake', () => {
    const { db, guests } = openWithGuests();
    const guest = guests[0]!;
    saveGuestPhoto(db, guest.id, FACE_JPEG, new Date('2026-03-12T08:00:00Z'));
    saveGuestPhoto(db, guest.id, jpegSized(300, 300), new Date('2026-03-12T08:05:00Z'));
    const photo = guestPhoto(db, guest.id)!;
    expect(photo.takenAt).toBe('2026-03-12T08:05:00.000Z');
    expect(photo.jpeg.equals(jpegSized(300, 300))).toBe(true);
    expect(staffLog(db).filter((entry) => entry.kind === 'photo-consent')).toEqual([
      { at: '2026-03-12T08:00:00.000Z', kind: 'photo-consent', detail: guest.id },
      { at: '2026-03-12T08:05:00.000Z', kind: 'photo-consent', detail: guest.id },
    ]);
  });

  it('deletes the picture when consent is withdrawn, and says so in the door log', () => {
    const { db, guests } = openWithGuests();
    saveGuestPhoto(db, guests[0]!.id, FACE_JPEG);
    expect(withdrawGuestPhoto(db, guests[0]!.id)).toBe(true);
    expect(withdrawGuestPhoto(db, guests[0]!.id)).toBe(false);
    expect(guestPhoto(db, guests[0]!.id)).toBeNull();
    expect(photoRows()).toBe(0);
    expect(staffLog(db).map((entry) => entry.kind)).toContain('photo-withdrawn');
  });

  it("leaves no byte of a withdrawn picture, nor of the one a retake replaced, in the store's files", () => {
    const { db, guests } = openWithGuests();
    const retaken = jpegSized(300, 300);
    saveGuestPhoto(db, guests[0]!.id, retaken);
    saveGuestPhoto(db, guests[0]!.id, FACE_JPEG);
    const store = path.join(station.dir, 'entre.db');
    // 64 bytes from the middle of each picture's compressed data, which nothing else in the store holds.
    const holding = (jpeg: Buffer) => {
      const middle = jpeg.subarray(jpeg.length / 2, jpeg.length / 2 + 64);
      return [store, `${store}-wal`].filter((file) => fs.existsSync(file) && fs.readFileSync(file).includes(middle));
    };
    expect(holding(FACE_JPEG)).not.toEqual([]);

    withdrawGuestPhoto(db, guests[0]!.id);
    expect(holding(FACE_JPEG)).toEqual([]);
    expect(holding(retaken)).toEqual([]);
  });

  it('lists a person registered at two doors once, with the photo edited last; withdrawing deletes both', () => {
    const { db, event } = openWithGuests();
    // The same walk-in at two doors (same e-mail): the id that sorts first is the guest, the other its alias.
    const walkIn = (id: string, code: string) =>
      insertGuest(db, {
        id,
        eventId: event.id,
        code,
        firstName: 'Karin',
        lastName: 'Berg',
        title: 'Enhetschef',
        department: 'Förv 2',
        email: 'karin.berg@kommun.example',
        source: 'walk-in',
      });
    const own = walkIn('00000000-0000-4000-8000-000000000001', 'walkinaaaa');
    const duplicate = walkIn('ffffffff-ffff-4fff-bfff-ffffffffffff', 'walkinbbbb');
    recomputeGuestAliases(db);
    saveGuestPhoto(db, own.id, FACE_JPEG, new Date('2026-03-12T08:00:00Z'));
    saveGuestPhoto(db, duplicate.id, jpegSized(300, 300), new Date('2026-03-12T08:05:00Z'));
    const karin = () => photoConsents(station).filter((consent) => consent.fullName === 'Karin Berg');
    expect(karin()).toEqual([expect.objectContaining({ guestId: duplicate.id, takenAt: '2026-03-12T08:05:00.000Z' })]);
    const inBooklet = () => whosWhoEntries(db).entries.filter((entry) => entry.fullName === 'Karin Berg');
    expect(inBooklet().map((entry) => entry.photo?.equals(jpegSized(300, 300)))).toEqual([true]);

    // Retaken at a door whose clock is an hour behind the one that took the duplicate's: the retake shows.
    const retake = markedJpeg('retaken at a slow door');
    saveGuestPhoto(db, own.id, retake, new Date('2026-03-12T07:05:00Z'));
    expect(karin()).toEqual([expect.objectContaining({ guestId: own.id })]);
    expect(inBooklet().map((entry) => entry.photo?.equals(retake))).toEqual([true]);

    expect(withdrawGuestPhoto(db, duplicate.id)).toBe(true);
    expect(karin()).toEqual([]);
    expect(guestPhoto(db, own.id)).toBeNull();
    expect(guestPhoto(db, duplicate.id)).toBeNull();
    expect(inBooklet().every((entry) => entry.photo === null)).toBe(true);
  });

  it('are listed in the Photos panel as on the guest list, by surname in Swedish order', () => {
    const { db, event } = openWithGuests();
    const names = [
      ['Åsa', 'Öberg'],
      ['Carl', 'von Essen'],
      ['Örjan', 'Andersson'],
    ];
    for (const [index, [firstName, lastName]] of names.entries()) {
      const guest = insertGuest(db, {
        eventId: event.id,
        code: `foto000${index}`,
        firstName: firstName!,
        lastName: lastName!,
        title: '',
        department: 'Kultur',
        email: '',
        source: 'import',
      });
      saveGuestPhoto(db, guest.id, FACE_JPEG);
    }
    expect(photoConsents(station).map((consent) => consent.fullName)).toEqual([
      'Örjan Andersson',
      'Carl von Essen',
      'Åsa Öberg',
    ]);
  });

  it('purging personal data removes every photo of the event', () => {
    const { db, event, guests } = openWithGuests();
    for (const guest of guests.slice(0, 3)) saveGuestPhoto(db, guest.id, FACE_JPEG);
    expect(eventPhotos(db, event.id).size).toBe(3);
    purgePersonalData(db, event.id);
    expect(eventPhotos(db, event.id).size).toBe(0);
    expect(photoRows()).toBe(0);
  });

  it('never puts a photo in a CSV, XLSX or JSON attendance export', async () => {
    const { db, event, guests } = openWithGuests();
    for (const guest of guests) saveGuestPhoto(db, guest.id, FACE_JPEG);
    const jfif = FACE_JPEG.subarray(0, 12);
    const base64 = FACE_JPEG.subarray(0, 30).toString('base64');
    for (const format of ['csv', 'json', 'xlsx'] as const) {
      const file = await exportAttendance(db, event, format);
      expect(file.bytes.includes(jfif), format).toBe(false);
      expect(file.bytes.includes(Buffer.from(base64)), format).toBe(false);
      expect(file.bytes.includes(Buffer.from('xl/media')), format).toBe(false);
      expect(file.bytes.length, format).toBeLessThan(FACE_JPEG.length * guests.length);
    }
  });

  it('refuses pictures that are not small square JPEGs, with a clear message, storing nothing', () => {
    const { db, guests } = openWithGuests();
    const refused = (bytes: Uint8Array): string => {
      try {
        saveGuestPhoto(db, guests[0]!.id, bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(PhotoError);
        return (error as Error).message;
      }
      throw new Error('the picture was stored');
    };
    expect(refused(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatch(/not a JPEG/);
    expect(refused(FACE_JPEG.subarray(0, FACE_JPEG.length - 100))).toMatch(/cut short/);
    expect(refused(jpegSized(640, 480))).toMatch(/640×480 pixels; a badge photo is square/);
    expect(refused(jpegSized(20, 20))).toMatch(/sides of 64 to 2048/);
    expect(
      refused(Buffer.concat([FACE_JPEG.subarray(0, -2), Buffer.alloc(MAX_PHOTO_BYTES), FACE_JPEG.subarray(-2)])),
    ).toMatch(/too large \(47 KB; at most 40 KB\)/);
    expect(photoRows()).toBe(0);
    expect(staffLog(db).some((entry) => entry.kind === 'photo-consent')).toBe(false);
  });

  it('refuses fuzzed pictures (truncated, huge, garbage) without storing anything', () => {
    const { db, guests } = openWithGuests();
    const truncated = fc.integer({ min: 0, max: FACE_JPEG.length - 1 }).map((end) => FACE_JPEG.subarray(0, end));
    const huge = fc.integer({ min: MAX_PHOTO_BYTES + 1, max: 4 * MAX_PHOTO_BYTES }).map((size) => {
      const bytes = Buffer.alloc(size, 0x55);
      FACE_JPEG.copy(bytes, 0, 0, FACE_JPEG.length - 2);
      bytes.writeUInt16BE(0xffd9, size - 2);
      return bytes;
    });
    const garbage = fc.uint8Array({ maxLength: 2000 });
    const corrupted = fc
      .tuple(fc.integer({ min: 2, max: 400 }), fc.uint8Array({ minLength: 1, maxLength: 64 }))
      .map(([at, noise]) => {
        const bytes = Buffer.from(FACE_JPEG);
        bytes.set(noise.subarray(0, bytes.length - 2 - at), at);
        return bytes;
      });
    fc.assert(
      fc.property(fc.oneof(truncated, huge, garbage, corrupted), (bytes) => {
        try {
          saveGuestPhoto(db, guests[0]!.id, bytes);
        } catch (error) {
          // Only a clear refusal: never a crash of the parser.
          expect(error).toBeInstanceOf(PhotoError);
          expect(photoRows()).toBe(0);
          return;
        }
        // Noise that happens to keep a valid square frame header is a JPEG as far as a badge goes.
        expect(guestPhoto(db, guests[0]!.id)!.jpeg.length).toBeLessThanOrEqual(MAX_PHOTO_BYTES);
        withdrawGuestPhoto(db, guests[0]!.id);
      }),
      { numRuns: 400 },
    );
  });
});
