// One hub, two events (the forum in March and in November), against each hub storage: stations of
// each event converge on their own event only, a station can neither read nor write the other
// event, and a hub database written by the single-event hub keeps working after the upgrade.
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { HUB_SCHEMA } from '../../src/main/hub/hub-schema';
import { openPostgresHubStorage } from '../../src/main/hub/postgres-storage';
import { startHub, type RunningHub } from '../../src/main/hub/server';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import { secretHash, type HubStorage } from '../../src/main/hub/storage';
import { appendAttendance } from '../../src/main/store/attendance';
import type { Db } from '../../src/main/store/database';
import { createEvent, getActiveEvent, setActiveEvent } from '../../src/main/store/events';
import { insertGuest, listGuests } from '../../src/main/store/guests';
import { stationId } from '../../src/main/store/settings';
import {
  currentPairing,
  fetchHubAttendance,
  fetchHubEvents,
  pairWithHub,
  SyncError,
  syncOnce,
} from '../../src/main/sync/client';
import type { HubAttendance, SyncRecord } from '../../src/shared/sync-protocol';
import { postgresTestSchema } from '../../e2e/helpers/sync-cluster';
import { tempDir, tempStore } from '../helpers/temp';

interface Backend {
  open(): Promise<HubStorage>;
  /** Runs SQL with $1-style parameters directly on the hub's database, as an older hub would have. */
  sql(statement: string, params?: unknown[]): Promise<void>;
}

const backends: Record<string, () => Promise<Backend & { dispose(): Promise<void> }>> = {
  async sqlite() {
    const file = path.join(tempDir(), 'hub.db');
    return {
      open: async () => openSqliteHubStorage(file),
      async sql(statement, params = []) {
        const db = new Database(file);
        if (params.length === 0) db.exec(statement);
        else db.prepare(statement.replace(/\$\d+/g, '?')).run(...params);
        db.close();
      },
      dispose: async () => {},
    };
  },
  async postgres() {
    const schema = await postgresTestSchema(process.env.ENTRE_TEST_DATABASE_URL!);
    return {
      open: () => openPostgresHubStorage(schema.url),
      async sql(statement, params) {
        const client = new pg.Client(schema.url);
        await client.connect();
        await client.query(statement, params);
        await client.end();
      },
      dispose: schema.dispose,
    };
  },
};

const postgresMissing = !process.env.ENTRE_TEST_DATABASE_URL;
if (postgresMissing && process.env.CI === 'true')
  throw new Error('ENTRE_TEST_DATABASE_URL is not set: .ci/setup.d/postgres.sh should have started PostgreSQL.');

/** A station store holding its own event with three guests. */
function organizerStation(eventName: string) {
  const { db } = tempStore();
  const event = createEvent(db, { name: eventName, startsOn: null, venue: null });
  setActiveEvent(db, event.id);
  const guests = [1, 2, 3].map((n) =>
    insertGuest(db, {
      eventId: event.id,
      code: `${eventName.slice(-3).toLowerCase()}gast${n}`,
      firstName: 'Gäst',
      lastName: `${eventName} ${n}`,
      title: '',
      department: '',
      email: `g${n}@${event.id}.example`,
      source: 'import',
    }),
  );
  return { db, event, guests };
}

const checkIn = (db: Db, eventId: string, guestId: string) =>
  appendAttendance(db, { eventId, guestId, stationId: stationId(db), kind: 'check-in', method: 'wedge' });

const attendanceEventIds = (db: Db) =>
  (db.prepare('SELECT DISTINCT event_id FROM attendance_events').all() as { event_id: string }[]).map(
    (row) => row.event_id,
  );
const eventIds = (db: Db) =>
  (db.prepare('SELECT id FROM events ORDER BY id').all() as { id: string }[]).map((r) => r.id);

describe.each(Object.keys(backends))('a hub with two events (%s)', (name) => {
  // Set by each test, closed after it (so a failing test leaves nothing running).
  let backend: Awaited<ReturnType<(typeof backends)[string]>> | undefined;
  let storage: HubStorage | undefined;
  let hub: RunningHub | undefined;
  afterEach(async () => {
    await hub?.close();
    await storage?.close();
    await backend?.dispose();
    [hub, storage, backend] = [undefined, undefined, undefined];
  });

  it.skipIf(name === 'postgres' && postgresMissing)(
    'keeps each event to its own stations: they converge separately and nothing leaks',
    async () => {
      backend = await backends[name]!();
      storage = await backend.open();
      hub = await startHub(storage, '127.0.0.1', 0);
      const [hubStorage, url] = [storage, hub.url];
      const march = organizerStation('Ledarforum mars');
      const november = organizerStation('Ledarforum november');
      const marchDoor = tempStore().db;
      const novemberDoor = tempStore().db;
      const pair = (db: Db, joinEventId?: string) =>
        hubStorage.createPairingCode().then((code) => pairWithHub(db, stationId(db), url, code, joinEventId));

      expect((await pair(march.db)).eventId).toBe(march.event.id);
      expect((await pair(november.db)).eventId).toBe(november.event.id);
      for (const db of [march.db, november.db]) await syncOnce(db, stationId(db));
      // Without a good code nobody learns the events; an empty door with one must say which event
      // it serves once the hub holds two, and its code stays good.
      const badCode = await pairWithHub(marchDoor, stationId(marchDoor), url, 'ABCD-EFGH').catch((error) => error);
      expect(badCode).toMatchObject({ code: 'refused' });
      expect(badCode.message).not.toContain('Ledarforum');
      const code = await storage.createPairingCode();
      const undecided = await pairWithHub(marchDoor, stationId(marchDoor), hub.url, code).catch((error) => error);
      expect(undecided).toBeInstanceOf(SyncError);
      expect(undecided).toMatchObject({ code: 'event-required' });
      expect(undecided.message).toContain('"Ledarforum mars"');
      expect(undecided.message).toContain('"Ledarforum november"');
      expect((await pairWithHub(marchDoor, stationId(marchDoor), hub.url, code, march.event.id)).eventId).toBe(
        march.event.id,
      );
      expect((await pair(novemberDoor, november.event.id)).eventId).toBe(november.event.id);

      checkIn(march.db, march.event.id, march.guests[0]!.id);
      checkIn(november.db, november.event.id, november.guests[1]!.id);
      for (const db of [march.db, november.db, marchDoor, novemberDoor]) await syncOnce(db, stationId(db));
      checkIn(marchDoor, march.event.id, march.guests[2]!.id);
      for (const db of [marchDoor, march.db]) await syncOnce(db, stationId(db));

      // Each door learned its own event, its guests and the other door's check-ins, and nothing else.
      expect(getActiveEvent(marchDoor)?.name).toBe('Ledarforum mars');
      expect(getActiveEvent(novemberDoor)?.name).toBe('Ledarforum november');
      for (const [db, event] of [
        [march.db, march.event.id],
        [marchDoor, march.event.id],
        [november.db, november.event.id],
        [novemberDoor, november.event.id],
      ] as const) {
        expect(eventIds(db)).toEqual([event]);
        expect(attendanceEventIds(db)).toEqual([event]);
        expect(listGuests(db, event)).toHaveLength(3);
      }
      expect(marchDoor.prepare('SELECT count(*) AS n FROM attendance_events').get()).toEqual({ n: 2 });
      expect(march.db.prepare('SELECT count(*) AS n FROM attendance_events').get()).toEqual({ n: 2 });
      expect(novemberDoor.prepare('SELECT count(*) AS n FROM attendance_events').get()).toEqual({ n: 1 });

      expect(await fetchHubEvents(marchDoor)).toEqual([
        { id: march.event.id, name: 'Ledarforum mars', startsOn: null, stations: 2 },
        { id: november.event.id, name: 'Ledarforum november', startsOn: null, stations: 2 },
      ]);

      // The report: a station reads its own event by default, and is refused the other one.
      const report = JSON.parse(await fetchHubAttendance(marchDoor, hub.url, 'json')) as HubAttendance;
      expect(report.event?.name).toBe('Ledarforum mars');
      expect(report.rows.filter((row) => row.checkedIn)).toHaveLength(2);
      const foreignRead = await fetchHubAttendance(marchDoor, hub.url, 'csv', november.event.id).catch((e) => e);
      expect(foreignRead).toMatchObject({ code: 'wrong-event' });
      expect(foreignRead.message).toMatch(
        /serves event "Ledarforum mars".*may not read or write.*"Ledarforum november"/,
      );

      // A station of March cannot write into November either; the hub keeps November as it was.
      const before = await storage.eventRecords(november.event.id);
      const forged: SyncRecord = {
        type: 'attendance',
        id: crypto.randomUUID(),
        eventId: november.event.id,
        guestId: november.guests[0]!.id,
        stationId: stationId(marchDoor),
        action: 'check-in',
        method: 'wedge',
        wallTime: '2026-11-12T09:00:00.000+01:00',
        hlc: `2026-11-12T08:00:00.000Z-0000-${stationId(marchDoor)}`,
      };
      const refused = await fetch(`${hub.url}/sync/v1/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${currentPairing(marchDoor)!.token}` },
        body: JSON.stringify({ records: [forged] }),
      });
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('wrong-event');
      expect(await storage.eventRecords(november.event.id)).toEqual(before);
    },
  );

  it.skipIf(name === 'postgres' && postgresMissing)(
    'upgrades a single-event hub database: its stations keep syncing their event',
    async () => {
      backend = await backends[name]!();
      // What the single-event hub wrote: its event in hub_meta, a station, the event's records.
      await backend.sql(HUB_SCHEMA);
      await backend.sql("INSERT INTO hub_meta (key, value) VALUES ('event_id', $1)", ['ev-old']);
      await backend.sql(
        "INSERT INTO hub_stations (station_id, token_hash, paired_at) VALUES ('door-old', $1, '2026-03-01')",
        [secretHash('old-token')],
      );
      const eventRecord = { type: 'event', id: 'ev-old', name: 'Ledarforum mars', startsOn: null, venue: null };
      await backend.sql(
        "INSERT INTO hub_records (type, id, event_id, origin, seq, version, payload) VALUES ('event', 'ev-old', 'ev-old', 'door-first', 1, '', $1)",
        [JSON.stringify({ ...eventRecord, createdAt: '2026-03-01T08:00:00.000Z' })],
      );

      storage = await backend.open();
      hub = await startHub(storage, '127.0.0.1', 0);
      expect(await storage.authenticate('old-token')).toEqual({ stationId: 'door-old', eventId: 'ev-old', name: null });
      const pulled = await fetch(`${hub.url}/sync/v1/pull?since=0`, { headers: { authorization: 'Bearer old-token' } });
      expect(await pulled.json()).toMatchObject({ eventId: 'ev-old', records: [eventRecord] });
      expect(await storage.listEvents()).toEqual([
        { id: 'ev-old', name: 'Ledarforum mars', startsOn: null, stations: 1 },
      ]);
      // Version 4 keeps staff's answers to "maybe one person".
      const pairId = 'a'.repeat(32);
      await storage.decideLinks([pairId], 'same', 'ev-old', '2026-03-01T09:00:00.000Z');
      await storage.decideLinks([pairId], 'different', 'ev-old', '2026-03-01T09:01:00.000Z');
      expect(await storage.linkDecisions()).toEqual(new Map([[pairId, 'different']]));
      // Opening it again (a second hub process, a restart) changes nothing more.
      await (await backend.open()).close();
      expect(await storage.authenticate('old-token')).toEqual({ stationId: 'door-old', eventId: 'ev-old', name: null });
      expect(await storage.linkDecisions()).toEqual(new Map([[pairId, 'different']]));
    },
  );
});
