// Issue 2's figures: the core check-in against a raw better-sqlite3 lookup-and-insert, name search
// at 100k guests, and importing a 100k-row CSV.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHandlers, dispatch } from '../../src/main/api/handlers';
import { importGuestListFile } from '../../src/main/import/import-guest-list';
import { openDatabase, type Db } from '../../src/main/store/database';
import { getActiveEvent } from '../../src/main/store/events';
import { stationId } from '../../src/main/store/settings';
import { syntheticCsv, syntheticGuest } from '../fixtures/guest-list';
import { percentile, round, type BenchRow, type BenchSuite } from '../harness';

/** Check-ins timed per path; the raw path uses other guests than Entré's, so each size holds twice as many. */
const checkInsFor = (guests: number) => Math.min(1000, guests / 2);

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'entre-bench-'));
}

async function storeWithGuests(dir: string, count: number): Promise<{ db: Db; codes: string[]; importMs: number }> {
  const csv = path.join(dir, 'guests.csv');
  fs.writeFileSync(csv, syntheticCsv(count));
  const db = openDatabase(path.join(dir, 'entre.db'));
  const started = performance.now();
  const result = await importGuestListFile(db, csv, 'Bench');
  const importMs = performance.now() - started;
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  const codes = (db.prepare('SELECT code FROM guests ORDER BY random()').all() as { code: string }[]).map(
    (r) => r.code,
  );
  return { db, codes, importMs };
}

/** Entré's path: schema validation, look-up, status from the log, HLC, durable append. */
function timeCoreCheckIns(db: Db, codes: string[]): number {
  const count = checkInsFor(codes.length);
  const handlers = createHandlers({ db, stationId: stationId(db) });
  const started = performance.now();
  for (const code of codes.slice(0, count)) {
    const outcome = dispatch(handlers, 'checkInByCode', { code, method: 'wedge' });
    if (outcome.kind !== 'welcome') throw new Error(`expected a welcome, got ${outcome.kind}`);
  }
  return (performance.now() - started) / count;
}

/** The floor: the same look-up and insert with better-sqlite3 alone, same durability settings. */
function timeRawCheckIns(db: Db, codes: string[]): number {
  const count = checkInsFor(codes.length);
  const event = getActiveEvent(db)!;
  const find = db.prepare('SELECT id FROM guests WHERE event_id = ? AND code = ?');
  const insert = db.prepare(
    `INSERT INTO attendance_events (id, event_id, guest_id, station_id, kind, method, wall_time, hlc)
     VALUES (?, ?, ?, 'raw', 'check-in', 'wedge', ?, ?)`,
  );
  const started = performance.now();
  for (const code of codes.slice(count, 2 * count)) {
    db.transaction(() => {
      const guest = find.get(event.id, code) as { id: string };
      const now = new Date().toISOString();
      insert.run(randomUUID(), event.id, guest.id, now, `${now}-${randomUUID()}`);
    }).immediate();
  }
  return (performance.now() - started) / count;
}

/** What people type: part of a name, lower case, often without å, ä, ö. */
const partOfName = (i: number, count: number) => {
  const guest = syntheticGuest((i * 7919) % count);
  const name = i % 2 ? guest.lastName : guest.firstName;
  return name
    .slice(0, 3 + (i % 5))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
};

/** A whole surname with two letters swapped ("anderssno"): nobody matches exactly, so the typo search runs. */
const surnameWithTypo = (i: number, count: number) => {
  const name = syntheticGuest((i * 7919) % count)
    .lastName.replace(/-\d+$/, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  const at = 2 + (i % (name.length - 3));
  return name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2);
};

function searchLatencies(db: Db, count: number, queryOf = partOfName): number[] {
  const handlers = createHandlers({ db, stationId: stationId(db) });
  const samples: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const query = queryOf(i, count);
    const started = performance.now();
    dispatch(handlers, 'searchGuests', { query });
    samples.push(performance.now() - started);
  }
  return samples;
}

export const suite: BenchSuite = {
  name: 'foundation',
  async run() {
    const rows: BenchRow[] = [];
    for (const size of [1_000, 10_000, 100_000]) {
      const dir = tempDir();
      try {
        const { db, codes, importMs } = await storeWithGuests(dir, size);
        const core = timeCoreCheckIns(db, codes);
        const raw = timeRawCheckIns(db, codes);
        const ratio = core / raw;
        const label = `${size / 1000}k guests`;
        rows.push(
          { suite: 'foundation', case: `check-in, Entré (${label})`, value: round(core, 3), unit: 'ms/check-in' },
          {
            suite: 'foundation',
            case: `check-in, raw better-sqlite3 (${label})`,
            value: round(raw, 3),
            unit: 'ms/check-in',
          },
          {
            suite: 'foundation',
            case: `check-in ratio Entré/raw (${label})`,
            value: round(ratio),
            unit: '×',
            goal: '≤ 1.5×',
            met: ratio <= 1.5,
          },
        );
        if (size === 100_000) {
          const search = searchLatencies(db, size);
          const p95 = percentile(search, 95);
          const typo = searchLatencies(db, size, surnameWithTypo);
          rows.push(
            {
              suite: 'foundation',
              case: 'name search p50 (100k guests)',
              value: round(percentile(search, 50), 3),
              unit: 'ms',
            },
            {
              suite: 'foundation',
              case: 'name search p95 (100k guests)',
              value: round(p95, 3),
              unit: 'ms',
              goal: '≤ 5 ms',
              met: p95 <= 5,
            },
            {
              suite: 'foundation',
              case: 'name search with a typo p50 (100k guests)',
              value: round(percentile(typo, 50), 3),
              unit: 'ms',
            },
            {
              suite: 'foundation',
              case: 'name search with a typo p95 (100k guests)',
              value: round(percentile(typo, 95), 3),
              unit: 'ms',
              goal: '≤ 50 ms',
              met: percentile(typo, 95) <= 50,
            },
            {
              suite: 'foundation',
              case: 'import 100k-row CSV',
              value: round(importMs / 1000),
              unit: 's',
              goal: '≤ 3 s',
              met: importMs <= 3000,
            },
          );
        }
        db.close();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    return rows;
  },
};
