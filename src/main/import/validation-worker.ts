// The worker thread of a pipelined import (pipelined-import.ts): reads the file, parses it and checks
// every row, sending the good rows on in pieces while the main thread writes them, then every problem.
import fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { parse } from 'csv-parse';
import { pathProblem } from '../file-problems';
import { guestListColumns } from '../store/guest-list-columns';
import { guestRowChecker, type GuestRow, type RowProblem } from './guest-list';
import {
  csvOptions,
  csvReadError,
  decodeText,
  isXlsx,
  readTableBytes,
  recordNumbering,
  TableReadError,
  type TableRow,
} from './read-table';

export type ValidationMessage =
  | { kind: 'columns'; header: string[]; expectedRows: number }
  | { kind: 'rows'; rows: GuestRow[] }
  | { kind: 'done'; problems: RowProblem[] };

/** Rows per message: large enough that cloning them costs little, small enough to start writing soon. */
const ROWS_PER_MESSAGE = 4000;
/** Text handed to the CSV parser at a time, so that the first rows are checked while the rest is parsed. */
const CSV_SLICE = 256 * 1024;

const send = (message: ValidationMessage) => parentPort!.postMessage(message);

async function validateFile(file: string): Promise<RowProblem[]> {
  const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new TableReadError(pathProblem(file, error, 'read'));
  });
  let rows: AsyncIterable<TableRow> | Iterable<TableRow>;
  let expectedRows: number;
  if (isXlsx(bytes, file)) {
    const table = await readTableBytes(bytes, file);
    rows = [{ line: 1, cells: table.header }, ...table.rows];
    expectedRows = table.rows.length;
  } else {
    const text = decodeText(bytes);
    rows = csvRows(text);
    expectedRows = lineCount(text);
  }
  let check: ((row: TableRow) => GuestRow | RowProblem | null) | undefined;
  const problems: RowProblem[] = [];
  let piece: GuestRow[] = [];
  for await (const row of rows) {
    if (!check) {
      const checker = guestRowChecker(row.cells);
      if ('problem' in checker) return [checker.problem];
      check = checker.check;
      send({ kind: 'columns', header: row.cells, expectedRows });
      continue;
    }
    const checked = check(row);
    if (checked === null) continue;
    if ('message' in checked) problems.push(checked);
    else if (problems.length === 0) {
      // Once a row is bad nothing will be written: the rest is only checked. The folding for the
      // guest list is done here too, off the thread that writes.
      checked.listColumns = guestListColumns(checked);
      piece.push(checked);
      if (piece.length === ROWS_PER_MESSAGE) {
        send({ kind: 'rows', rows: piece });
        piece = [];
      }
    }
  }
  // A workbook without rows was refused by readTableBytes.
  if (!check) throw new TableReadError('the file is empty');
  if (problems.length === 0 && piece.length > 0) send({ kind: 'rows', rows: piece });
  return problems;
}

async function* csvRows(text: string): AsyncIterable<TableRow> {
  const numbered = recordNumbering();
  const slices = function* () {
    for (let start = 0; start < text.length; start += CSV_SLICE) yield text.slice(start, start + CSV_SLICE);
  };
  try {
    for await (const cells of Readable.from(slices()).pipe(parse(csvOptions(text)))) {
      const row = numbered(cells as string[]);
      if (row) yield row;
    }
  } catch (error) {
    throw csvReadError(error);
  }
}

function lineCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

validateFile((workerData as { file: string }).file).then(
  (problems) => send({ kind: 'done', problems }),
  (error: unknown) => {
    if (!(error instanceof TableReadError)) throw error;
    send({ kind: 'done', problems: [{ line: 0, message: error.message }] });
  },
);
