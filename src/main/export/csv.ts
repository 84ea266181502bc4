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

export function attendanceCsv(rows: AttendanceRow[]): string {
  const records = rows.map((row) => [
    row.name,
    row.title,
    row.department,
    row.email,
    row.checkedIn ? 'yes' : 'no',
    row.checkIn?.wallTime ?? '',
    row.checkIn?.stationId ?? '',
    row.checkIn?.method ?? '',
    row.walkIn ? 'yes' : 'no',
  ]);
  return (
    '\ufeff' +
    stringify([CSV_HEADER, ...records.map((record) => record.map(neutralizeFormula))], { record_delimiter: 'windows' })
  );
}
