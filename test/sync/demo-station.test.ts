// A kiosk starts on the demo event when its store is empty. Paired before or after that, it joins
// the organizer's event at the hub, and the demo (practice check-ins included) never reaches the hub.
import path from 'node:path';
import { expect, it } from 'vitest';
import { seedDemoEventIfEmpty } from '../../src/main/demo/ledarforum';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import { appendAttendance } from '../../src/main/store/attendance';
import type { Db } from '../../src/main/store/database';
import { createEvent, getActiveEvent, setActiveEvent } from '../../src/main/store/events';
import { insertGuest, listGuests } from '../../src/main/store/guests';
import { stationId } from '../../src/main/store/settings';
import { pairWithHub, syncOnce } from '../../src/main/sync/client';
import { pendingCount } from '../../src/main/sync/outbox';
import { tempHub } from '../helpers/hub';
import { tempDir, tempStore } from '../helpers/temp';

it('joins the organizer event whether the demo was seeded before or after pairing, and keeps the demo local', async () => {
  const hubStorage = openSqliteHubStorage(path.join(tempDir(), 'hub.db'));
  const { url } = await tempHub(hubStorage);
  const pair = async (db: Db) => pairWithHub(db, stationId(db), url, await hubStorage.createPairingCode());

  const organizer = tempStore().db;
  const event = createEvent(organizer, { name: 'Ledarforum november', startsOn: null, venue: null });
  setActiveEvent(organizer, event.id);
  insertGuest(organizer, {
    eventId: event.id,
    code: 'anna0001',
    firstName: 'Anna',
    lastName: 'Berg',
    title: '',
    department: '',
    email: 'anna@example.se',
    source: 'import',
  });
  await pair(organizer);
  await syncOnce(organizer, stationId(organizer));

  // Started first (demo seeded, staff practised a check-in), then paired.
  const startedFirst = tempStore().db;
  seedDemoEventIfEmpty(startedFirst);
  const demo = getActiveEvent(startedFirst)!;
  appendAttendance(startedFirst, {
    eventId: demo.id,
    guestId: listGuests(startedFirst, demo.id)[0]!.id,
    stationId: stationId(startedFirst),
    kind: 'check-in',
    method: 'staff',
  });
  expect((await pair(startedFirst)).eventId).toBe(event.id);
  // Paired while empty, then started (demo seeded afterwards).
  const pairedFirst = tempStore().db;
  expect((await pair(pairedFirst)).eventId).toBe(event.id);
  seedDemoEventIfEmpty(pairedFirst);

  for (const db of [startedFirst, pairedFirst]) {
    await syncOnce(db, stationId(db));
    expect(pendingCount(db)).toBe(0);
    expect(getActiveEvent(db)?.id).toBe(event.id);
    expect(listGuests(db, event.id).map((guest) => guest.firstName)).toEqual(['Anna']);
  }
  expect((await hubStorage.listEvents()).map((hubEvent) => hubEvent.name)).toEqual(['Ledarforum november']);
  expect(await hubStorage.eventRecords(demo.id)).toEqual([]);
});
