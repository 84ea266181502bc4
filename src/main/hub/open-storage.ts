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
    return openPostgresHubStorage(options.databaseUrl).catch((error: NodeJS.ErrnoException) => {
      // pg reads some URLs that URL does not (a password with an unencoded '#'); the password is never shown.
      const where = URL.canParse(options.databaseUrl!)
        ? new URL(options.databaseUrl!).host
        : 'the address in --database-url';
      if (error.code === 'ECONNREFUSED' || error.code === 'ENOTFOUND' || error.code === 'ETIMEDOUT')
        throw new Error(
          `No PostgreSQL server answers at ${where}: check that it runs and the host and port in --database-url.`,
        );
      // PostgreSQL's own codes: a wrong password or user, a database that does not exist.
      if (error.code === '28P01' || error.code === '28000' || error.code === '3D000')
        throw new Error(`PostgreSQL at ${where} refused the connection: ${error.message}. Check --database-url.`);
      throw error;
    });
  }
  return openSqliteHubStorage(hubSqliteFile(options.db));
}
