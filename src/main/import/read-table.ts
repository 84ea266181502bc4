// Reading a guest list file into rows of text cells, as Excel and other tools write them:
// CSV in UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text") or Windows-1252 (Swedish Excel's
// "CSV (semikolonavgränsad)"), delimited by comma, semicolon or tab; or an XLSX workbook.
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import iconv from 'iconv-lite';
import type { Cell } from 'exceljs';
import type { ImportIssue } from '../../shared/import-problems';
import { pathProblem } from '../file-problems';
import { issueText } from './problem-text';

export interface TableRow {
  /** Line (CSV) or row (XLSX) number where the record starts, counting from 1, as a spreadsheet shows it. */
  line: number;
  cells: string[];
}

export interface Table {
  header: string[];
  rows: TableRow[];
}

/** A problem that makes the whole file unreadable, with the line where it was found when known (else 0). */
export class TableReadError extends Error {
  constructor(
    readonly issue: ImportIssue,
    readonly line = 0,
  ) {
    super(line > 0 ? `line ${line}: ${issueText(issue)}` : issueText(issue));
  }
}

export async function readTableFile(file: string): Promise<Table> {
  const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new TableReadError({ code: 'file-unreadable', reason: pathProblem(file, error, 'read') });
  });
  return readTableBytes(bytes, file);
}

/** A table from a file's bytes, e.g. uploaded from staff mode; the name only hints at the format. */
export async function readTableBytes(bytes: Buffer, fileName: string): Promise<Table> {
  const other = otherKindOfFile(bytes);
  if (other) throw new TableReadError({ code: other });
  if (path.extname(fileName).toLowerCase() === '.xlsx' || isZip(bytes)) return readXlsx(bytes);
  return parseCsv(decodeText(bytes));
}

const isZip = (bytes: Buffer) => bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;

type OtherKindOfFile = Extract<ImportIssue, { code: 'file-is-pdf' | 'file-is-xls' | 'file-is-ods' | 'file-is-image' }>;

const startsWith = (bytes: Buffer, signature: number[], at = 0) =>
  signature.every((byte, index) => bytes[at + index] === byte);

/**
 * Files people choose by mistake, told by their first bytes, so they hear what to do instead of a parse
 * error quoting binary text: a PDF, Excel 97–2003 (an OLE2 file), an OpenDocument spreadsheet (a ZIP whose
 * first entry, stored uncompressed, names its type) and the usual pictures.
 */
function otherKindOfFile(bytes: Buffer): OtherKindOfFile['code'] | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'file-is-pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'file-is-xls';
  if (isZip(bytes) && bytes.subarray(30, 100).toString('latin1').includes('opendocument.spreadsheet'))
    return 'file-is-ods';
  const picture = [
    [0x89, 0x50, 0x4e, 0x47],
    [0xff, 0xd8, 0xff],
    [0x47, 0x49, 0x46, 0x38],
  ];
  if (picture.some((signature) => startsWith(bytes, signature))) return 'file-is-image';
  return null;
}

/** Text from bytes: a BOM decides; otherwise valid UTF-8 is UTF-8 and anything else is Windows-1252. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), 'utf-16be');
  // isUtf8 checks without decoding; a fatal TextDecoder converted through ICU, several times slower.
  return isUtf8(bytes) ? bytes.toString('utf8') : iconv.decode(bytes, 'windows-1252');
}

export interface LineFormat {
  /** The delimiter used most often, outside quotes, on the header line (a comma when there is none). */
  delimiter: string;
  /** The line break that ends the header line; undefined for a file of one line. */
  newline: '\r\n' | '\r' | '\n' | undefined;
}

/**
 * The header line decides how the file is split, as csv-parse decided: a file whose first line is longer
 * than papaparse's 1 MiB sample would otherwise have its line breaks guessed wrong.
 */
export function headerLineFormat(text: string): LineFormat {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  let newline: LineFormat['newline'];
  for (let i = 0; i < text.length && !newline; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') newline = '\n';
    else if (!quoted && char === '\r') newline = text[i + 1] === '\n' ? '\r\n' : '\r';
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return { delimiter: count > 0 ? best : ',', newline };
}

/** papaparse's quoting errors, as issues worded for someone who opened the file in Excel (problem-text.ts). */
const QUOTE_ISSUES: Record<string, ImportIssue> = {
  MissingQuotes: { code: 'csv-unclosed-quote' },
  InvalidQuotes: { code: 'csv-text-after-quote' },
};

export function parseCsv(text: string): Table {
  // papaparse rather than csv-parse: a fifth of the time on a 100,000-row list (docs/performance.md).
  // Blank lines come through as empty records rather than being skipped, so that line numbers can be
  // counted from the cells. A quote inside an unquoted value is kept as typed, as Excel reads it.
  const { delimiter, newline } = headerLineFormat(text);
  const { data: records, errors } = Papa.parse<string[]>(text, { delimiter, newline, quoteChar: '"' });
  const error = errors[0];
  if (error) {
    throw new TableReadError(
      QUOTE_ISSUES[error.code] ?? { code: 'csv-unreadable', reason: error.message },
      error.row === undefined ? 0 : lineOfRecord(records, error.row),
    );
  }
  // A record starts on the line after the previous one ended, and spans the line breaks inside its quoted
  // fields.
  let line = 1;
  let header: string[] | undefined;
  const rows: TableRow[] = [];
  for (const cells of records) {
    const start = line;
    // `a, "b, c"` (a space after the delimiter, as typed by hand) would split the quoted value in two.
    if (cells.some(quoteAfterSpace)) throw new TableReadError({ code: 'csv-space-before-quote' }, start);
    line = start + 1 + lineBreaksIn(cells);
    if (cells.length === 1 && cells[0] === '') continue;
    if (header === undefined) header = cells;
    else rows.push({ line: start, cells });
  }
  if (!header) throw new TableReadError({ code: 'file-empty' });
  return { header, rows };
}

const quoteAfterSpace = (cell: string) => (cell.startsWith(' ') || cell.startsWith('\t')) && /^\s+"/.test(cell);

/** The line where record `index` starts. */
function lineOfRecord(records: string[][], index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < records.length; i++) line += 1 + lineBreaksIn(records[i]!);
  return line;
}

function lineBreaksIn(cells: string[]): number {
  let count = 0;
  for (const cell of cells) {
    // Most cells hold no line break: looked for before counting them.
    if (cell.includes('\n') || cell.includes('\r')) count += cell.match(/\r\n|\r|\n/g)!.length;
  }
  return count;
}

async function readXlsx(bytes: Buffer): Promise<Table> {
  // Loaded only for workbooks: it is large, and most lists arrive as CSV.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new TableReadError({ code: 'xlsx-unreadable', reason: (error as Error).message });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TableReadError({ code: 'xlsx-no-sheet' });
  const lines: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    lines.push({ line: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  const [headerRow, ...rows] = lines;
  if (!headerRow) throw new TableReadError({ code: 'xlsx-sheet-empty' });
  return { header: headerRow.cells, rows };
}

/**
 * The cell as text. Excel turns "3-4" typed into a department into a date, and exceljs would give such
 * a cell as JavaScript's long date string ("Tue Mar 04 2026 00:00:00 GMT+0000 ..."): a date reads as
 * 2026-03-04, with the time when it has one. Workbook dates carry no zone; exceljs places them in UTC.
 */
function cellText(cell: Cell): string {
  const value: unknown = cell.formula ? cell.result : cell.value;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return cell.text ?? '';
  const [date, time] = value.toISOString().split('T') as [string, string];
  return time.startsWith('00:00:00') ? date : `${date} ${time.slice(0, 5)}`;
}
