// What every `entre` command module shares. A command module registers its name, options and help
// with commander and imports what it runs only inside its action, so `entre --help` and every other
// command start without loading pdfkit, exceljs, fastify, pg or better-sqlite3.
import { type Command, Option } from 'commander';
import type { Db } from '../store/database';
import { resolveStorePath } from '../paths';

/** One command (or a family of them, like `keys ...`) added to the program. */
export type CliCommand = (program: Command) => void;

export const dbOption = (): Option =>
  new Option('--db <file>', 'the store (default: $ENTRE_DB, else entre.db in your data folder)');

/** A --time-zone that names none, as the event and hub-export commands refuse it. */
export const notATimeZone = (name: string): string =>
  `"${name}" is not a time zone: use a name such as Europe/Stockholm.`;

/** Prints the message alone, without a stack trace, and exits non-zero. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Opens the store named by --db (or its default), runs, and closes it whatever happens. */
export async function withStore<T>(dbFile: string | undefined, run: (db: Db) => T | Promise<T>): Promise<T> {
  const { openDatabase } = await import('../store/database');
  const db = openDatabase(resolveStorePath(dbFile));
  try {
    return await run(db);
  } finally {
    db.close();
  }
}
