// One row per guest with the attendance derived from the log: what organizers take away afterwards.
import { attendanceLog, attendanceStatus, type AttendanceEvent } from '../store/attendance';
import type { Db } from '../store/database';
import { fullName, listGuests } from '../store/guests';
import { guestAliasMap } from '../store/guest-aliases';

export interface AttendanceRow {
  name: string;
  title: string;
  department: string;
  email: string;
  checkedIn: boolean;
  /** The check-in that counts: ISO 8601 with offset, station and method. */
  checkIn: Pick<AttendanceEvent, 'wallTime' | 'stationId' | 'method'> | null;
}

export function attendanceReport(db: Db, eventId: string): AttendanceRow[] {
  const logByGuest = new Map<string, AttendanceEvent[]>();
  const aliases = guestAliasMap(db, eventId);
  for (const event of attendanceLog(db, eventId)) {
    const guestId = aliases.get(event.guestId) ?? event.guestId;
    const log = logByGuest.get(guestId);
    if (log) log.push(event);
    else logByGuest.set(guestId, [event]);
  }
  return listGuests(db, eventId).map((guest) => {
    const status = attendanceStatus(logByGuest.get(guest.id) ?? []);
    return {
      name: fullName(guest),
      title: guest.title,
      department: guest.department,
      email: guest.email,
      checkedIn: status.checkedIn,
      checkIn: status.checkedIn ? status.checkIn : null,
    };
  });
}
