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
export function excelCsv(header: string[], records: string[][]): string {
  return (
    '\ufeff' +
    stringify(
      [header, ...records].map((record) => record.map(neutralizeFormula)),
      { record_delimiter: 'windows' },
    )
  );
}

export function attendanceCsv(rows: AttendanceRow[]): string {
  return excelCsv(CSV_HEADER, rows.map(attendanceCells));
}
