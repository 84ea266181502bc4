// Issue 15's exports at 100,000 guests (60 % checked in), as whole processes: `entre export` in each
// format, which writes the file as it reads the store, beside the same at 10,000 guests (memory that
// stays flat grows by little more than the store's 32 MB page cache) and beside the export built whole
// in memory first (as JSON was, and as staff downloads were answered, before). Seconds from spawn to
// exit and the process's peak resident memory, in one run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ENTRE_BIN } from '../../e2e/helpers/cli';
import { EXPORT_FORMATS } from '../../src/shared/staff';
import { importGuestListFile } from '../../src/main/import/import-guest-list';
import { appendAttendance } from '../../src/main/store/attendance';
import { openDatabase } from '../../src/main/store/database';
import { getActiveEvent } from '../../src/main/store/events';
import { stationId } from '../../src/main/store/settings';
import { syntheticCsv } from '../fixtures/guest-list';
import { round, type BenchRow, type BenchSuite } from '../harness';

const SUITE = 'export';
const GUESTS = 100_000;
const FEW_GUESTS = 10_000;
/** What flat memory may grow by from 10,000 to 100,000 guests: the page cache, and garbage not yet collected. */
const FLAT_MIB = 100;
const PEAK_RSS = fileURLToPath(new URL('../fixtures/peak-rss.mjs', import.meta.url));
const HELD_WHOLE = fileURLToPath(new URL('../fixtures/export-held-whole.ts', import.meta.url));

interface ProcessFigures {
  seconds: number;
  peakMiB: number;
}

/** A whole node process from spawn to exit, with its peak resident memory. */
function measured(args: string[], dir: string): Promise<ProcessFigures> {
  const peakFile = path.join(dir, 'peak-rss');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', PEAK_RSS, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ENTRE_BENCH_PEAK_RSS: peakFile },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`));
      resolve({ seconds, peakMiB: Number(fs.readFileSync(peakFile, 'utf8')) / 1024 });
    });
  });
}

/** A store of `guests` imported guests, 60 % of them checked in. */
async function benchStore(dir: string, guests: number): Promise<string> {
  const csv = path.join(dir, `guests-${guests}.csv`);
  fs.writeFileSync(csv, syntheticCsv(guests));
  const file = path.join(dir, `entre-${guests}.db`);
  const db = openDatabase(file);
  try {
    await importGuestListFile(db, csv, 'Bench');
    const event = getActiveEvent(db)!;
    const station = stationId(db);
    const ids = db.prepare('SELECT id FROM guests WHERE event_id = ? ORDER BY rowid').pluck().all(event.id) as string[];
    db.transaction(() => {
      for (const guestId of ids.slice(0, guests * 0.6))
        appendAttendance(db, { eventId: event.id, guestId, stationId: station, kind: 'check-in', method: 'wedge' });
    })();
  } finally {
    db.close();
  }
  return file;
}

export const suite: BenchSuite = {
  name: SUITE,
  async run(): Promise<BenchRow[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-bench-export-'));
    try {
      const db = await benchStore(dir, GUESTS);
      const fewDb = await benchStore(dir, FEW_GUESTS);
      const rows: BenchRow[] = [];
      for (const format of EXPORT_FORMATS) {
        const out = path.join(dir, `export.${format}`);
        const exported = (store: string) =>
          measured([ENTRE_BIN, 'export', '--db', store, '--format', format, '--out', out], dir);
        const few = await exported(fewDb);
        const streamed = await exported(db);
        const whole = await measured(['--import', 'tsx', HELD_WHOLE, db, format, out], dir);
        const note =
          `${FEW_GUESTS / 1000}k guests: ${round(few.seconds, 2)} s, ${Math.round(few.peakMiB)} MiB; ` +
          `streamed pieces collected into one buffer before writing: ${round(whole.seconds, 2)} s, ${Math.round(whole.peakMiB)} MiB`;
        rows.push(
          {
            suite: SUITE,
            case: `entre export --format ${format}, ${GUESTS / 1000}k guests, whole process`,
            value: round(streamed.seconds, 2),
            unit: 's',
            note,
          },
          {
            suite: SUITE,
            case: `entre export --format ${format}, ${GUESTS / 1000}k guests, peak memory (max RSS)`,
            value: Math.round(streamed.peakMiB),
            unit: 'MiB',
            goal: `flat: ≤ ${FEW_GUESTS / 1000}k guests' + ${FLAT_MIB} MiB, below collected whole`,
            met: streamed.peakMiB <= few.peakMiB + FLAT_MIB && streamed.peakMiB < whole.peakMiB,
            note,
          },
        );
      }
      return rows;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
