// The hub's merged attendance as CSV, apart from the report itself: the forum history and marks read
// the report at every station, and they need not load the CSV writer for it.
import type { EventRecord, HubAttendance, SyncRecord } from '../../shared/sync-protocol';
import { isoInZone, isTimeZone } from '../../shared/event-time';
import { attendanceCells, CSV_HEADER, excelCsv, SWEDISH_HEADER, swedishCells, swedishExcelTime } from '../export/csv';
import { stationLabel } from '../store/station-names';

/** The zone set for the event at a station (`entre event --time-zone`, staff settings), if this hub knows it. */
export function eventTimeZone(records: SyncRecord[]): string | null {
  const event = records.find((record): record is EventRecord => record.type === 'event');
  return event?.timeZone && isTimeZone(event.timeZone) ? event.timeZone : null;
}

/**
 * The merged attendance as CSV, each station shown by its name (else its short id), every time in one
 * zone: a station exporting it gives its event's; the hub and `entre hub-export` give the zone a station set
 * for the event (eventTimeZone), else UTC (the hub's CSV) or the zone of the computer (hub-export). Never each
 * door's offset, which mixed offsets in one column wherever two doors' clocks were set to different zones.
 */
export function hubAttendanceCsv(
  report: HubAttendance,
  stationNames: Record<string, string> = {},
  timeZone = 'UTC',
  /** For Swedish Excel (`entre export --hub --excel-sv`): semicolons, Swedish headers, values and times. */
  { excelSv = false } = {},
): string {
  const station = (id: string) => stationLabel(new Map(Object.entries(stationNames)), id);
  const time = (wallTime: string) =>
    excelSv ? swedishExcelTime(isoInZone(wallTime, timeZone)) : isoInZone(wallTime, timeZone);
  const cells = excelSv ? swedishCells : (record: string[]) => record;
  return excelCsv(
    excelSv ? [...SWEDISH_HEADER, 'dubbelregistrering'] : [...CSV_HEADER, 'double_entry'],
    report.rows.map((row) => [
      ...cells(
        attendanceCells({
          ...row,
          checkIn: row.checkIn && {
            ...row.checkIn,
            stationId: station(row.checkIn.stationId),
            wallTime: isoInZone(row.checkIn.wallTime, timeZone),
          },
        }),
      ),
      row.doubleEntries.map((entry) => `${station(entry.stationId)} ${time(entry.wallTime)}`).join('; '),
    ]),
    excelSv ? ';' : ',',
  );
}
