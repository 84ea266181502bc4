// The power-cord harness shared by the kill test (200 cycles in CI) and the crash bench (1000+ cycles):
// a store full of guests, a worker child that checks them in and acknowledges each commit, SIGKILL at a
// random moment, and what the reopened store says about it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { openDatabase } from '../../src/main/store/database';
import { importGuestListFile } from '../../src/main/import/import-guest-list';

export interface KillStore {
  dir: string;
  dbFile: string;
  codesFile: string;
  /** The worker bundled to plain JavaScript: it starts in ~0.2 s instead of ~1 s through tsx. */
  workerFile: string;
}

/** What the reopened store holds after one kill. Everything but `checkedIn` must be empty or 'ok'. */
export interface AfterKill {
  integrity: string;
  /** Acknowledged check-ins (guest ids) the store does not have. */
  lost: string[];
  /** Records not waiting in the outbox: no sync runs in the worker, so every one must still be queued. */
  unqueued: string[];
  /** Outbox entries naming a record that does not exist. */
  dangling: string[];
  /** Check-ins in the store, acknowledged or not. */
  checkedIn: number;
}

export interface KillTotals {
  cycles: number;
  acknowledged: number;
  lost: number;
  unqueued: number;
  dangling: number;
  integrityFailures: number;
}

const repoRoot = path.resolve(import.meta.dirname, '../..');

export async function prepareKillStore(guests: number): Promise<KillStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-kill-'));
  const store = {
    dir,
    dbFile: path.join(dir, 'entre.db'),
    codesFile: path.join(dir, 'codes.txt'),
    workerFile: path.join(dir, 'check-in-worker.mjs'),
  };
  const csv = ['name;email', ...Array.from({ length: guests }, (_, i) => `Gäst Nummer${i};g${i}@kommun.example`)];
  fs.writeFileSync(path.join(dir, 'guests.csv'), csv.join('\n'));
  const db = openDatabase(store.dbFile);
  try {
    const imported = await importGuestListFile(db, path.join(dir, 'guests.csv'), 'Kill test');
    if (!imported.ok) throw new Error(`the kill test's guest list was refused: ${JSON.stringify(imported)}`);
    const codes = db.prepare('SELECT code FROM guests ORDER BY rowid').all() as { code: string }[];
    fs.writeFileSync(store.codesFile, codes.map((row) => row.code).join('\n'));
  } finally {
    db.close();
  }
  // The bundle imports its packages (better-sqlite3) from the project's node_modules, found beside it.
  await build({
    entryPoints: [path.join(import.meta.dirname, 'check-in-worker.ts')],
    outfile: store.workerFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return store;
}

export const removeKillStore = (store: KillStore): void => fs.rmSync(store.dir, { recursive: true, force: true });

/** Runs the worker from the `start`th code and kills it at a random moment once it has acknowledged a check-in; resolves the acknowledged guest ids. */
export function runAndKill(store: KillStore, start: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [store.workerFile, store.dbFile, store.codesFile, String(start)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let armed = false;
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (!armed && output.includes('\nack ')) {
        armed = true;
        // Kill somewhere in the 60 ms after the first acknowledged check-in: mid-transaction, mid-fsync,
        // between commits. Counted from the first commit, not from "ready": on a loaded machine the first
        // check-in alone can take longer than 60 ms, and the kill would land before anything flowed.
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 60).unref();
      }
    });
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`worker ended without being killed: ${errors}`));
      resolve(output.split('\n').flatMap((line) => (line.startsWith('ack ') ? [line.slice(4)] : [])));
    });
  });
}

// Every record the outbox covers (migration 005), as (kind, id) pairs.
const RECORDS = `SELECT 'event' AS kind, id FROM events
  UNION ALL SELECT 'guest', id FROM guests
  UNION ALL SELECT 'attendance', id FROM attendance_events`;

/** Reopens the store as the kiosk would after the power came back, and checks it against the acknowledgements. */
export function inspectAfterKill(dbFile: string, acknowledged: string[]): AfterKill {
  const db = openDatabase(dbFile);
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const checkedIn = new Set(
      (
        db.prepare("SELECT guest_id FROM attendance_events WHERE kind = 'check-in'").all() as { guest_id: string }[]
      ).map((row) => row.guest_id),
    );
    const pairs = (sql: string) =>
      (db.prepare(sql).all() as { kind: string; id: string }[]).map((row) => `${row.kind} ${row.id}`);
    return {
      integrity,
      lost: acknowledged.filter((guestId) => !checkedIn.has(guestId)),
      unqueued: pairs(`SELECT kind, id FROM (${RECORDS}) EXCEPT SELECT kind, record_id FROM sync_outbox`),
      dangling: pairs(`SELECT kind, record_id AS id FROM sync_outbox EXCEPT SELECT kind, id FROM (${RECORDS})`),
      checkedIn: checkedIn.size,
    };
  } finally {
    db.close();
  }
}

/**
 * Kills the worker `cycles` times, each run carrying on after the last check-in the store holds (the
 * worker checks guests in in order), and hands every cycle's findings to `onCycle`.
 */
export async function killCycles(
  store: KillStore,
  cycles: number,
  onCycle: (cycle: number, acknowledged: string[], after: AfterKill) => void = () => {},
): Promise<KillTotals> {
  const totals: KillTotals = { cycles, acknowledged: 0, lost: 0, unqueued: 0, dangling: 0, integrityFailures: 0 };
  let next = 0;
  for (let cycle = 0; cycle < cycles; cycle++) {
    const acknowledged = await runAndKill(store, next);
    const after = inspectAfterKill(store.dbFile, acknowledged);
    totals.acknowledged += acknowledged.length;
    totals.lost += after.lost.length;
    totals.unqueued += after.unqueued.length;
    totals.dangling += after.dangling.length;
    if (after.integrity !== 'ok') totals.integrityFailures++;
    onCycle(cycle, acknowledged, after);
    next = after.checkedIn;
  }
  return totals;
}
