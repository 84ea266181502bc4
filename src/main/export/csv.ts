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

/** CSV as Excel opens it cleanly: BOM, CRLF, and no cell a spreadsheet would run as a formula. */
export function excelCsv(header: string[], records: string[][], delimiter = ','): string {
  return (
    '\ufeff' +
    stringify(
      [header, ...records].map((record) => record.map(neutralizeFormula)),
      { record_delimiter: 'windows', delimiter },
    )
  );
}

export function attendanceCsv(rows: AttendanceRow[]): string {
  return excelCsv(CSV_HEADER, rows.map(attendanceCells));
}

/** The same columns, headed and filled in Swedish. */
const SWEDISH_HEADER = [
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
/** Columns whose values are words (yes/no, the method), translated; names and times stay as they are. */
const WORD_COLUMNS = new Set([4, 7, 8]);

/**
 * CSV as Swedish Excel opens it with a double-click: semicolons (Excel takes the list separator from
 * the system's region, which is ";" where the decimal comma is ","), Swedish headers and values.
 */
export function swedishExcelCsv(rows: AttendanceRow[]): string {
  const records = rows.map((row) =>
    attendanceCells(row).map((cell, column) => (WORD_COLUMNS.has(column) ? (SWEDISH_VALUES[cell] ?? cell) : cell)),
  );
  return excelCsv(SWEDISH_HEADER, records, ';');
}
