// Issue 15's command-line figures, as a user waits for them: whole `node bin/entre.js` processes, best
// of three. `entre --help` until it exits; `entre serve` until its kiosk page answers over HTTP.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ENTRE_BIN } from '../../e2e/helpers/cli';
import { round, type BenchRow, type BenchSuite } from '../harness';

const SUITE = 'cli';
const RUNS = 3;

function helpSeconds(): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENTRE_BIN, '--help'], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`entre --help exited ${code}`)),
    );
  });
}

/** From spawning `entre serve` to the first answer of its kiosk page; the process is stopped after. */
function serveSeconds(dbFile: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [ENTRE_BIN, 'serve', '--port', '0', '--db', dbFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise<number>((resolve, reject) => {
    let output = '';
    child.on('exit', (code) => reject(new Error(`entre serve exited ${code}: ${output}`)));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /(http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      child.stdout.removeAllListeners('data');
      fetch(url).then(
        (response) =>
          response.ok ? resolve((performance.now() - started) / 1000) : reject(new Error(`${response.status}`)),
        reject,
      );
    });
  }).finally(() => {
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
  });
}

async function bestOf(run: () => Promise<number>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) best = Math.min(best, await run());
  return best;
}

export const suite: BenchSuite = {
  name: SUITE,
  async run(): Promise<BenchRow[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-bench-cli-'));
    try {
      const help = await bestOf(helpSeconds);
      const serve = await bestOf(() => serveSeconds(path.join(dir, 'entre.db')));
      return [
        {
          suite: SUITE,
          case: 'entre --help, whole node process (best of 3)',
          value: round(help, 3),
          unit: 's',
          goal: '≤ 0.3 s',
          met: help <= 0.3,
        },
        {
          suite: SUITE,
          case: 'entre serve until its kiosk page answers (best of 3)',
          value: round(serve, 3),
          unit: 's',
          goal: '≤ 1 s',
          met: serve <= 1,
        },
      ];
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
