// What a station's staff are told when sync fails: a code and its parameters (worded by the staff
// UI in Swedish or English), for a hub that cannot be reached, a revoked pairing and a hub that
// serves the station another event. Real hub on loopback, real station store.
import net from 'node:net';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { searchGuests } from '../../src/main/store/guests';
import { setSetting } from '../../src/main/store/settings';
import { pairWithHub } from '../../src/main/sync/client';
import { SyncScheduler, syncStatus } from '../../src/main/sync/scheduler';
import type { GuestRecord } from '../../src/shared/sync-protocol';
import { tempHub } from '../helpers/hub';
import { guestRecord } from '../helpers/hub-records';
import { tempDir, tempStation } from '../helpers/temp';

async function pairedStation() {
  const storage = openSqliteHubStorage(path.join(tempDir(), 'hub.db'));
  const hub = await tempHub(storage);
  const store = tempStation([{ code: 'anna0001', firstName: 'Anna' }]);
  await pairWithHub(store.db, store.station.stationId, hub.url, await storage.createPairingCode());
  const round = async () => {
    await new SyncScheduler(store.station).syncNow();
    return syncStatus(store.station).lastError;
  };
  return { ...store, round, hubUrl: hub.url, hubStorage: storage };
}

/** A loopback address where nothing listens. */
async function deadAddress(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

it('names the hub it cannot reach, and clears the error once a round works', async () => {
  const station = await pairedStation();
  expect(await station.round()).toBeNull();
  const dead = await deadAddress();
  setSetting(station.db, 'sync.hub', dead);
  expect(await station.round()).toMatchObject({ code: 'unreachable', params: { hub: dead } });
  setSetting(station.db, 'sync.hub', station.hubUrl);
  expect(await station.round()).toBeNull();
});

it('says the pairing was revoked', async () => {
  const station = await pairedStation();
  await station.hubStorage.revokeStation(station.station.stationId);
  expect(await station.round()).toMatchObject({ code: 'token-revoked' });
});

it('says which event the hub has this station serve when it sends records of another', async () => {
  const station = await pairedStation();
  expect(await station.round()).toBeNull();
  // The next forum's list imported at a kiosk still paired for this one.
  const november = createEvent(station.db, { name: 'Ledarforum november', startsOn: null, venue: null });
  setActiveEvent(station.db, november.id);
  // The hub never stored November's record, so it knows it by id alone.
  expect(await station.round()).toMatchObject({
    code: 'wrong-event',
    params: { event: `"Ledarforum" (${station.eventId})`, requested: november.id },
  });
});

it('keeps syncing when a newer Entré at another door sends a field this one does not know', async () => {
  const station = await pairedStation();
  expect(await station.round()).toBeNull();
  // A guest as a later version writes it, stored at the hub as that door pushed it.
  const fromNewerDoor = { ...guestRecord(station.eventId, { firstName: 'Bo' }), pronouns: 'han' } as GuestRecord;
  await station.hubStorage.push('door-newer', [fromNewerDoor]);

  expect(await station.round()).toBeNull();
  expect(searchGuests(station.db, station.eventId, 'Bo').map((guest) => guest.firstName)).toEqual(['Bo']);
});
