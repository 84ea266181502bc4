// Choosing the hub's storage from the command line: PostgreSQL when given a URL, else one SQLite file.
import path from 'node:path';
import { userDataDir } from '../paths';
import { openPostgresHubStorage } from './postgres-storage';
import { openSqliteHubStorage } from './sqlite-storage';
import type { HubStorage } from './storage';

export interface HubStorageOptions {
  db?: string;
  databaseUrl?: string;
}

/** The hub's SQLite file that --db names, else the default one in the data folder. */
export const hubSqliteFile = (db?: string): string => path.resolve(db || path.join(userDataDir(), 'entre-hub.db'));

export async function openHubStorage(options: HubStorageOptions): Promise<HubStorage> {
  if (options.db && options.databaseUrl) throw new Error('Give either --db or --database-url, not both.');
  if (options.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(options.databaseUrl))
      throw new Error('--database-url must be a PostgreSQL URL (postgres://user:password@host:port/database).');
    return openPostgresHubStorage(options.databaseUrl);
  }
  return openSqliteHubStorage(hubSqliteFile(options.db));
}
