// Attendance as JSON for other systems: the event, when the file was made, and one object per guest.
import type { EventInfo } from '../../shared/domain';
import type { AttendanceRow } from './attendance-report';

export function attendanceJson(event: EventInfo, rows: AttendanceRow[], now = new Date()): string {
  return `${JSON.stringify(
    {
      event: { name: event.name, startsOn: event.startsOn, venue: event.venue, timeZone: event.timeZone },
      exportedAt: now.toISOString(),
      guests: rows.map((row) => ({
        name: row.name,
        title: row.title,
        department: row.department,
        email: row.email,
        walkIn: row.walkIn,
        checkedIn: row.checkedIn,
        checkedInAt: row.checkIn?.wallTime ?? null,
        station: row.checkIn?.stationId ?? null,
        method: row.checkIn?.method ?? null,
      })),
    },
    null,
    2,
  )}\n`;
}
