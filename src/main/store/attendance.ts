import type { CheckInMethod } from '../../shared/domain';
import { formatHlc, parseHlc, tickHlc } from '../../shared/hlc';
import { localIsoWithOffset } from '../../shared/time';
import { type Db, prepared } from './database';
import { newRecordId } from './record-id';
import { getSetting, setSetting } from './settings';
import { guestAliasMap } from './guest-aliases';

export type AttendanceKind = 'check-in' | 'undo';

export interface AttendanceEvent {
  id: string;
  eventId: string;
  guestId: string;
  stationId: string;
  kind: AttendanceKind;
  method: CheckInMethod;
  /** Local wall-clock time with UTC offset, as the station saw it. */
  wallTime: string;
  /** Hybrid-logical-clock timestamp: the order of events across stations. */
  hlc: string;
}

interface AttendanceRow {
  id: string;
  event_id: string;
  guest_id: string;
  station_id: string;
  kind: AttendanceKind;
  method: CheckInMethod;
  wall_time: string;
  hlc: string;
}

const toEvent = (row: AttendanceRow): AttendanceEvent => ({
  id: row.id,
  eventId: row.event_id,
  guestId: row.guest_id,
  stationId: row.station_id,
  kind: row.kind,
  method: row.method,
  wallTime: row.wall_time,
  hlc: row.hlc,
});

/** The next HLC timestamp of this station, persisted so it never goes backwards across restarts. */
function nextHlc(db: Db, station: string, now: Date): string {
  const last = getSetting(db, 'hlc');
  const next = formatHlc(tickHlc(last ? parseHlc(last) : null, now.getTime(), station));
  setSetting(db, 'hlc', next);
  return next;
}

/** Appends one event to the log. Call inside the transaction that decided it. */
export function appendAttendance(
  db: Db,
  entry: { eventId: string; guestId: string; stationId: string; kind: AttendanceKind; method: CheckInMethod },
  now = new Date(),
): AttendanceEvent {
  const event: AttendanceEvent = {
    id: newRecordId(),
    ...entry,
    wallTime: localIsoWithOffset(now),
    hlc: nextHlc(db, entry.stationId, now),
  };
  prepared(
    db,
    `INSERT INTO attendance_events (id, event_id, guest_id, station_id, kind, method, wall_time, hlc)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(event.id, event.eventId, event.guestId, event.stationId, event.kind, event.method, event.wallTime, event.hlc);
  return event;
}

/** A guest's log, including the events of guests merged with it (see guest_aliases, sync). */
export function guestAttendanceLog(db: Db, guestId: string): AttendanceEvent[] {
  const rows = prepared(
    db,
    `WITH canonical(id) AS (SELECT coalesce((SELECT guest_id FROM guest_aliases WHERE alias_id = @guestId), @guestId))
     SELECT * FROM attendance_events
     WHERE guest_id IN (SELECT id FROM canonical UNION SELECT alias_id FROM guest_aliases WHERE guest_id = (SELECT id FROM canonical))
     ORDER BY hlc`,
  ).all({ guestId }) as AttendanceRow[];
  return rows.map(toEvent);
}

/** A guest's status, derived from the log: the check-in that counts is the earliest since the last undo. */
export function attendanceStatus(
  log: AttendanceEvent[],
): { checkedIn: false } | { checkedIn: true; checkIn: AttendanceEvent } {
  let checkIn: AttendanceEvent | null = null;
  for (const event of log) {
    if (event.kind === 'undo') checkIn = null;
    else checkIn ??= event;
  }
  return checkIn ? { checkedIn: true, checkIn } : { checkedIn: false };
}

export function guestStatus(db: Db, guestId: string) {
  return attendanceStatus(guestAttendanceLog(db, guestId));
}

/** Every event of an event's log in clock order. */
export function attendanceLog(db: Db, eventId: string): AttendanceEvent[] {
  const rows = prepared(db, 'SELECT * FROM attendance_events WHERE event_id = ? ORDER BY hlc').all(
    eventId,
  ) as AttendanceRow[];
  return rows.map(toEvent);
}

/** Every guest's log of one event, grouped: status of many guests from one read. */
export function attendanceLogByGuest(db: Db, eventId: string): Map<string, AttendanceEvent[]> {
  const logByGuest = new Map<string, AttendanceEvent[]>();
  // A guest merged by sync (same walk-in at two doors) counts under the guest it was merged into.
  const aliases = guestAliasMap(db, eventId);
  for (const event of attendanceLog(db, eventId)) {
    const guestId = aliases.get(event.guestId) ?? event.guestId;
    const log = logByGuest.get(guestId);
    if (log) log.push(event);
    else logByGuest.set(guestId, [event]);
  }
  return logByGuest;
}
