// One row per guest with the attendance derived from the log: what organizers take away afterwards.
import type { CheckInMethod } from '../../shared/domain';
import type { ExportScope } from '../../shared/staff';
import type { AttendanceEvent } from '../store/attendance';
import { type Db, prepared } from '../store/database';
import { fullName } from '../store/guests';

export interface AttendanceRow {
  name: string;
  title: string;
  department: string;
  email: string;
  /** Came without an invitation and was registered at the door. */
  walkIn: boolean;
  checkedIn: boolean;
  /** The check-in that counts: ISO 8601 with offset, station and method. */
  checkIn: Pick<AttendanceEvent, 'wallTime' | 'stationId' | 'method'> | null;
}

interface ReportRow {
  id: string;
  sort_key: string;
  first_name: string;
  last_name: string;
  title: string;
  department: string;
  email: string;
  source: string;
  wall_time: string | null;
  method: CheckInMethod | null;
  station_id: string | null;
}

/** Guests read per query: the connection is free between pages. */
const PAGE_SIZE = 1000;

/**
 * The guests on the list in list order, each with the check-in that counts (guest_arrivals, migration
 * 012, which the log's own rule keeps), read a page at a time after the last row's place in the list,
 * so that an export of 100,000 guests is written as it is read, and the station's one connection stays
 * free for the doors between pages while a staff download is being sent. `missing`: the expected
 * guests who have not arrived (walk-ins all have).
 */
export function* attendanceRows(db: Db, eventId: string, scope: ExportScope = 'attendance'): Generator<AttendanceRow> {
  const page = prepared(
    db,
    `SELECT g.id, g.sort_key, g.first_name, g.last_name, g.title, g.department, g.email, g.source,
            a.wall_time, a.method, e.station_id
     FROM guests g
       LEFT JOIN guest_arrivals a ON a.guest_id = g.id
       LEFT JOIN attendance_events e ON e.hlc = a.hlc
     WHERE g.event_id = ? AND (g.sort_key, g.id) > (?, ?)
       AND g.removed_at IS NULL AND g.id NOT IN (SELECT alias_id FROM guest_aliases)
       ${scope === 'missing' ? "AND a.guest_id IS NULL AND g.source <> 'walk-in'" : ''}
     ORDER BY g.sort_key, g.id
     LIMIT ${PAGE_SIZE}`,
  );
  // Every id sorts after '': the first page starts at the top of the list.
  let after = { sortKey: '', id: '' };
  for (;;) {
    const rows = page.all(eventId, after.sortKey, after.id) as ReportRow[];
    for (const row of rows)
      yield {
        name: fullName({ firstName: row.first_name, lastName: row.last_name }),
        title: row.title,
        department: row.department,
        email: row.email,
        walkIn: row.source === 'walk-in',
        checkedIn: row.wall_time !== null,
        checkIn:
          row.wall_time !== null ? { wallTime: row.wall_time, stationId: row.station_id!, method: row.method! } : null,
      };
    if (rows.length < PAGE_SIZE) return;
    const last = rows.at(-1)!;
    after = { sortKey: last.sort_key, id: last.id };
  }
}

export const attendanceReport = (db: Db, eventId: string): AttendanceRow[] => [...attendanceRows(db, eventId)];
