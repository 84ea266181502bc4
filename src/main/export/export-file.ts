// One export, whatever asked for it (the CLI or staff mode): the rows, the format and a file name,
// and a note on the event that its attendance was saved, for the purge's warning.
import type { EventInfo } from '../../shared/domain';
import { isoInZone } from '../../shared/event-time';
import { safeFileName } from '../../shared/safe-file-name';
import type { ExportFormat, ExportScope } from '../../shared/staff';
import type { Db } from '../store/database';
import { recordExport } from '../staff/personal-data';
import { stationLabel, stationNames } from '../store/station-names';
import { attendanceRows, type AttendanceRow } from './attendance-report';
import { attendanceCsvPieces as csvPiecesOf } from './csv';
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
function* readableRows(db: Db, event: EventInfo, scope: ExportScope): Generator<AttendanceRow> {
  const names = stationNames(db);
  for (const row of attendanceRows(db, event.id, scope)) {
    yield row.checkIn
      ? {
          ...row,
          checkIn: {
            ...row.checkIn,
            wallTime: isoInZone(row.checkIn.wallTime, event.timeZone),
            stationId: stationLabel(names, row.checkIn.stationId),
          },
        }
      : row;
  }
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
  const rows = format === 'csv' ? [] : [...readableRows(db, event, scope)];
  const csv = format === 'csv' ? attendanceCsvPieces(db, event, scope, now, { excelSv }) : null;
  const bytes = csv
    ? Buffer.from([...csv.pieces].join(''))
    : format === 'xlsx'
      ? await attendanceXlsx(rows, scope === 'missing' ? 'Missing' : 'Attendance')
      : Buffer.from(attendanceJson(event, rows, now));
  if (!csv && scope === 'attendance') recordExport(db, event.id, now);
  return {
    fileName: exportFileName(event, scope, format, now),
    mimeType: MIME_TYPES[format],
    bytes,
    rows: csv ? csv.rows() : rows.length,
  };
}

/**
 * The CSV export as pieces of text read from the store as they are asked for (`entre export` writes
 * each before reading the next); the export is noted on the event once the last piece was read.
 */
export function attendanceCsvPieces(
  db: Db,
  event: EventInfo,
  scope: ExportScope,
  now = new Date(),
  { excelSv = false } = {},
): { pieces: Iterable<string>; rows(): number } {
  let rows = 0;
  function* counted(): Generator<AttendanceRow> {
    for (const row of readableRows(db, event, scope)) {
      rows++;
      yield row;
    }
    if (scope === 'attendance') recordExport(db, event.id, now);
  }
  return { pieces: csvPiecesOf(counted(), { excelSv }), rows: () => rows };
}

export function exportFileName(event: EventInfo, scope: ExportScope, format: ExportFormat, now: Date): string {
  // 50 characters of the event's name leave room for the scope and date within a safe name's length.
  const slug =
    event.name
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'event';
  return safeFileName(`${slug}-${scope}-${now.toISOString().slice(0, 10)}.${format}`);
}
