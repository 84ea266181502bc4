// Sync throughput: 100k attendance events from one station to the hub over loopback HTTP, with the
// hub on SQLite and on PostgreSQL (ENTRE_TEST_DATABASE_URL), then the same 100k again (adds nothing).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { BenchRow, BenchSuite } from '../harness';
import { round } from '../harness';
import { openDatabase, type Db } from '../../src/main/store/database';
import { createEvent } from '../../src/main/store/events';
import { insertGuest } from '../../src/main/store/guests';
import { stationId } from '../../src/main/store/settings';
import { pairWithHub, syncOnce } from '../../src/main/sync/client';
import { startHub } from '../../src/main/hub/server';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import { openPostgresHubStorage } from '../../src/main/hub/postgres-storage';
import type { HubStorage } from '../../src/main/hub/storage';

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
        crypto.randomUUID(),
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

async function measure(label: string, storage: HubStorage, dir: string, goalSeconds: number): Promise<BenchRow[]> {
  const hub = await startHub(storage, '127.0.0.1', 0);
  const { db, eventId } = stationWithBacklog(path.join(dir, `${label}.db`));
  try {
    await pairWithHub(db, stationId(db), hub.url, await storage.createPairingCode());
    const attendanceAtHub = async () =>
      (await storage.eventRecords(eventId)).filter((record) => record.type === 'attendance').length;

    let started = performance.now();
    await syncOnce(db, stationId(db));
    const first = (performance.now() - started) / 1000;
    const stored = await attendanceAtHub();

    // The same 100k once more, as after a station lost its outbox confirmations.
    db.prepare("INSERT INTO sync_outbox (kind, record_id) SELECT 'attendance', id FROM attendance_events").run();
    started = performance.now();
    await syncOnce(db, stationId(db));
    const again = (performance.now() - started) / 1000;
    const added = (await attendanceAtHub()) - stored;

    return [
      {
        suite: 'sync',
        case: `100k events station → hub (${label})`,
        value: round(first),
        unit: 's',
        goal: `≤ ${goalSeconds} s`,
        met: first <= goalSeconds && stored === EVENTS,
        note: `${stored} stored, ${round(EVENTS / first, 0)} events/s`,
      },
      {
        suite: 'sync',
        case: `re-sync of the same 100k (${label})`,
        value: round(again),
        unit: 's',
        goal: 'adds nothing',
        met: added === 0,
        note: `${added} added`,
      },
    ];
  } finally {
    db.close();
    await hub.close();
    await storage.close();
  }
}

export const suite: BenchSuite = {
  name: 'sync',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-bench-sync-'));
    try {
      const rows = await measure(
        'SQLite hub',
        openSqliteHubStorage(path.join(dir, 'hub.db')),
        dir,
        GOAL_SECONDS.sqlite,
      );
      const url = process.env.ENTRE_TEST_DATABASE_URL;
      if (!url) {
        rows.push({
          suite: 'sync',
          case: '100k events station → hub (PostgreSQL hub)',
          value: NaN,
          unit: 's',
          note: 'not run: set ENTRE_TEST_DATABASE_URL (source .ci/setup.d/postgres.sh start exports it)',
        });
        return rows;
      }
      const schema = `entre_bench_${process.pid}`;
      const admin = new pg.Client(url);
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      try {
        const schemaUrl = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
        rows.push(
          ...(await measure('PostgreSQL hub', await openPostgresHubStorage(schemaUrl), dir, GOAL_SECONDS.postgres)),
        );
      } finally {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      }
      return rows;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
