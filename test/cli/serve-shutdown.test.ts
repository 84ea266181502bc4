// `entre serve` ends on SIGTERM while a browser holds connections open (a silent one Chromium opened
// ahead of need, a half-sent request): the e2e suite, a service manager and an organizer's Ctrl-C all
// wait for the process to end.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../helpers/temp';

const ENTRE = fileURLToPath(new URL('../../bin/entre.js', import.meta.url));

it('entre serve ends on SIGTERM while a browser holds connections open, its store closed cleanly', async () => {
  const dbFile = path.join(tempDir(), 'entre.db');
  const child = spawn(process.execPath, [ENTRE, 'serve', '--port', '0', '--db', dbFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => void child.kill('SIGKILL')); // only one that failed to end is still there
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<URL>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /(http:\/\/\S+)/.exec(output);
      if (match) resolve(new URL(match[1]!));
    });
    child.on('exit', (code) => reject(new Error(`entre serve exited with ${code}: ${output}`)));
  });
  const held = [0, 1].map(() => net.connect(Number(url.port), url.hostname).on('error', () => {}));
  const released = held.map((socket) => new Promise((resolve) => socket.once('close', resolve)));
  await Promise.all(held.map((socket) => new Promise((resolve) => socket.once('connect', resolve))));
  held[1]!.write('GET / HTTP/1.1\r\nHost: kiosk\r\n');

  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  await Promise.all(released);
  // SQLite removes the write-ahead log when the last connection closes cleanly.
  expect(fs.existsSync(`${dbFile}-wal`)).toBe(false);
});
