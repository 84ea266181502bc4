// Badge photos through a real hub (SQLite, and PostgreSQL where ENTRE_TEST_DATABASE_URL is set) and
// two stations: each photo is pushed once in batches of bounded size, arrives at the other door,
// and a withdrawal or a purge at either door deletes the picture at the hub and at the other door.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HubStorage } from '../../src/main/hub/storage';
import type { Db } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { insertGuest } from '../../src/main/store/guests';
import { stationId } from '../../src/main/store/settings';
import { eventPhotos, guestPhoto, saveGuestPhoto, withdrawGuestPhoto } from '../../src/main/store/photos';
import { purgePersonalData } from '../../src/main/staff/personal-data';
import { pairWithHub, syncOnce } from '../../src/main/sync/client';
import { pendingCount, readOutbox } from '../../src/main/sync/outbox';
import { MAX_PHOTOS_PER_BATCH, type PhotoRecord } from '../../src/shared/sync-protocol';
import { HUB_BACKENDS, hubBackendMissing, tempBackendHub } from '../helpers/hub';
import { tempStore } from '../helpers/temp';
import { FACE_JPEG, jpegSized, markedJpeg } from '../photos/fixtures';

const GUESTS = MAX_PHOTOS_PER_BATCH + 30;

function organizerStation() {
  const { db } = tempStore();
  const event = createEvent(db, { name: 'Ledarforum', startsOn: null, venue: null });
  setActiveEvent(db, event.id);
  const guests = Array.from({ length: GUESTS }, (_, n) =>
    insertGuest(db, {
      eventId: event.id,
      code: `gast${n}`,
      firstName: 'Gäst',
      lastName: String(n),
      title: '',
      department: '',
      email: `g${n}@example.se`,
      source: 'import',
    }),
  );
  return { db, event, guests };
}

const hubPhotos = async (storage: HubStorage, eventId: string): Promise<PhotoRecord[]> =>
  (await storage.eventRecords(eventId)).filter((record): record is PhotoRecord => record.type === 'photo');

describe.each(HUB_BACKENDS)('badge photos through the hub (%s)', (name) => {
  it.skipIf(hubBackendMissing(name))(
    'sends each photo once in bounded batches, and a withdrawal or purge deletes it everywhere',
    async () => {
      const { storage, hub } = await tempBackendHub(name);
      const url = hub.url;
      const organizer = organizerStation();
      const door = tempStore().db;
      const pair = (db: Db, eventId?: string) =>
        storage.createPairingCode().then((code) => pairWithHub(db, stationId(db), url, code, eventId));
      await pair(organizer.db);
      await syncOnce(organizer.db, stationId(organizer.db));
      await pair(door, organizer.event.id);
      await syncOnce(door, stationId(door));

      const takenAt = new Date('2026-03-12T08:00:00Z');
      for (const guest of organizer.guests) saveGuestPhoto(organizer.db, guest.id, FACE_JPEG, takenAt);
      const firstBatch = readOutbox(organizer.db, 2000)!;
      expect(firstBatch.records.filter((record) => record.type === 'photo')).toHaveLength(MAX_PHOTOS_PER_BATCH);

      const pushed = await syncOnce(organizer.db, stationId(organizer.db));
      expect(pushed.pushed).toBe(GUESTS);
      expect(pendingCount(organizer.db)).toBe(0);
      expect(await hubPhotos(storage, organizer.event.id)).toHaveLength(GUESTS);
      // Nothing is sent twice: a second round pushes nothing.
      expect((await syncOnce(organizer.db, stationId(organizer.db))).pushed).toBe(0);
      // A pull page holds at most MAX_PHOTOS_PER_BATCH photos and says there is more.
      const page = await storage.pull(organizer.event.id, 'someone-else', 0, 2000);
      expect(page.records.filter((record) => record.type === 'photo')).toHaveLength(MAX_PHOTOS_PER_BATCH);
      expect(page.more).toBe(true);

      await syncOnce(door, stationId(door));
      expect(eventPhotos(door, organizer.event.id).size).toBe(GUESTS);
      const first = organizer.guests[0]!.id;
      expect(guestPhoto(door, first)).toMatchObject({ jpeg: FACE_JPEG, takenAt: takenAt.toISOString() });

      // A retake at the door wins over the older picture everywhere; a withdrawal there deletes it everywhere.
      const second = organizer.guests[1]!.id;
      saveGuestPhoto(door, second, jpegSized(300, 300), new Date('2026-03-12T09:00:00Z'));
      withdrawGuestPhoto(door, first, new Date('2026-03-12T09:01:00Z'));
      await syncOnce(door, stationId(door));
      await syncOnce(organizer.db, stationId(organizer.db));
      expect(guestPhoto(organizer.db, first)).toBeNull();
      expect(guestPhoto(organizer.db, second)!.jpeg.equals(jpegSized(300, 300))).toBe(true);
      const atHub = await hubPhotos(storage, organizer.event.id);
      expect(atHub.find((record) => record.id === first)).toMatchObject({ jpeg: null, takenAt: null });
      expect(atHub.filter((record) => record.jpeg !== null)).toHaveLength(GUESTS - 1);

      // Purging at the organizer's station leaves no picture at the hub or the door.
      purgePersonalData(organizer.db, organizer.event.id, new Date('2026-03-13T08:00:00Z'));
      await syncOnce(organizer.db, stationId(organizer.db));
      await syncOnce(door, stationId(door));
      expect((await hubPhotos(storage, organizer.event.id)).filter((record) => record.jpeg !== null)).toEqual([]);
      expect(eventPhotos(door, organizer.event.id).size).toBe(0);
    },
  );

  it.skipIf(hubBackendMissing(name))(
    "leaves no byte of a picture another door retook or withdrew in this door's store files",
    async () => {
      const { storage, hub } = await tempBackendHub(name);
      const organizer = organizerStation();
      const door = tempStore();
      const pair = (db: Db, eventId?: string) =>
        storage.createPairingCode().then((code) => pairWithHub(db, stationId(db), hub.url, code, eventId));
      await pair(organizer.db);
      await pair(door.db, organizer.event.id);
      const roundTrip = async () => {
        await syncOnce(organizer.db, stationId(organizer.db));
        await syncOnce(door.db, stationId(door.db));
      };
      const holding = (mark: string) =>
        [door.file, `${door.file}-wal`].filter((file) => fs.existsSync(file) && fs.readFileSync(file).includes(mark));
      const guest = organizer.guests[0]!.id;

      saveGuestPhoto(organizer.db, guest, markedJpeg('first picture'), new Date('2026-03-12T08:00:00Z'));
      await roundTrip();
      expect(holding('first picture')).not.toEqual([]);

      saveGuestPhoto(organizer.db, guest, markedJpeg('second picture, a retake'), new Date('2026-03-12T08:05:00Z'));
      await roundTrip();
      expect(guestPhoto(door.db, guest)!.jpeg.includes('second picture, a retake')).toBe(true);
      expect(holding('first picture')).toEqual([]);

      withdrawGuestPhoto(organizer.db, guest, new Date('2026-03-12T08:10:00Z'));
      await roundTrip();
      expect(guestPhoto(door.db, guest)).toBeNull();
      expect(holding('second picture, a retake')).toEqual([]);
    },
  );
});
