// Two doors of one forum on a real hub: north lists Anna and syncs, south pairs and pulls her. For tests of
// what each door's edits of one guest become at the hub and at the other door.
import type { Db } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { type Guest, insertGuest } from '../../src/main/store/guests';
import { stationId } from '../../src/main/store/settings';
import { pairWithHub, syncOnce } from '../../src/main/sync/client';
import type { GuestRecord } from '../../src/shared/sync-protocol';
import { type HubBackendName, tempBackendHub } from './hub';
import { tempStore } from './temp';

/** Anna's fields as both doors have them before either edits her. */
export const ANNA = {
  firstName: 'Anna',
  lastName: 'Berg',
  title: 'Rektor',
  department: 'Utbildning',
  email: 'anna@kommun.se',
};

export async function twoDoorsWithAnna(backend: HubBackendName) {
  const { storage, hub } = await tempBackendHub(backend);
  const pairAndSync = async (db: Db) => {
    await pairWithHub(db, stationId(db), hub.url, await storage.createPairingCode());
    await syncOnce(db, stationId(db));
  };
  const north = tempStore().db;
  const event = createEvent(north, { name: 'Ledarforum', startsOn: null, venue: null });
  setActiveEvent(north, event.id);
  const anna: Guest = insertGuest(north, { ...ANNA, eventId: event.id, code: 'anna0001', source: 'import' });
  await pairAndSync(north);
  const south = tempStore().db;
  await pairAndSync(south);
  /** Each door syncs once, in this order. */
  const syncInTurn = async (...doors: Db[]) => {
    for (const door of doors) await syncOnce(door, stationId(door));
  };
  /** Anna as the hub holds her. */
  const annaAtHub = async () =>
    (await storage.eventRecords(event.id)).find(
      (record): record is GuestRecord => record.type === 'guest' && record.id === anna.id,
    );
  return { storage, north, south, eventId: event.id, anna, syncInTurn, annaAtHub };
}
