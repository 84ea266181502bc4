// One row per guest with the attendance derived from the log: what organizers take away afterwards.
import { attendanceLogByGuest, attendanceStatus, type AttendanceEvent } from '../store/attendance';
import type { Db } from '../store/database';
import { fullName, listGuests } from '../store/guests';

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

export function attendanceReport(db: Db, eventId: string): AttendanceRow[] {
  const logByGuest = attendanceLogByGuest(db, eventId);
  return listGuests(db, eventId).map((guest) => {
    const status = attendanceStatus(logByGuest.get(guest.id) ?? []);
    return {
      name: fullName(guest),
      title: guest.title,
      department: guest.department,
      email: guest.email,
      walkIn: guest.source === 'walk-in',
      checkedIn: status.checkedIn,
      checkIn: status.checkedIn ? status.checkIn : null,
    };
  });
}
