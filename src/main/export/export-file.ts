// One export, whatever asked for it (the CLI or staff mode): the rows, the format and a file name,
// and a note on the event that its attendance was saved, for the purge's warning.
import type { EventInfo } from '../../shared/domain';
import { isoInZone } from '../../shared/event-time';
import { safeFileName } from '../../shared/safe-file-name';
import type { ExportFormat, ExportScope } from '../../shared/staff';
import type { Db } from '../store/database';
import { recordExport } from '../staff/personal-data';
import { stationLabel, stationNames } from '../store/station-names';
import { type AttendanceRow, attendanceReport } from './attendance-report';
import { attendanceCsv, swedishExcelCsv } from './csv';
import { attendanceJson } from './json';
import { attendanceXlsx } from './xlsx';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  /** Guests in the file, for the CLI's "Wrote …" line. */
  rows: number;
}

const MIME_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
};

/**
 * A check-in's wall time is written in the zone of the station that took it; a file shows every time
 * in the event's zone, so rows from stations in different zones (or a misset clock zone) agree. The
 * station is shown by its name (its short id while it has none), not its UUID.
 */
function asPeopleReadIt(rows: AttendanceRow[], timeZone: string, names: Map<string, string>): AttendanceRow[] {
  return rows.map((row) =>
    row.checkIn
      ? {
          ...row,
          checkIn: {
            ...row.checkIn,
            wallTime: isoInZone(row.checkIn.wallTime, timeZone),
            stationId: stationLabel(names, row.checkIn.stationId),
          },
        }
      : row,
  );
}

export async function exportAttendance(
  db: Db,
  event: EventInfo,
  format: ExportFormat,
  scope: ExportScope = 'attendance',
  now = new Date(),
  /** CSV for Swedish Excel: semicolons, Swedish headers and values (`entre export --excel-sv`). */
  { excelSv = false } = {},
): Promise<ExportedFile> {
  const all = asPeopleReadIt(attendanceReport(db, event.id), event.timeZone, stationNames(db));
  const rows = scope === 'missing' ? all.filter((row) => !row.checkedIn && !row.walkIn) : all;
  const bytes =
    format === 'csv'
      ? Buffer.from(excelSv ? swedishExcelCsv(rows) : attendanceCsv(rows))
      : format === 'xlsx'
        ? await attendanceXlsx(rows, scope === 'missing' ? 'Missing' : 'Attendance')
        : Buffer.from(attendanceJson(event, rows, now));
  if (scope === 'attendance') recordExport(db, event.id, now);
  // 50 characters of the event's name leave room for the scope and date within a safe name's length.
  const slug =
    event.name
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'event';
  return {
    fileName: safeFileName(`${slug}-${scope}-${now.toISOString().slice(0, 10)}.${format}`),
    mimeType: MIME_TYPES[format],
    bytes,
    rows: rows.length,
  };
}
