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

/** An event text longer than every door and the hub take (EVENT_TEXT_MAX): its sync would stop. */
export const tooLong = (option: string, text: string, max: number): string =>
  `${option} is ${text.length} characters long: keep it to ${max}.`;

/** Listening failed: why, in one sentence, for the reasons a person can fix; anything else as it is. */
export function listenFailure(error: unknown, host: string, port: string): never {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    fail(`Port ${port} on ${host} is in use, perhaps by another Entré: stop that one, or give another --port.`);
  if (code === 'EADDRNOTAVAIL')
    fail(`${host} is not an address of this computer: give one it has, or 0.0.0.0 to listen on every network.`);
  if (code === 'EACCES') fail(`Port ${port} needs administrator rights on this computer: give one above 1023.`);
  throw error;
}

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
