// Importing a guest list from staff mode: the uploaded file (staff/uploads.ts) is previewed and applied
// with the CLI's own validation. Loaded on the first preview, with the table readers it needs.
import type { ImportProblem } from '../../shared/import-problems';
import type { ImportOutcome, ImportPreview } from '../../shared/staff';
import { mapColumns, validateGuestList } from '../import/guest-list';
import { importGuestListTable } from '../import/import-guest-list';
import { readTableBytes, type Table, TableReadError } from '../import/read-table';
import type { Db } from '../store/database';
import { getActiveEvent } from '../store/events';
import { guestsNotInFile } from '../import/apply-import';

const PREVIEW_ROWS = 5;
const PREVIEW_PROBLEMS = 50;

async function readUpload(bytes: Buffer, fileName: string): Promise<Table | { problem: ImportProblem }> {
  try {
    return await readTableBytes(bytes, fileName);
  } catch (error) {
    if (error instanceof TableReadError) return { problem: { line: error.line, issues: [error.issue] } };
    throw error;
  }
}

export async function previewImport(db: Db, bytes: Buffer, fileName: string): Promise<ImportPreview> {
  const table = await readUpload(bytes, fileName);
  if ('problem' in table)
    return {
      header: [],
      mapping: {},
      firstRows: [],
      rowCount: 0,
      problems: [table.problem],
      notInFile: [],
    };
  const mapped = mapColumns(table.header);
  const mapping: ImportPreview['mapping'] = {};
  if ('columns' in mapped)
    for (const [field, index] of Object.entries(mapped.columns))
      mapping[field as keyof ImportPreview['mapping']] = table.header[index]!;
  const validated = validateGuestList(table);
  const event = getActiveEvent(db);
  return {
    header: table.header,
    mapping,
    firstRows: table.rows.slice(0, PREVIEW_ROWS).map((row) => row.cells),
    rowCount: table.rows.length,
    problems: validated.ok ? [] : validated.problems.slice(0, PREVIEW_PROBLEMS),
    notInFile: validated.ok && event ? guestsNotInFile(db, event.id, validated.rows) : [],
  };
}

export async function applyImport(
  db: Db,
  bytes: Buffer,
  fileName: string,
  options: { removeMissing: boolean },
): Promise<ImportOutcome> {
  const table = await readUpload(bytes, fileName);
  if ('problem' in table) return { ok: false, problems: [table.problem] };
  return importGuestListTable(db, table, fileName.replace(/\.[^.]+$/, ''), options);
}
