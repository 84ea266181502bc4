// Importing a guest list from staff mode: the file arrives in chunks (each call stays small, and the
// screen can show real progress), then is previewed and applied with the CLI's own validation.
import type { ImportOutcome, ImportPreview } from '../../shared/staff';
import { mapColumns, validateGuestList } from '../import/guest-list';
import { importGuestListTable } from '../import/import-guest-list';
import { readTableBytes, type Table, TableReadError } from '../import/read-table';
import type { Db } from '../store/database';
import { getActiveEvent } from '../store/events';
import { guestsNotInFile } from '../import/apply-import';

/** The largest guest list accepted from the screen; a list of thousands is well under 1 MB. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const PREVIEW_ROWS = 5;
const PREVIEW_PROBLEMS = 50;

export class UploadError extends Error {}

export class Uploads {
  private readonly chunks = new Map<string, Buffer[]>();

  /** Adds the next chunk; chunks arrive in order, the first one (index 0) starts the upload afresh. */
  add(uploadId: string, index: number, base64: string): number {
    const parts = index === 0 ? [] : this.chunks.get(uploadId);
    if (!parts || parts.length !== index) throw new UploadError('The upload was interrupted: choose the file again.');
    parts.push(Buffer.from(base64, 'base64'));
    const size = parts.reduce((sum, part) => sum + part.length, 0);
    if (size > MAX_UPLOAD_BYTES) {
      this.chunks.delete(uploadId);
      throw new UploadError(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; is it really a guest list?`);
    }
    this.chunks.set(uploadId, parts);
    return size;
  }

  bytes(uploadId: string): Buffer {
    const parts = this.chunks.get(uploadId);
    if (!parts) throw new UploadError('The upload was not found: choose the file again.');
    return Buffer.concat(parts);
  }

  discard(uploadId: string): void {
    this.chunks.delete(uploadId);
  }
}

async function readUpload(bytes: Buffer, fileName: string): Promise<Table | { problem: string }> {
  try {
    return await readTableBytes(bytes, fileName);
  } catch (error) {
    if (error instanceof TableReadError) return { problem: error.message };
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
      problems: [{ line: 0, message: table.problem }],
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
  if ('problem' in table) return { ok: false, problems: [{ line: 0, message: table.problem }] };
  return importGuestListTable(db, table, fileName.replace(/\.[^.]+$/, ''), options);
}
