// One export, whatever asked for it (the CLI or staff mode): the rows, the format and a file name,
// and a note on the event that its attendance was saved, for the purge's warning.
import type { EventInfo } from '../../shared/domain';
import { isoInZone, localDateTime } from '../../shared/event-time';
import { safeFileName } from '../../shared/safe-file-name';
import { exportFileKind, type ExportFormat, type ExportScope, isSwedishExport } from '../../shared/staff';
import type { Db } from '../store/database';
import { recordExport } from '../staff/personal-data';
import { stationLabel, stationNames } from '../store/station-names';
import { attendanceRows, type AttendanceRow } from './attendance-report';
import { attendanceCsvPieces } from './csv';
import { attendanceJsonPieces } from './json';
import { attendanceXlsxPieces } from './xlsx';

const MIME_TYPES: Record<ReturnType<typeof exportFileKind>, string> = {
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

/** An export as it is written: its name and type, its content in pieces, and its guests once all is read. */
export interface ExportStream {
  fileName: string;
  mimeType: string;
  /** The file's content, read from the store as the pieces are asked for (each written before the next). */
  pieces: AsyncIterable<Buffer>;
  /** Guests written so far: all of them once the last piece was read. */
  rows(): number;
}

/**
 * An export in any format as pieces read from the store as they are asked for (`entre export` and staff
 * downloads write each before reading the next), so a list of 100,000 guests is never held whole; the
 * export is noted on the event once the last row was read.
 */
export function attendanceExport(
  db: Db,
  event: EventInfo,
  format: ExportFormat,
  scope: ExportScope = 'attendance',
  now = new Date(),
): ExportStream {
  const [kind, swedish] = [exportFileKind(format), isSwedishExport(format)];
  let rows = 0;
  function* counted(): Generator<AttendanceRow> {
    for (const row of readableRows(db, event, scope)) {
      rows++;
      yield row;
    }
    if (scope === 'attendance') recordExport(db, event.id, now);
  }
  const pieces: Iterable<string> | AsyncIterable<Buffer> =
    kind === 'csv'
      ? attendanceCsvPieces(counted(), { excelSv: swedish })
      : kind === 'xlsx'
        ? attendanceXlsxPieces(counted(), sheetName(scope, swedish), { swedish })
        : attendanceJsonPieces(event, counted(), now);
  return {
    fileName: exportFileName(event, scope, format, now),
    mimeType: MIME_TYPES[kind],
    pieces: asBytes(pieces),
    rows: () => rows,
  };
}

const sheetName = (scope: ExportScope, swedish: boolean): string =>
  scope === 'missing' ? (swedish ? 'Saknade' : 'Missing') : swedish ? 'Närvaro' : 'Attendance';

/** Every format's pieces as bytes, for a file, standard output or an HTTP response alike. */
async function* asBytes(pieces: Iterable<string> | AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  for await (const piece of pieces) yield typeof piece === 'string' ? Buffer.from(piece) : piece;
}

/**
 * "Ledarforum-narvaro-2026-03-12.csv" for Swedish Excel, "Ledarforum-attendance-2026-03-12.csv" for other
 * programs: the two kinds of one export never share a name in the downloads folder.
 */
export function exportFileName(event: EventInfo, scope: ExportScope, format: ExportFormat, now: Date): string {
  // 50 characters of the event's name leave room for the scope and date within a safe name's length.
  const slug =
    event.name
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'event';
  const what = isSwedishExport(format) ? { attendance: 'narvaro', missing: 'saknade' }[scope] : scope;
  // The day in the event's zone: an export at 00:30 in Stockholm is named for that day, not UTC's yesterday.
  const day = localDateTime(now, event.timeZone).slice(0, 10);
  return safeFileName(`${slug}-${what}-${day}.${exportFileKind(format)}`);
}
