// A purge at the organizer's station reaches every door through the hub; there too the purged names must
// not linger in the store's files (search index segments, free space, WAL), even when the round that
// brought the purge broke off before its end.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { insertGuest, listGuests } from '../../src/main/store/guests';
import { setSetting, stationId } from '../../src/main/store/settings';
import { purgePersonalData } from '../../src/main/staff/personal-data';
import { pairWithHub, syncOnce } from '../../src/main/sync/client';
import { noteErase } from '../../src/main/sync/erase-after-pull';
import { applyRemoteRecords } from '../../src/main/sync/outbox';
import { HUB_BACKENDS, type HubBackendName, hubBackendMissing, tempBackendHub } from '../helpers/hub';
import { tempStore } from '../helpers/temp';
import { checkInByCode } from '../../src/main/kiosk/check-in';

const PURGED_WORDS = ['Quellström', 'Xaviera', 'xaviera.quell', 'quellstr'];

/** An organizer's station and a door of one event through a hub, the door holding the 50 named guests. */
async function doorWithNames(backend: HubBackendName) {
  const { storage, hub } = await tempBackendHub(backend);
  const organizer = tempStore();
  const event = createEvent(organizer.db, { name: 'Ledarforum', startsOn: null, venue: null });
  setActiveEvent(organizer.db, event.id);
  for (let n = 0; n < 50; n++)
    insertGuest(organizer.db, {
      eventId: event.id,
      code: `gast${n}`,
      firstName: 'Xaviera',
      lastName: `Quellström${n}`,
      title: 'Enhetschef',
      department: 'Socialförvaltningen',
      email: `xaviera.quell${n}@kommun.example`,
      source: 'import',
    });
  const door = tempStore();
  const pair = (db: Db, eventId?: string) =>
    storage.createPairingCode().then((code) => pairWithHub(db, stationId(db), hub.url, code, eventId));
  await pair(organizer.db);
  await syncOnce(organizer.db, stationId(organizer.db));
  await pair(door.db, event.id);
  await syncOnce(door.db, stationId(door.db));
  const holding = (text: string) =>
    [door.file, `${door.file}-wal`].filter((file) => fs.existsSync(file) && fs.readFileSync(file).includes(text));
  expect(listGuests(door.db, event.id)).toHaveLength(50);
  expect(holding('Quellström')).not.toEqual([]);
  purgePersonalData(organizer.db, event.id);
  await syncOnce(organizer.db, stationId(organizer.db));
  return { storage, event, door, holding };
}

describe.each(HUB_BACKENDS)('a purge reaching a door through a %s hub', (name) => {
  it.skipIf(hubBackendMissing(name))("leaves no purged name or e-mail in the door's store files", async () => {
    const { event, door, holding } = await doorWithNames(name);
    await syncOnce(door.db, stationId(door.db));
    expect(listGuests(door.db, event.id).map((guest) => guest.lastName)).toEqual(Array(50).fill(''));
    for (const text of PURGED_WORDS) expect([text, holding(text)]).toEqual([text, []]);
    // The invitation codes mailed to the guests no longer open this door either.
    expect(checkInByCode({ db: door.db, stationId: stationId(door.db) }, 'gast1', 'wedge').kind).toBe('unknown');
  });

  it.skipIf(hubBackendMissing(name))(
    'erases a purge whose round broke off at the start of the next round, with the hub out of reach',
    async () => {
      const { storage, event, door, holding } = await doorWithNames(name);
      // The purge's page stored as a pull stores it, and then the network gone before the round's end.
      const page = await storage.pull(event.id, stationId(door.db), 0, 2000);
      door.db.transaction(() =>
        noteErase(door.db, applyRemoteRecords(door.db, stationId(door.db), page.records).erased),
      )();
      expect(listGuests(door.db, event.id).map((guest) => guest.lastName)).toEqual(Array(50).fill(''));
      expect(holding('Quellström')).not.toEqual([]);
      setSetting(door.db, 'sync.hub', 'http://127.0.0.1:1');

      await expect(syncOnce(door.db, stationId(door.db))).rejects.toMatchObject({ code: 'unreachable' });
      for (const text of PURGED_WORDS) expect([text, holding(text)]).toEqual([text, []]);
    },
  );
});
