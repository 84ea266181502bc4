// Two doors edit one guest in the same millisecond, offline, then sync: whichever pushes first, the hub
// and both doors end with the same edit (the hub kept the last one pushed while each door kept its own).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { getGuest, insertGuest } from '../../src/main/store/guests';
import { stationId } from '../../src/main/store/settings';
import { editGuest } from '../../src/main/staff/guest-list';
import { pairWithHub, syncOnce } from '../../src/main/sync/client';
import type { GuestRecord } from '../../src/shared/sync-protocol';
import { HUB_BACKENDS, hubBackendMissing, tempBackendHub } from '../helpers/hub';
import { tempStore } from '../helpers/temp';

afterEach(() => {
  vi.useRealTimers();
});

/** The titles the two doors gave Anna in the same millisecond, synced with `first` pushing first. */
async function sameMomentEdits(backend: (typeof HUB_BACKENDS)[number], first: 'north' | 'south') {
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
  await pairAndSync(north);
  const south = tempStore().db;
  await pairAndSync(south);
  expect(getGuest(south, anna.id)?.title).toBe('Rektor');

  // Offline, the same millisecond on both doors' clocks: north and south correct her title differently.
  // (A minute ahead of the real clock: after the stored version, whichever day the test runs.)
  const editedAt = Date.now() + 60_000;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(editedAt);
  const fields = { firstName: 'Anna', lastName: 'Berg', department: 'Utbildning', email: 'anna@kommun.se' };
  editGuest(north, anna.id, { ...fields, title: 'Rektor Norra skolan', flagged: false });
  editGuest(south, anna.id, { ...fields, title: 'Rektor Södra skolan', flagged: false });
  vi.useRealTimers();

  const doors = first === 'north' ? [north, south] : [south, north];
  for (const door of [...doors, ...doors]) await syncOnce(door, stationId(door));
  const atHub = (await storage.eventRecords(event.id)).find(
    (record): record is GuestRecord => record.type === 'guest' && record.id === anna.id,
  );
  return { north: getGuest(north, anna.id)?.title, south: getGuest(south, anna.id)?.title, hub: atHub?.title };
}

describe.each(HUB_BACKENDS)('two doors editing a guest in the same millisecond, through a %s hub', (backend) => {
  it.skipIf(hubBackendMissing(backend))(
    'end with the same edit at the hub and at both doors, whichever door pushes first',
    { timeout: 60_000 },
    async () => {
      const northFirst = await sameMomentEdits(backend, 'north');
      expect(northFirst.north).toBe(northFirst.hub);
      expect(northFirst.south).toBe(northFirst.hub);
      expect(['Rektor Norra skolan', 'Rektor Södra skolan']).toContain(northFirst.hub);

      const southFirst = await sameMomentEdits(backend, 'south');
      expect(southFirst).toEqual(northFirst);
    },
  );
});
