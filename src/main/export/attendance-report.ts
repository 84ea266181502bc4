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

/**
 * The guests on the list in list order, each with the check-in that counts (guest_arrivals, migration
 * 012, which the log's own rule keeps), read a row at a time so that an export of 100,000 guests is
 * written as it is read. `missing`: the expected guests who have not arrived (walk-ins all have).
 * The connection is busy until the rows are all read.
 */
export function* attendanceRows(db: Db, eventId: string, scope: ExportScope = 'attendance'): Generator<AttendanceRow> {
  const rows = prepared(
    db,
    `SELECT g.first_name, g.last_name, g.title, g.department, g.email, g.source, a.wall_time, a.method, e.station_id
     FROM guests g
       LEFT JOIN guest_arrivals a ON a.guest_id = g.id
       LEFT JOIN attendance_events e ON e.hlc = a.hlc
     WHERE g.event_id = ? AND g.removed_at IS NULL AND g.id NOT IN (SELECT alias_id FROM guest_aliases)
       ${scope === 'missing' ? "AND a.guest_id IS NULL AND g.source <> 'walk-in'" : ''}
     ORDER BY g.sort_key, g.id`,
  ).iterate(eventId) as IterableIterator<ReportRow>;
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
}

export const attendanceReport = (db: Db, eventId: string): AttendanceRow[] => [...attendanceRows(db, eventId)];
