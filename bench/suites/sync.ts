// Sync throughput: 100k attendance events from one station to the hub over loopback HTTP, with the
// hub on SQLite and on PostgreSQL (ENTRE_TEST_DATABASE_URL), then the same 100k again (adds nothing).
// The goal's rows run the hub as its own `entre hub` process, as at a venue (station and hub each on
// a core); the rows with the hub in this process, on the station's thread, are kept for comparison.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { BenchRow, BenchSuite } from '../harness';
import { round } from '../harness';
import { openDatabase, type Db } from '../../src/main/store/database';
import { createEvent } from '../../src/main/store/events';
import { insertGuest } from '../../src/main/store/guests';
import { newRecordId } from '../../src/main/store/record-id';
import { stationId } from '../../src/main/store/settings';
import { pairWithHub, syncOnce } from '../../src/main/sync/client';
import { startHub } from '../../src/main/hub/server';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import { openPostgresHubStorage } from '../../src/main/hub/postgres-storage';
import type { HubStorage } from '../../src/main/hub/storage';
import { startHubProcess } from '../fixtures/hub-process';

const EVENTS = 100_000;
const GUESTS = 1_000;
/** Issue 15's goals for 100k check-ins to the hub. */
const GOAL_SECONDS = { sqlite: 3, postgres: 5 };

/** A station whose outbox holds one event, 1000 guests and 100k check-ins and undos never sent. */
function stationWithBacklog(file: string): { db: Db; eventId: string } {
  const db = openDatabase(file);
  const event = createEvent(db, { name: 'Bench', startsOn: null, venue: null });
  const station = stationId(db);
  db.transaction(() => {
    const guests = Array.from({ length: GUESTS }, (_, i) =>
      insertGuest(db, {
        eventId: event.id,
        code: `bench${i}`,
        firstName: 'Gäst',
        lastName: `Nummer${i}`,
        title: '',
        department: '',
        email: `g${i}@example.se`,
        source: 'import',
      }),
    );
    const insert = db.prepare(
      `INSERT INTO attendance_events (id, event_id, guest_id, station_id, kind, method, wall_time, hlc)
       VALUES (?, ?, ?, ?, ?, 'wedge', ?, ?)`,
    );
    const start = Date.parse('2026-11-27T07:00:00Z');
    for (let i = 0; i < EVENTS; i++) {
      const at = new Date(start + i);
      insert.run(
        newRecordId(),
        event.id,
        guests[i % GUESTS]!.id,
        station,
        i % 2 === 0 ? 'check-in' : 'undo',
        at.toISOString(),
        `${at.toISOString()}-0000-${station}`,
      );
    }
  })();
  return { db, eventId: event.id };
}

/** A hub to measure against: its address, its storage as this process reads it, its own CPU time when apart. */
interface BenchHub {
  url: string;
  storage: HubStorage;
  /** The hub process's CPU seconds so far; absent when the hub runs in this process. */
  cpuSeconds?: () => number;
}

/** One `syncOnce` of the whole backlog: wall seconds, this process's CPU seconds and the hub process's. */
async function timedSync(db: Db, hub: BenchHub) {
  const hubCpu = hub.cpuSeconds?.() ?? 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await syncOnce(db, stationId(db));
  const wall = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    wall,
    stationCpu: (used.user + used.system) / 1e6,
    hubCpu: hub.cpuSeconds ? hub.cpuSeconds() - hubCpu : null,
  };
}

const cpuNote = (timing: Awaited<ReturnType<typeof timedSync>>): string =>
  timing.hubCpu === null
    ? `CPU ${round(timing.stationCpu)} s (station and hub)`
    : `CPU station ${round(timing.stationCpu)} s, hub process ${round(timing.hubCpu)} s`;

/**
 * The backlog synced to `hub`, then again. `goalSeconds` only for the goal's rows: those of a hub in its
 * own process, which is what a station's staff wait for (the in-process rows, station and hub on one
 * thread, are kept beside them for comparison with earlier figures).
 */
async function measure(label: string, hub: BenchHub, dir: string, goalSeconds?: number): Promise<BenchRow[]> {
  const { db, eventId } = stationWithBacklog(path.join(dir, `${label}.db`));
  try {
    await pairWithHub(db, stationId(db), hub.url, await hub.storage.createPairingCode());
    const attendanceAtHub = async () =>
      (await hub.storage.eventRecords(eventId)).filter((record) => record.type === 'attendance').length;

    const first = await timedSync(db, hub);
    const stored = await attendanceAtHub();

    // The same 100k once more, as after a station lost its outbox confirmations.
    db.prepare("INSERT INTO sync_outbox (kind, record_id) SELECT 'attendance', id FROM attendance_events").run();
    const again = await timedSync(db, hub);
    const added = (await attendanceAtHub()) - stored;

    return [
      {
        suite: 'sync',
        case: `100k events station → ${label}`,
        value: round(first.wall),
        unit: 's',
        ...(goalSeconds === undefined
          ? { met: stored === EVENTS }
          : { goal: `≤ ${goalSeconds} s`, met: first.wall <= goalSeconds && stored === EVENTS }),
        note: `${stored} stored, ${round(EVENTS / first.wall, 0)} events/s; ${cpuNote(first)}`,
      },
      {
        suite: 'sync',
        case: `re-sync of the same 100k (${label})`,
        value: round(again.wall),
        unit: 's',
        goal: 'adds nothing',
        met: added === 0,
        note: `${added} added; ${cpuNote(again)}`,
      },
    ];
  } finally {
    db.close();
  }
}

/** The hub as `entre hub` with `storageArgs`, measured; `storage` reads the same database from here. */
async function measureHubProcess(label: string, storageArgs: string[], storage: HubStorage, dir: string, goal: number) {
  try {
    const hub = await startHubProcess(storageArgs);
    try {
      return await measure(label, { url: hub.url, storage, cpuSeconds: hub.cpuSeconds }, dir, goal);
    } finally {
      await hub.stop();
    }
  } finally {
    await storage.close();
  }
}

/** The hub started in this process, on this thread, as the bench measured it before. */
async function measureHubInProcess(label: string, storage: HubStorage, dir: string) {
  const hub = await startHub(storage, '127.0.0.1', 0);
  try {
    return await measure(label, { url: hub.url, storage }, dir);
  } finally {
    await hub.close();
    await storage.close();
  }
}

export const suite: BenchSuite = {
  name: 'sync',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-bench-sync-'));
    try {
      const processFile = path.join(dir, 'hub-process.db');
      const rows = [
        ...(await measureHubProcess(
          'SQLite hub process',
          ['--db', processFile],
          openSqliteHubStorage(processFile),
          dir,
          GOAL_SECONDS.sqlite,
        )),
        ...(await measureHubInProcess(
          'SQLite hub in the same process',
          openSqliteHubStorage(path.join(dir, 'hub.db')),
          dir,
        )),
      ];
      const url = process.env.ENTRE_TEST_DATABASE_URL;
      if (!url) {
        rows.push({
          suite: 'sync',
          case: '100k events station → PostgreSQL hub process',
          value: NaN,
          unit: 's',
          note: 'not run: set ENTRE_TEST_DATABASE_URL (source .ci/setup.d/postgres.sh start exports it)',
        });
        return rows;
      }
      const admin = new pg.Client(url);
      await admin.connect();
      try {
        const processSchema = await benchSchema(admin, url, 'process');
        rows.push(
          ...(await measureHubProcess(
            'PostgreSQL hub process',
            ['--database-url', processSchema],
            await openPostgresHubStorage(processSchema),
            dir,
            GOAL_SECONDS.postgres,
          )),
          ...(await measureHubInProcess(
            'PostgreSQL hub in the same process',
            await openPostgresHubStorage(await benchSchema(admin, url, 'inprocess')),
            dir,
          )),
        );
      } finally {
        for (const kind of ['process', 'inprocess'])
          await admin.query(`DROP SCHEMA IF EXISTS entre_bench_${process.pid}_${kind} CASCADE`);
        await admin.end();
      }
      return rows;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** A fresh schema of the bench's own; the URL that makes it the hub's. */
async function benchSchema(admin: pg.Client, url: string, kind: string): Promise<string> {
  const schema = `entre_bench_${process.pid}_${kind}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}
