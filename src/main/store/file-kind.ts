// What an existing SQLite file holds, read without writing a byte: commands that read a hub's database or
// a station's store must not turn one into the other (opening either kind runs its schema into the file).
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { pathProblem } from '../file-problems';

export type StoreFileKind = 'missing' | 'station' | 'hub' | 'other';

/** Whether the file has the hub's own table: every hub database has had it since the first hub. */
export const holdsHubMeta = (db: Database.Database): boolean =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'hub_meta'").get() !== undefined;

export function storeFileKind(file: string): StoreFileKind {
  if (!fs.existsSync(file)) return 'missing';
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    // A station's store counts its migrations in user_version; a hub keeps its version in hub_meta.
    if ((db.pragma('user_version', { simple: true }) as number) > 0) return 'station';
    return holdsHubMeta(db) ? 'hub' : 'other';
  } catch (error) {
    // Not an SQLite file at all; any other failure (a folder, no permission, a lock) is said as it is.
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') return 'other';
    throw new Error(pathProblem(file, error as NodeJS.ErrnoException, 'read'), { cause: error });
  } finally {
    db?.close();
  }
}
