// `entre serve` answers its first request without loading the packages only some calls need (issue
// 15): exceljs, pdfkit, pg, papaparse, iconv-lite and qrcode load inside the handlers that use them.
// The real built CLI runs with a preload that records every package it imports and its first answer.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RECORDER = fileURLToPath(new URL('fixtures/record-loads.mjs', import.meta.url));
const LAZY = ['exceljs', 'pdfkit', 'pg', 'papaparse', 'csv-stringify', 'iconv-lite', 'qrcode'];

const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Runs `entre serve`, lets `drive` talk to it, stops it and returns the packages imported before and after its first answer. */
async function servePackages(
  drive: (url: string, setupCode: string) => Promise<void>,
): Promise<{ before: string[]; after: string[] }> {
  const dir = tempDir();
  const log = path.join(dir, 'loads.txt');
  fs.writeFileSync(log, '');
  const child = spawn(
    process.execPath,
    [
      '--import',
      RECORDER,
      path.join(ROOT, 'bin', 'entre.js'),
      'serve',
      '--port',
      '0',
      '--db',
      path.join(dir, 'entre.db'),
    ],
    { env: { ...process.env, RECORD_LOADS_FILE: log }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    // serve prints the setup code for the first staff PIN (a new store has none) before its URL.
    const [url, setupCode] = await new Promise<[string, string]>((resolve, reject) => {
      let output = '';
      child.stderr.on('data', (chunk) => (output += chunk));
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /(http:\/\/\S+)/.exec(output);
        if (match) resolve([match[1]!, /Setup code[^:]*: ([\d ]+)/.exec(output)?.[1] ?? '']);
      });
      child.on('exit', (code) => reject(new Error(`entre serve exited with ${code}: ${output}`)));
    });
    await drive(url, setupCode);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  const lines = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const answeredAt = lines.indexOf('answered');
  expect(answeredAt).toBeGreaterThan(0);
  return {
    before: [...new Set(lines.slice(0, answeredAt).map(packageOf))],
    after: [...new Set(lines.slice(answeredAt + 1).map(packageOf))],
  };
}

async function post(url: string, name: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(new URL(`/api/${name}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, `${name}: ${await response.clone().text()}`).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe('entre serve', () => {
  it('answers the kiosk page and its first call with the server and the store only', async () => {
    const { before } = await servePackages(async (url) => {
      expect((await fetch(url)).status).toBe(200);
      expect(await post(url, 'getKioskInfo', {})).toHaveProperty('event.name');
    });
    expect(before).toEqual(expect.arrayContaining(['fastify', 'better-sqlite3']));
    for (const name of LAZY) expect(before, name).not.toContain(name);
  });

  it('loads exceljs when staff first export to Excel', async () => {
    const { before, after } = await servePackages(async (url, setupCode) => {
      const { session } = await post(url, 'staffSetPin', { pin: '2468', setupCode });
      const offer = await post(url, 'staffExport', { session, format: 'xlsx', scope: 'attendance' });
      const download = await fetch(new URL(offer.url as string, url));
      // An .xlsx file is a zip archive: it starts with "PK".
      expect(
        Buffer.from(await download.arrayBuffer())
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
    });
    expect(before).not.toContain('exceljs');
    expect(after).toContain('exceljs');
  });
});
