// A door whose clock runs an hour behind the computer that last wrote a guest still has its corrections,
// removals, restores, photo retakes and withdrawals, and purges reach the hub and the other door: a change
// made after seeing a version is newer than it, whatever the door's clock says. Before, the hub kept the
// older version while the door showed its own, and the two never met again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../src/main/store/database';
import { getGuest, restoreGuest } from '../../src/main/store/guests';
import { guestPhoto, saveGuestPhoto, withdrawGuestPhoto } from '../../src/main/store/photos';
import { editGuest, removeGuest } from '../../src/main/staff/guest-list';
import { purgePersonalData } from '../../src/main/staff/personal-data';
import type { PhotoRecord } from '../../src/shared/sync-protocol';
import { HUB_BACKENDS, hubBackendMissing } from '../helpers/hub';
import { ANNA, twoDoorsWithAnna } from '../helpers/two-doors';
import { FACE_JPEG, markedJpeg } from '../photos/fixtures';

const HOUR = 3_600_000;

afterEach(() => {
  vi.useRealTimers();
});

/** Runs `change` with this process's clock an hour behind the real one (only `Date`; timers run as usual). */
function anHourBehind<T>(change: () => T): T {
  const now = Date.now();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now - HOUR);
  try {
    return change();
  } finally {
    vi.useRealTimers();
  }
}

const RETAKE = markedJpeg('retaken at the slow door');

/** What north, the door with the right clock, did first; what south then did an hour behind; what all show after. */
const CHANGES: {
  name: string;
  before?: (north: Db, annaId: string) => void;
  atSlowDoor: (south: Db, annaId: string, eventId: string) => void;
  /** Anna at a door or as the hub holds her, with her picture (null when she has none). */
  expected: (anna: { title?: string; removedAt?: string | null; firstName?: string }, picture: Buffer | null) => void;
}[] = [
  {
    name: 'corrects her title',
    atSlowDoor: (south, id) => editGuest(south, id, { ...ANNA, title: 'Rektor Södra skolan', flagged: false }),
    expected: (anna) => expect(anna.title).toBe('Rektor Södra skolan'),
  },
  {
    name: 'takes her off the list',
    atSlowDoor: (south, id) => removeGuest(south, id, new Date()),
    expected: (anna) => expect(anna.removedAt).toEqual(expect.any(String)),
  },
  {
    name: 'puts her back on the list (she is in a newly imported file)',
    before: (north, id) => removeGuest(north, id, new Date()),
    atSlowDoor: (south, id) => restoreGuest(south, id),
    expected: (anna) => expect(anna.removedAt ?? null).toBeNull(),
  },
  {
    name: 'retakes her photo',
    before: (north, id) => saveGuestPhoto(north, id, FACE_JPEG),
    atSlowDoor: (south, id) => saveGuestPhoto(south, id, RETAKE, new Date()),
    expected: (_anna, picture) => expect(picture?.equals(RETAKE)).toBe(true),
  },
  {
    name: 'withdraws her photo',
    before: (north, id) => saveGuestPhoto(north, id, FACE_JPEG),
    atSlowDoor: (south, id) => withdrawGuestPhoto(south, id, new Date()),
    expected: (_anna, picture) => expect(picture).toBeNull(),
  },
  {
    name: 'purges the names',
    atSlowDoor: (south, _id, eventId) => purgePersonalData(south, eventId, new Date()),
    expected: (anna) => expect(anna.firstName).toBe(''),
  },
];

describe.each(HUB_BACKENDS)('a door whose clock is an hour behind, through a %s hub', (backend) => {
  for (const { name, before, atSlowDoor, expected } of CHANGES)
    it.skipIf(hubBackendMissing(backend))(`${name} at the hub and at the other door`, async () => {
      const { storage, north, south, eventId, anna, syncInTurn, annaAtHub } = await twoDoorsWithAnna(backend);
      if (before) {
        before(north, anna.id);
        await syncInTurn(north, south);
      }
      anHourBehind(() => atSlowDoor(south, anna.id, eventId));
      await syncInTurn(south, north);

      const photoAtHub = (await storage.eventRecords(eventId)).find(
        (record): record is PhotoRecord => record.type === 'photo' && record.id === anna.id,
      );
      expected((await annaAtHub())!, photoAtHub?.jpeg ? Buffer.from(photoAtHub.jpeg, 'base64') : null);
      expected(getGuest(north, anna.id)!, guestPhoto(north, anna.id)?.jpeg ?? null);
    });
});
