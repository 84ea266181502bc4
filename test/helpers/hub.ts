// A real hub on a free loopback port, closed with its storage when the test that started it ends.
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { openPostgresHubStorage } from '../../src/main/hub/postgres-storage';
import { startHub, type RunningHub } from '../../src/main/hub/server';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import type { HubStorage } from '../../src/main/hub/storage';
import { postgresTestSchema } from '../../e2e/helpers/sync-cluster';
import { tempDir } from './temp';

export async function tempHub(storage: HubStorage): Promise<RunningHub> {
  const hub = await startHub(storage, '127.0.0.1', 0).catch(async (error: unknown) => {
    await storage.close();
    throw error;
  });
  onTestFinished(async () => {
    await hub.close();
    await storage.close();
  });
  return hub;
}

/** The hub's storage backends, for `describe.each`: PostgreSQL runs where ENTRE_TEST_DATABASE_URL names a server. */
export const HUB_BACKENDS = ['sqlite', 'postgres'] as const;
export type HubBackendName = (typeof HUB_BACKENDS)[number];

/** Whether this machine has no server for that backend. On CI a missing PostgreSQL is a setup fault, never a skip. */
export function hubBackendMissing(name: HubBackendName): boolean {
  if (name !== 'postgres' || process.env.ENTRE_TEST_DATABASE_URL) return false;
  if (process.env.CI === 'true')
    throw new Error('ENTRE_TEST_DATABASE_URL is not set: .ci/setup.d/postgres.sh should have started PostgreSQL.');
  return true;
}

export interface BackendHub {
  storage: HubStorage;
  hub: RunningHub;
  /** How `entre hub-*` on the hub machine names this hub's database. */
  cliArgs: string[];
}

/** A hub on a fresh database of that backend; hub, storage and PostgreSQL schema go when the test ends. */
export async function tempBackendHub(name: HubBackendName): Promise<BackendHub> {
  const { storage, cliArgs, dispose } = await openTempHubStorage(name);
  const hub = await startHub(storage, '127.0.0.1', 0).catch(async (error: unknown) => {
    await storage.close();
    await dispose();
    throw error;
  });
  onTestFinished(async () => {
    await hub.close();
    await storage.close();
    await dispose();
  });
  return { storage, hub, cliArgs };
}

async function openTempHubStorage(name: HubBackendName) {
  if (name === 'sqlite') {
    const file = path.join(tempDir(), 'hub.db');
    return { storage: openSqliteHubStorage(file), cliArgs: ['--db', file], dispose: async () => {} };
  }
  const schema = await postgresTestSchema(process.env.ENTRE_TEST_DATABASE_URL!);
  const storage = await openPostgresHubStorage(schema.url).catch(async (error: unknown) => {
    await schema.dispose();
    throw error;
  });
  return { storage, cliArgs: ['--database-url', schema.url], dispose: schema.dispose };
}
