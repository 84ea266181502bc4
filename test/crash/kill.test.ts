// The power cord test: a child checks guests in as fast as it can and reports every acknowledged
// check-in; it is killed with SIGKILL at a random moment, the store is reopened, and every acknowledged
// check-in must be there, with an intact database. ENTRE_KILL_CYCLES sets the number of cycles.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/main/store/database';
import { importGuestListFile } from '../../src/main/import/import-guest-list';

const CYCLES = Number(process.env.ENTRE_KILL_CYCLES ?? 200);
const GUESTS = 20_000;
const worker = path.join(import.meta.dirname, 'check-in-worker.ts');

function runAndKill(dbFile: string, codesFile: string, start: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker, dbFile, codesFile, String(start)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.startsWith('ready\n') && !child.killed) {
        // Kill somewhere in the first 60 ms of checking in: mid-transaction, mid-fsync, between commits.
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

const checkedIn = (db: Db): Set<string> =>
  new Set(
    (db.prepare("SELECT guest_id FROM attendance_events WHERE kind = 'check-in'").all() as { guest_id: string }[]).map(
      (row) => row.guest_id,
    ),
  );

describe('a kiosk killed at random moments', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-kill-'));
  const dbFile = path.join(dir, 'entre.db');
  const codesFile = path.join(dir, 'codes.txt');

  beforeAll(async () => {
    const csv = ['name;email', ...Array.from({ length: GUESTS }, (_, i) => `Gäst Nummer${i};g${i}@kommun.example`)];
    fs.writeFileSync(path.join(dir, 'guests.csv'), csv.join('\n'));
    const db = openDatabase(dbFile);
    const imported = await importGuestListFile(db, path.join(dir, 'guests.csv'), 'Kill test');
    expect(imported.ok).toBe(true);
    const codes = db.prepare('SELECT code FROM guests ORDER BY rowid').all() as { code: string }[];
    fs.writeFileSync(codesFile, codes.map((row) => row.code).join('\n'));
    db.close();
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(`keeps every acknowledged check-in over ${CYCLES} kills`, { timeout: CYCLES * 5_000 }, async () => {
    let next = 0;
    let acknowledged = 0;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const acks = await runAndKill(dbFile, codesFile, next);
      acknowledged += acks.length;
      const db = openDatabase(dbFile);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const present = checkedIn(db);
        const lost = acks.filter((guestId) => !present.has(guestId));
        expect(lost, `cycle ${cycle}: acknowledged check-ins lost`).toEqual([]);
        next = present.size; // the worker checks guests in order: carry on after the last one recorded
      } finally {
        db.close();
      }
    }
    // The kills must have landed while check-ins were flowing, or the test proves nothing.
    expect(acknowledged).toBeGreaterThan(CYCLES);
  });
});
