// A door whose clock runs an hour behind the computer that last wrote a guest still has its corrections,
// removals, photo withdrawals and purges reach the hub and the other door: an edit made after seeing a
// version is newer than it, whatever the door's clock says. Before, the hub kept the older version while
// the door showed its own, and the two never met again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getGuest } from '../../src/main/store/guests';
import { guestPhoto, saveGuestPhoto, withdrawGuestPhoto } from '../../src/main/store/photos';
import { editGuest, removeGuest } from '../../src/main/staff/guest-list';
import { purgePersonalData } from '../../src/main/staff/personal-data';
import type { PhotoRecord } from '../../src/shared/sync-protocol';
import { HUB_BACKENDS, hubBackendMissing } from '../helpers/hub';
import { ANNA, twoDoorsWithAnna } from '../helpers/two-doors';
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

describe.each(HUB_BACKENDS)('a door whose clock is an hour behind, through a %s hub', (backend) => {
  it.skipIf(hubBackendMissing(backend))(
    'corrects a guest, withdraws her photo and takes her off the list at the hub and the other door',
    { timeout: 60_000 },
    async () => {
      const { storage, north, south, eventId, anna, syncInTurn, annaAtHub } = await twoDoorsWithAnna(backend);
      saveGuestPhoto(north, anna.id, FACE_JPEG);
      await syncInTurn(north, south);
      expect(guestPhoto(south, anna.id)).not.toBeNull();

      anHourBehind(() => editGuest(south, anna.id, { ...ANNA, title: 'Rektor Södra skolan', flagged: false }));
      anHourBehind(() => withdrawGuestPhoto(south, anna.id, new Date()));
      await syncInTurn(south, north);
      expect((await annaAtHub())?.title).toBe('Rektor Södra skolan');
      const photoAtHub = (await storage.eventRecords(eventId)).find(
        (record): record is PhotoRecord => record.type === 'photo' && record.id === anna.id,
      );
      expect(photoAtHub?.jpeg).toBeNull();
      expect(getGuest(north, anna.id)?.title).toBe('Rektor Södra skolan');
      expect(guestPhoto(north, anna.id)).toBeNull();

      anHourBehind(() => removeGuest(south, anna.id, new Date()));
      await syncInTurn(south, north);
      expect((await annaAtHub())?.removedAt).not.toBeNull();
      expect(getGuest(north, anna.id)?.removedAt).not.toBeNull();
    },
  );

  it.skipIf(hubBackendMissing(backend))('purges the names at the hub and the other door', async () => {
    const { north, south, eventId, anna, syncInTurn, annaAtHub } = await twoDoorsWithAnna(backend);
    anHourBehind(() => purgePersonalData(south, eventId, new Date()));
    await syncInTurn(south, north);
    expect(await annaAtHub()).toMatchObject({ firstName: '', lastName: '', email: '' });
    expect(getGuest(north, anna.id)).toMatchObject({ firstName: '', lastName: '', email: '' });
  });
});
