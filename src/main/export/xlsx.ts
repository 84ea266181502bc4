// Attendance as an Excel workbook: a bold header row kept in view (frozen pane), check-in times as real
// date cells showing the wall-clock time in the event's zone (export-file.ts), and text cells that are never formulas.
import ExcelJS from 'exceljs';
import type { AttendanceRow } from './attendance-report';
import { CSV_HEADER } from './csv';

/**
 * Excel dates carry no time zone: the cell shows the wall-clock time of the ISO string, so the local
 * date and time of the ISO string (its offset dropped) become the cell's value.
 */
export function wallClockDate(isoWithOffset: string): Date {
  const local = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?/.exec(isoWithOffset);
  if (!local) throw new Error(`Not an ISO 8601 time: ${isoWithOffset}`);
  const [, y, mo, d, h, mi, s, ms] = local.map(Number) as number[];
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, ms || 0));
}

export async function attendanceXlsx(rows: AttendanceRow[], sheetName = 'Attendance'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Entré';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = CSV_HEADER.map((header) => ({
    header,
    key: header,
    width: header === 'checked_in_at' ? 20 : header === 'station' ? 38 : 24,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn('checked_in_at').numFmt = 'yyyy-mm-dd hh:mm:ss';
  for (const row of rows) {
    // Values are plain strings (exceljs writes them as shared strings, never as formulas).
    sheet.addRow({
      name: row.name,
      title: row.title,
      department: row.department,
      email: row.email,
      checked_in: row.checkedIn ? 'yes' : 'no',
      checked_in_at: row.checkIn ? wallClockDate(row.checkIn.wallTime) : null,
      station: row.checkIn?.stationId ?? '',
      method: row.checkIn?.method ?? '',
      walk_in: row.walkIn ? 'yes' : 'no',
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CSV_HEADER.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
