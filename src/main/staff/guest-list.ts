// The guest list as reception sees it: every guest with status, filters, search, edits and undo.
import type { GuestFilter, StaffGuest } from '../../shared/staff';
import { foldForSearch } from '../../shared/search-text';
import {
  appendAttendance,
  type AttendanceEvent,
  attendanceLogByGuest,
  attendanceStatus,
  guestAttendanceLog,
  guestStatus,
} from '../store/attendance';
import { type Db, prepared } from '../store/database';
import {
  fullName,
  getGuest,
  type Guest,
  type GuestFields,
  listGuests,
  removeGuests,
  updateGuestFields,
} from '../store/guests';
import { logStaffEvent } from './staff-log';
import type { Station } from '../kiosk/check-in';

export class GuestNotFoundError extends Error {}

function flaggedIds(db: Db, eventId: string): Set<string> {
  const rows = prepared(db, 'SELECT id FROM guests WHERE event_id = ? AND flagged = 1').all(eventId) as {
    id: string;
  }[];
  return new Set(rows.map((row) => row.id));
}

function toStaffGuest(guest: Guest, flagged: boolean, log: AttendanceEvent[]): StaffGuest {
  const status = attendanceStatus(log);
  return {
    id: guest.id,
    firstName: guest.firstName,
    lastName: guest.lastName,
    fullName: fullName(guest),
    title: guest.title,
    department: guest.department,
    email: guest.email,
    walkIn: guest.source === 'walk-in',
    flagged,
    checkedInAt: status.checkedIn ? status.checkIn.wallTime : null,
    method: status.checkedIn ? status.checkIn.method : null,
  };
}

/** Every guest of the event with status, sorted by last name. */
export function staffGuests(db: Db, eventId: string): StaffGuest[] {
  const logs = attendanceLogByGuest(db, eventId);
  const flagged = flaggedIds(db, eventId);
  return listGuests(db, eventId).map((guest) => toStaffGuest(guest, flagged.has(guest.id), logs.get(guest.id) ?? []));
}

export function staffGuest(db: Db, guestId: string): StaffGuest {
  const guest = getGuest(db, guestId);
  if (!guest || guest.removedAt) throw new GuestNotFoundError('That guest does not exist (any more).');
  const flagged = flaggedIds(db, guest.eventId).has(guest.id);
  return toStaffGuest(guest, flagged, guestAttendanceLog(db, guest.id));
}

const FILTERS: Record<GuestFilter, (guest: StaffGuest) => boolean> = {
  all: () => true,
  arrived: (guest) => guest.checkedInAt !== null,
  missing: (guest) => guest.checkedInAt === null && !guest.walkIn,
  'walk-ins': (guest) => guest.walkIn,
  flagged: (guest) => guest.flagged,
};

/** Filtered and searched: every word of the query must appear in the name, e-mail, title or department. */
export function filterGuests(guests: StaffGuest[], filter: GuestFilter, query: string): StaffGuest[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return guests.filter((guest) => {
    if (!FILTERS[filter](guest)) return false;
    if (words.length === 0) return true;
    const haystack = foldForSearch([guest.fullName, guest.email, guest.title, guest.department].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** Takes back a check-in made by mistake: an undo event in the log, never a deletion. */
export function undoCheckIn(station: Station, guestId: string): StaffGuest {
  return station.db
    .transaction(() => {
      const guest = getGuest(station.db, guestId);
      if (!guest || guest.removedAt) throw new GuestNotFoundError('That guest does not exist (any more).');
      if (guestStatus(station.db, guestId).checkedIn) {
        appendAttendance(station.db, {
          eventId: guest.eventId,
          guestId,
          stationId: station.stationId,
          kind: 'undo',
          method: 'staff',
        });
      }
      return staffGuest(station.db, guestId);
    })
    .immediate();
}

/**
 * Takes a cancelled guest off the list: hidden from lists, search, exports and the door, their
 * check-ins kept in the append-only log, the removal in the door log and sent on by sync.
 */
export function removeGuest(db: Db, guestId: string, now = new Date()): void {
  db.transaction(() => {
    const guest = getGuest(db, guestId);
    if (!guest || guest.removedAt) throw new GuestNotFoundError('That guest does not exist (any more).');
    removeGuests(db, [guestId], now);
    logStaffEvent(db, 'guest-removed', fullName(guest), now);
  }).immediate();
}

export function editGuest(db: Db, guestId: string, fields: GuestFields & { flagged: boolean }): StaffGuest {
  return db
    .transaction(() => {
      const guest = getGuest(db, guestId);
      if (!guest || guest.removedAt) throw new GuestNotFoundError('That guest does not exist (any more).');
      const { flagged, ...guestFields } = fields;
      updateGuestFields(db, guestId, guestFields);
      prepared(db, 'UPDATE guests SET flagged = ? WHERE id = ?').run(flagged ? 1 : 0, guestId);
      return staffGuest(db, guestId);
    })
    .immediate();
}

/** The departments already on the guest list, for the walk-in form's suggestions. */
export function departments(db: Db, eventId: string): string[] {
  const rows = prepared(
    db,
    "SELECT DISTINCT department FROM guests WHERE event_id = ? AND department <> '' ORDER BY department",
  ).all(eventId) as { department: string }[];
  return rows.map((row) => row.department);
}
