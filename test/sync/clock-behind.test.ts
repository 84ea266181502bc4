// A door whose clock runs an hour behind the computer that last wrote a guest still has its corrections,
// removals, photo withdrawals and purges reach the hub and the other door: an edit made after seeing a
// version is newer than it, whatever the door's clock says. Before, the hub kept the older version while
// the door showed its own, and the two never met again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { getGuest, insertGuest } from '../../src/main/store/guests';
import { guestPhoto, saveGuestPhoto, withdrawGuestPhoto } from '../../src/main/store/photos';
import { stationId } from '../../src/main/store/settings';
import { editGuest, removeGuest } from '../../src/main/staff/guest-list';
import { purgePersonalData } from '../../src/main/staff/personal-data';
import { pairWithHub, syncOnce } from '../../src/main/sync/client';
import type { GuestRecord, PhotoRecord } from '../../src/shared/sync-protocol';
import { HUB_BACKENDS, hubBackendMissing, tempBackendHub } from '../helpers/hub';
import { tempStore } from '../helpers/temp';
import { FACE_JPEG } from '../photos/fixtures';

const HOUR = 3_600_000;

afterEach(() => {
  vi.useRealTimers();
});

/** Runs `edit` with this process's clock an hour behind the real one (only `Date`; timers run as usual). */
function anHourBehind<T>(edit: () => T): T {
  const now = Date.now();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now - HOUR);
  try {
    return edit();
  } finally {
    vi.useRealTimers();
  }
}

/** North lists Anna with a photo and syncs; south, the door with the slow clock, pairs and pulls her. */
async function twoDoors(backend: (typeof HUB_BACKENDS)[number]) {
  const { storage, hub } = await tempBackendHub(backend);
  const pairAndSync = async (db: Db) => {
    await pairWithHub(db, stationId(db), hub.url, await storage.createPairingCode());
    await syncOnce(db, stationId(db));
  };
  const north = tempStore().db;
  const event = createEvent(north, { name: 'Ledarforum', startsOn: null, venue: null });
  setActiveEvent(north, event.id);
  const anna = insertGuest(north, {
    eventId: event.id,
    code: 'anna0001',
    firstName: 'Anna',
    lastName: 'Berg',
    title: 'Rektor',
    department: 'Utbildning',
    email: 'anna@kommun.se',
    source: 'import',
  });
  saveGuestPhoto(north, anna.id, FACE_JPEG);
  await pairAndSync(north);
  const south = tempStore().db;
  await pairAndSync(south);
  expect(guestPhoto(south, anna.id)).not.toBeNull();

  const bothSync = async () => {
    for (const door of [south, north]) await syncOnce(door, stationId(door));
  };
  const atHub = async () => {
    const records = await storage.eventRecords(event.id);
    return {
      guest: records.find((record): record is GuestRecord => record.type === 'guest' && record.id === anna.id),
      photo: records.find((record): record is PhotoRecord => record.type === 'photo' && record.id === anna.id),
    };
  };
  return { north, south, eventId: event.id, annaId: anna.id, bothSync, atHub };
}

describe.each(HUB_BACKENDS)('a door whose clock is an hour behind, through a %s hub', (backend) => {
  it.skipIf(hubBackendMissing(backend))(
    'corrects a guest, withdraws her photo and takes her off the list at the hub and the other door',
    { timeout: 60_000 },
    async () => {
      const { north, south, annaId, bothSync, atHub } = await twoDoors(backend);
      const fields = { firstName: 'Anna', lastName: 'Berg', department: 'Utbildning', email: 'anna@kommun.se' };

      anHourBehind(() => editGuest(south, annaId, { ...fields, title: 'Rektor Södra skolan', flagged: false }));
      anHourBehind(() => withdrawGuestPhoto(south, annaId, new Date()));
      await bothSync();
      expect((await atHub()).guest?.title).toBe('Rektor Södra skolan');
      expect((await atHub()).photo?.jpeg).toBeNull();
      expect(getGuest(north, annaId)?.title).toBe('Rektor Södra skolan');
      expect(guestPhoto(north, annaId)).toBeNull();

      anHourBehind(() => removeGuest(south, annaId, new Date()));
      await bothSync();
      expect((await atHub()).guest?.removedAt).not.toBeNull();
      expect(getGuest(north, annaId)?.removedAt).not.toBeNull();
    },
  );

  it.skipIf(hubBackendMissing(backend))(
    'purges the names at the hub and the other door',
    { timeout: 60_000 },
    async () => {
      const { north, south, eventId, annaId, bothSync, atHub } = await twoDoors(backend);
      anHourBehind(() => purgePersonalData(south, eventId, new Date()));
      await bothSync();
      expect((await atHub()).guest).toMatchObject({ firstName: '', lastName: '', email: '' });
      expect(getGuest(north, annaId)).toMatchObject({ firstName: '', lastName: '', email: '' });
    },
  );
});
