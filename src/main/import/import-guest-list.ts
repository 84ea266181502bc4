// Import a guest list file into the store's active event (creating one when the store has none).
import path from 'node:path';
import type { Db } from '../store/database';
import { createEvent, findEventByName, getActiveEvent, isDemoEvent, setActiveEvent } from '../store/events';
import { applyGuestList, type ImportSummary } from './apply-import';
import type { ImportProblem } from '../../shared/import-problems';
import { describeColumns, validateGuestList } from './guest-list';
import { readTableFile, type Table, TableReadError } from './read-table';

export type ImportResult =
  | ({
      ok: true;
      eventName: string;
      timeZone: string;
      columns: ReturnType<typeof describeColumns>;
      /** The event the station checked guests in to before, when the import made another one active. */
      previousEventName: string | null;
    } & ImportSummary)
  | { ok: false; problems: ImportProblem[] };

export interface ImportOptions {
  /** Take imported guests this file no longer holds off the list. */
  removeMissing?: boolean;
  /**
   * The event name was asked for (`entre import --event`): the list goes to the store's event of that name,
   * or to a new one, which becomes the event this station checks guests in to. Otherwise it goes to the
   * active event, and the name is only that of a new event when there is none.
   */
  eventByName?: boolean;
}

export async function importGuestListFile(
  db: Db,
  file: string,
  eventName?: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  let table;
  try {
    table = await readTableFile(file);
  } catch (error) {
    if (error instanceof TableReadError) return { ok: false, problems: [{ line: error.line, issues: [error.issue] }] };
    throw error;
  }
  return importGuestListTable(db, table, eventName ?? path.parse(file).name, options);
}

/** Validates every row, then writes them all or nothing. */
export function importGuestListTable(
  db: Db,
  table: Table,
  eventName: string,
  options: ImportOptions = {},
): ImportResult {
  const validated = validateGuestList(table);
  if (!validated.ok) return validated;
  const { rows } = validated;
  return db.transaction((): ImportResult => {
    const active = getActiveEvent(db);
    // The demo a kiosk starts on is practice: a real list never joins its fictional guests.
    const own = active && !isDemoEvent(db, active.id) ? active : null;
    const named = options.eventByName ? findEventByName(db, eventName) : own;
    const event = named ?? createEvent(db, { name: eventName, startsOn: null, venue: null });
    if (event.id !== active?.id) setActiveEvent(db, event.id);
    return {
      ok: true,
      eventName: event.name,
      timeZone: event.timeZone,
      columns: describeColumns(table.header),
      previousEventName: own && own.id !== event.id ? own.name : null,
      ...applyGuestList(db, event.id, rows, { removeMissing: options.removeMissing }),
    };
  })();
}
