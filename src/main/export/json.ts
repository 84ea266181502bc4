// Attendance as JSON for other systems: the event, when the file was made, and one object per guest.
import type { EventInfo } from '../../shared/domain';
import { isoInZone } from '../../shared/event-time';
import type { AttendanceRow } from './attendance-report';

/** Guests per piece of JSON text: a piece is written before the next is read. */
const GUESTS_PER_PIECE = 1000;

const guestObject = (row: AttendanceRow) => ({
  name: row.name,
  title: row.title,
  department: row.department,
  email: row.email,
  walkIn: row.walkIn,
  checkedIn: row.checkedIn,
  checkedInAt: row.checkIn?.wallTime ?? null,
  station: row.checkIn?.stationId ?? null,
  method: row.checkIn?.method ?? null,
});

/**
 * The same text as `JSON.stringify({ event, exportedAt, guests }, null, 2)` and a newline, in pieces as
 * the rows are read, so a list of 100,000 guests is never held whole: the guests array is opened after
 * the event, and each guest is written as the indented element it would be inside it.
 */
export function* attendanceJsonPieces(
  event: EventInfo,
  rows: Iterable<AttendanceRow>,
  now = new Date(),
): Generator<string> {
  const head = JSON.stringify(
    {
      event: { name: event.name, startsOn: event.startsOn, venue: event.venue, timeZone: event.timeZone },
      exportedAt: isoInZone(now, event.timeZone),
    },
    null,
    2,
  );
  // The head without its closing brace, so that "guests" follows as its last key.
  let piece = `${head.slice(0, -2)},\n  "guests": [`;
  let guests = 0;
  for (const row of rows) {
    piece += `${guests === 0 ? '' : ','}\n    ${JSON.stringify(guestObject(row), null, 2).replaceAll('\n', '\n    ')}`;
    if (++guests % GUESTS_PER_PIECE === 0) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}${guests === 0 ? ']' : '\n  ]'}\n}\n`;
}
