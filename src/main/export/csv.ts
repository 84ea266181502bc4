// Attendance as CSV for Excel: UTF-8 with BOM so Excel reads å, ä and ö, and every cell that a
// spreadsheet would take for a formula neutralised (OWASP "CSV injection").
import { stringify } from 'csv-stringify/sync';
import type { AttendanceRow } from './attendance-report';

export const CSV_HEADER = [
  'name',
  'title',
  'department',
  'email',
  'checked_in',
  'checked_in_at',
  'station',
  'method',
  'walk_in',
];

const FORMULA_START = /^[=+\-@\t\r\n]/;

/** A leading apostrophe makes Excel and LibreOffice show the text instead of evaluating it. */
export const neutralizeFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** What a CSV row needs of a guest's attendance, whether from a station's log or the hub's merge. */
export interface AttendanceCsvRow extends Pick<
  AttendanceRow,
  'name' | 'title' | 'department' | 'email' | 'checkedIn' | 'walkIn'
> {
  checkIn: { wallTime: string; stationId: string; method: string } | null;
}

/** One guest's cells under CSV_HEADER. */
export function attendanceCells(row: AttendanceCsvRow): string[] {
  return [
    row.name,
    row.title,
    row.department,
    row.email,
    row.checkedIn ? 'yes' : 'no',
    row.checkIn?.wallTime ?? '',
    row.checkIn?.stationId ?? '',
    row.checkIn?.method ?? '',
    row.walkIn ? 'yes' : 'no',
  ];
}

/** Records per piece of CSV text: a piece is written before the next is read. */
const RECORDS_PER_PIECE = 1000;

/**
 * CSV as Excel opens it cleanly: BOM, CRLF, and no cell a spreadsheet would run as a formula; in pieces
 * of text as the records are read, so a long list is written without being held whole.
 */
export function* excelCsvPieces(header: string[], records: Iterable<string[]>, delimiter = ','): Generator<string> {
  const piece = (rows: string[][]) =>
    stringify(
      rows.map((record) => record.map(neutralizeFormula)),
      { record_delimiter: 'windows', delimiter },
    );
  yield '\ufeff' + piece([header]);
  let rows: string[][] = [];
  for (const record of records) {
    rows.push(record);
    if (rows.length === RECORDS_PER_PIECE) {
      yield piece(rows);
      rows = [];
    }
  }
  if (rows.length > 0) yield piece(rows);
}

/** The whole CSV as one text (the hub's merged report, a staff download). */
export const excelCsv = (header: string[], records: Iterable<string[]>, delimiter = ','): string =>
  [...excelCsvPieces(header, records, delimiter)].join('');

function* mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

/**
 * The attendance CSV in pieces as the rows are read. With `excelSv`, CSV as Swedish Excel opens it with a
 * double-click: semicolons (Excel takes the list separator from the system's region, which is ";" where
 * the decimal comma is ","), Swedish headers and values.
 */
export const attendanceCsvPieces = (rows: Iterable<AttendanceRow>, { excelSv = false } = {}): Generator<string> =>
  excelSv
    ? excelCsvPieces(
        SWEDISH_HEADER,
        mapped(rows, (row) => swedishCells(attendanceCells(row))),
        ';',
      )
    : excelCsvPieces(CSV_HEADER, mapped(rows, attendanceCells));

/** The same columns, headed and filled in Swedish (CSV_HEADER's order). */
export const SWEDISH_HEADER = [
  'namn',
  'titel',
  'förvaltning',
  'e-post',
  'incheckad',
  'incheckad_tid',
  'station',
  'sätt',
  'spontanbesök',
];
const SWEDISH_VALUES: Record<string, string> = {
  yes: 'ja',
  no: 'nej',
  wedge: 'streckkodsläsare',
  camera: 'kamera',
  search: 'namnsökning',
  staff: 'personal',
  'walk-in': 'spontanbesök',
};
/** Columns whose values are words (yes/no, the method), translated; names stay as they are. */
const WORD_COLUMNS = new Set([4, 7, 8]);
const TIME_COLUMN = CSV_HEADER.indexOf('checked_in_at');

/** A yes/no or a check-in method in Swedish. */
export const swedishValue = (value: string): string => SWEDISH_VALUES[value] ?? value;

/**
 * An ISO time with offset as Swedish Excel reads a date and time ("2026-12-01 16:54:03"): its wall
 * clock in the zone it was written in (the event's), the offset dropped, as Excel keeps no zone.
 */
export const swedishExcelTime = (iso: string): string => iso && `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;

/** attendanceCells' cells for Swedish Excel: words in Swedish, the time as Excel reads a time. */
export const swedishCells = (cells: string[]): string[] =>
  cells.map((cell, column) =>
    column === TIME_COLUMN ? swedishExcelTime(cell) : WORD_COLUMNS.has(column) ? swedishValue(cell) : cell,
  );
