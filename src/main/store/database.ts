// Opening the store: one SQLite file, WAL with synchronous=FULL so that a check-in is on disk before
// the guest is welcomed, and the schema brought up to date by numbered migrations.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { holdsHubMeta } from './file-kind';
import { migrations, LATEST_SCHEMA_VERSION } from './migrations';
import { PAGE_SIZE_OF_NEW_FILES } from './page-size';

export type Db = Database.Database;

export class StoreError extends Error {}

export interface OpenOptions {
  /** Path of a better-sqlite3 native module built for another runtime (Electron). */
  nativeBinding?: string;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { nativeBinding: options.nativeBinding });
  try {
    // Before anything that writes (switching to WAL rewrites the header), so a newer store stays untouched.
    refuseNewerSchema(db);
    refuseHubDatabase(db, file);
    // Before the first write (switching to WAL writes the header): only a new store takes it.
    db.pragma(`page_size = ${PAGE_SIZE_OF_NEW_FILES}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // A deleted or changed value (a withdrawn photo, a purged or edited name) is overwritten with zeros,
    // not left in the file's free space; it cost an import nothing measurable.
    db.pragma('secure_delete = ON');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 32 MB of page cache: importing a large list touches more pages than the 2 MB default holds.
    db.pragma('cache_size = -32000');
    // Statement journals in memory: written to a temporary file, each insert cost a dozen system calls.
    db.pragma('temp_store = MEMORY');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per connection: the check-in path runs the same few queries. */
export function prepared(db: Db, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) statementCache.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** The file's schema version, or a clear refusal when a newer Entré wrote it. */
function refuseNewerSchema(db: Db): number {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new StoreError(
      `This store was written by a newer version of Entré (schema ${current}; this version knows up to ${LATEST_SCHEMA_VERSION}). ` +
        'Update Entré to open it; the file was left untouched.',
    );
  }
  return current;
}

/**
 * A hub's database given where a station's store belongs (`--db` names the hub's file on the hub's own
 * commands): the station's migrations would run into it, and from then on the hub would take its own file
 * for a station's store and refuse it.
 */
function refuseHubDatabase(db: Db, file: string): void {
  if (schemaVersion(db) === 0 && holdsHubMeta(db)) {
    throw new StoreError(
      `${file} is the organizer's hub database, not a station's store: give a station's store with --db FILE ` +
        '(the hub reads it with entre hub and the hub-* commands); the file was left untouched.',
    );
  }
}

/** Applies every migration above the file's version, each in its own transaction. */
export function migrate(db: Db, target = LATEST_SCHEMA_VERSION): void {
  const current = refuseNewerSchema(db);
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    // Foreign keys can only be switched off outside a transaction; they are checked before it commits.
    const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
    if (migration.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        migration.up(db);
        if (migration.rebuildsTables) refuseForeignKeyViolations(db, migration.name);
        db.pragma(`user_version = ${migration.version}`);
      })();
    } finally {
      db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    }
  }
}

function refuseForeignKeyViolations(db: Db, migration: string): void {
  const violations = db.pragma('foreign_key_check') as unknown[];
  if (violations.length > 0) {
    throw new StoreError(`Migration ${migration} would break ${violations.length} references; nothing was changed.`);
  }
}

/**
 * Removes what the store's files still hold of deleted personal data: free space written before
 * secure_delete was on (VACUUM writes the store anew from what is live) and the WAL's older frames (the
 * checkpoint puts everything in the store file and cuts the WAL to nothing).
 */
export function eraseFreedSpace(db: Db, { rewrite }: { rewrite: boolean }): void {
  if (rewrite) db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
