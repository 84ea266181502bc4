// Many stations at one hub (issue 15): the organizer's station brings the event and its guests, every
// other door pairs and pulls them, each checks guests in while offline, then all push at once.
// Shared by test/sync/many-stations.test.ts and the bench (bench/suites/sync-crowd.ts); plain
// functions, no test framework, so the bench can run them at full scale.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { appendAttendance } from '../../src/main/store/attendance';
import { openDatabase, type Db } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { insertGuests, listGuests } from '../../src/main/store/guests';
import { stationId } from '../../src/main/store/settings';
import { currentPairing, pairWithHub, pushOutbox, syncOnce } from '../../src/main/sync/client';

export interface CrowdStation {
  db: Db;
  stationId: string;
}

export interface Crowd {
  eventId: string;
  stations: CrowdStation[];
}

/**
 * `count` stations in `dir` paired with the hub, each holding the event and `checkInsEach` guests and
 * having checked every one of them in, unsent. `pairingCode` hands out one code per station.
 */
export async function crowdOfStations(
  dir: string,
  hubUrl: string,
  pairingCode: () => Promise<string>,
  count: number,
  checkInsEach: number,
): Promise<Crowd> {
  const open = (index: number): CrowdStation => {
    const db = openDatabase(path.join(dir, `station-${index}.db`));
    return { db, stationId: stationId(db) };
  };
  const organizer = open(0);
  const event = createEvent(organizer.db, { name: 'Konferens', startsOn: null, venue: null });
  setActiveEvent(organizer.db, event.id);
  insertGuests(
    organizer.db,
    Array.from({ length: checkInsEach }, (_, i) => ({
      eventId: event.id,
      code: `guest${i}`,
      firstName: 'Gäst',
      lastName: `Nummer${i}`,
      title: '',
      department: '',
      email: `guest${i}@example.se`,
      source: 'import' as const,
    })),
  );
  await pairWithHub(organizer.db, organizer.stationId, hubUrl, await pairingCode());
  await syncOnce(organizer.db, organizer.stationId);

  const stations = [organizer];
  for (let index = 1; index < count; index++) {
    const station = open(index);
    await pairWithHub(station.db, station.stationId, hubUrl, await pairingCode());
    await syncOnce(station.db, station.stationId);
    stations.push(station);
  }
  for (const station of stations) {
    station.db.transaction(() => {
      for (const guest of listGuests(station.db, event.id))
        appendAttendance(station.db, {
          eventId: event.id,
          guestId: guest.id,
          stationId: station.stationId,
          kind: 'check-in',
          method: 'wedge',
        });
    })();
  }
  return { eventId: event.id, stations };
}

/**
 * Every station pushes its outbox at once; resolves with each station's push time in milliseconds, from
 * the common start until the hub confirmed its last batch.
 */
export async function pushAllAtOnce(stations: CrowdStation[]): Promise<number[]> {
  const started = performance.now();
  return Promise.all(
    stations.map(async ({ db }) => {
      await pushOutbox(db, currentPairing(db)!);
      return performance.now() - started;
    }),
  );
}

/** Every station runs a whole sync round (push, then pull) at once. */
export async function syncAllAtOnce(stations: CrowdStation[]): Promise<void> {
  await Promise.all(stations.map((station) => syncOnce(station.db, station.stationId)));
}
