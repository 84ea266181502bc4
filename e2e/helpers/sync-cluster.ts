// A hub and stations as real `entre` processes on loopback, for the sync suites.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ENTRE_BIN, runCli, startServe, stopServe } from './cli';

export interface HubBackend {
  name: string;
  /** The storage arguments of `entre hub`, `entre hub-code`: --db FILE or --database-url URL. */
  args: string[];
  dispose(): Promise<void>;
}

export function sqliteBackend(dir: string): HubBackend {
  return { name: 'sqlite', args: ['--db', path.join(dir, 'hub.db')], dispose: async () => {} };
}

/** A schema of its own in the test database, so runs never collide; dropped by `dispose`. */
export async function postgresTestSchema(url: string): Promise<{ url: string; dispose(): Promise<void> }> {
  const schema = `entre_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client(url);
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  return {
    url: `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    async dispose() {
      const client = new pg.Client(url);
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

export async function postgresBackend(url: string): Promise<HubBackend> {
  const schema = await postgresTestSchema(url);
  return { name: 'postgres', args: ['--database-url', schema.url], dispose: schema.dispose };
}

export interface RunningHubProcess {
  url: string;
  code: string;
  process: ChildProcess;
}

export function startHubProcess(backend: HubBackend): Promise<RunningHubProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENTRE_BIN, 'hub', '--port', '0', ...backend.args]);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /Entré hub: (\S+)/.exec(output)?.[1];
      const code = /Pairing code: (\S+)/.exec(output)?.[1];
      if (url && code) resolve({ url, code, process: child });
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`entre hub exited with ${code}: ${output}`)));
  });
}

export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

export async function newPairingCode(backend: HubBackend): Promise<string> {
  const made = await runCli(['hub-code', ...backend.args]);
  if (made.code !== 0) throw new Error(made.stderr);
  return made.stdout.trim();
}

export interface SyncStation {
  name: string;
  dbFile: string;
  cli(args: string[]): ReturnType<typeof runCli>;
  serve(): Promise<string>;
  url: string | null;
  stop(): Promise<void>;
}

/** Fast rounds and a short backoff ceiling: "the hub down for minutes" takes seconds here. */
const FAST_SYNC = { ENTRE_SYNC_INTERVAL_MS: '150', ENTRE_SYNC_MAX_BACKOFF_MS: '1200' };

export function makeStation(dir: string, name: string): SyncStation {
  const dbFile = path.join(dir, `${name}.db`);
  let served: ChildProcess | null = null;
  const station: SyncStation = {
    name,
    dbFile,
    url: null,
    cli: (args) => runCli([...args, '--db', dbFile]),
    async serve() {
      const started = await startServe(['--db', dbFile], FAST_SYNC);
      served = started.process;
      station.url = started.url;
      return started.url;
    },
    async stop() {
      if (served) await stopServe(served);
    },
  };
  return station;
}

export async function callStation<T>(station: SyncStation, name: string, args: object): Promise<T> {
  const response = await fetch(`${station.url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  if (!response.ok) throw new Error(`${name} failed: ${await response.text()}`);
  return (await response.json()) as T;
}

export const writeFile = (dir: string, name: string, text: string): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
