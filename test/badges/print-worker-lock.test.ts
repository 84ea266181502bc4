// The kiosk and `entre serve` on one store, as two real processes on one real SQLite file: only one
// of them works the print queue, every badge comes out once, and when that one ends the other takes over.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { expect, it, onTestFinished, vi } from 'vitest';
import { openDatabase } from '../../src/main/store/database';
import { tempDir } from '../helpers/temp';

interface Station {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  queue(name: string): Promise<string>;
}

async function station(store: string, printed: string): Promise<Station> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/badges/print-worker-process.ts', store, printed]);
  onTestFinished(() => void child.kill('SIGKILL'));
  const lines: string[] = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  await vi.waitFor(() => expect(lines, stderr).toContain('ready'), { timeout: 20_000 });
  return {
    child,
    lines,
    async queue(name) {
      const before = lines.length;
      child.stdin.write(`${name}\n`);
      await vi.waitFor(() => expect(lines.length).toBe(before + 1), { timeout: 10_000 });
      return lines.at(-1)!.replace('queued ', '');
    },
  };
}

const printedBy = (file: string) =>
  fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : [];

it('prints each badge once, from the process that holds the store, and the other takes over when it ends', async () => {
  const dir = tempDir();
  const store = path.join(dir, 'entre.db');
  const printed = path.join(dir, 'printed.log');
  openDatabase(store).close();
  const kiosk = await station(store, printed);
  const serve = await station(store, printed);

  const jobs = [await serve.queue('Yilmaz'), await kiosk.queue('Björk'), await serve.queue('Håkansson')];
  await vi.waitFor(() => expect(printedBy(printed)).toHaveLength(3), { timeout: 15_000 });
  // The kiosk started first and holds the store: it prints the badges `entre serve` queued too.
  expect(printedBy(printed).map((line) => line.split(' ')[0])).toEqual(Array(3).fill(String(kiosk.child.pid)));
  expect(
    printedBy(printed)
      .map((line) => line.split(' ')[1])
      .sort(),
  ).toEqual(jobs.map((id) => `entre-badge-${id.slice(0, 8)}`).sort());

  // A badge in the log is not yet marked done: killed in between, the job would rightly be failed as
  // interrupted by the process that takes over (a badge may or may not have come out). Kill it after.
  const db = openDatabase(store);
  onTestFinished(() => void db.close());
  const states = () => db.prepare('SELECT state, count(*) AS n FROM print_jobs GROUP BY state').all();
  await vi.waitFor(() => expect(states()).toEqual([{ state: 'done', n: 3 }]), { timeout: 15_000 });
  kiosk.child.kill('SIGKILL');
  await new Promise((resolve) => kiosk.child.once('exit', resolve));
  await serve.queue('Mårtensson');
  await vi.waitFor(() => expect(printedBy(printed)).toHaveLength(4), { timeout: 15_000 });
  expect(printedBy(printed)[3]!.split(' ')[0]).toBe(String(serve.child.pid));

  // Another process marks the job done after its badge is in the log: vitest's default second is no
  // deadline for that process on a loaded machine, so this waits like the steps above.
  await vi.waitFor(() => expect(states()).toEqual([{ state: 'done', n: 4 }]), { timeout: 15_000 });
});
