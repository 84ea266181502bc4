// The guest list as reception sees it: answered by the store a page at a time, with status, filters,
// search, edits and undo. Status comes from guest_arrivals and guests.arrived (migration 012), kept by
// the log's triggers; pages, search and counts read the listed guests' indexes (migration 016).
import type { GuestFilter, GuestListCursor, StaffGuest, StaffGuestPage } from '../../shared/staff';
import type { CheckInMethod } from '../../shared/domain';
import { foldForSearch } from '../../shared/search-text';
import { appendAttendance, guestStatus } from '../store/attendance';
import { type Db, prepared } from '../store/database';
import { fullName, getGuest, type GuestFields, type GuestRow, removeGuests, updateGuestFields } from '../store/guests';
import { logStaffEvent } from './staff-log';
import type { Station } from '../kiosk/check-in';

export class GuestNotFoundError extends Error {}

/** The guest's own row as the store holds it, with the list's columns and the arrival. */
interface StaffGuestRow extends Omit<GuestRow, 'event_id' | 'code' | 'removed_at'> {
  flagged: number;
  sort_key: string;
  wall_time: string | null;
  method: CheckInMethod | null;
}

/** StaffGuestRow's columns, from the guest (alias `g`) and its arrival (alias `a`). */
const STAFF_GUEST_COLUMNS = `g.id, g.first_name, g.last_name, g.title, g.department, g.email, g.source, g.flagged,
    g.sort_key, a.wall_time, a.method`;
/** The guest's row with its arrival: a guest merged by sync is listed as the one it was merged into. */
const STAFF_GUEST_FROM = `SELECT ${STAFF_GUEST_COLUMNS} FROM guests g LEFT JOIN guest_arrivals a ON a.guest_id = g.id`;
/** On the list: not taken off it (a cancelled guest), nor merged by sync into another guest. */
export const ON_THE_LIST = 'g.removed_at IS NULL AND g.id NOT IN (SELECT alias_id FROM guest_aliases)';

const toStaffGuest = (row: StaffGuestRow): StaffGuest => ({
  id: row.id,
  firstName: row.first_name,
  lastName: row.last_name,
  fullName: fullName({ firstName: row.first_name, lastName: row.last_name }),
  title: row.title,
  department: row.department,
  email: row.email,
  walkIn: row.source === 'walk-in',
  flagged: row.flagged === 1,
  checkedInAt: row.wall_time,
  method: row.method,
});

const FILTER_SQL: Record<GuestFilter, string> = {
  all: '1',
  arrived: 'g.arrived = 1',
  missing: "g.arrived = 0 AND g.source <> 'walk-in'",
  'walk-ins': "g.source = 'walk-in'",
  flagged: 'g.flagged = 1',
};

/** At most this many search words are matched: more only narrow an already short list. */
const MAX_WORDS = 8;

/** Every word must appear in the folded name, e-mail, title or department (guests.staff_search_text). */
function searchWords(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean).slice(0, MAX_WORDS);
}
const wordsSql = (words: string[]) => words.map(() => ' AND instr(g.staff_search_text, ?) > 0').join('');

export interface GuestPageRequest {
  filter: GuestFilter;
  query: string;
  after: GuestListCursor | null;
  limit: number;
}

/** One page of the event's guests in the list's order (guests.sort_key), filtered and searched by the store. */
export function staffGuestPage(db: Db, eventId: string, request: GuestPageRequest): StaffGuestPage {
  const words = searchWords(request.query);
  const after = request.after ? ' AND (g.sort_key, g.id) > (?, ?)' : '';
  const rows = prepared(
    db,
    `${STAFF_GUEST_FROM} WHERE g.event_id = ? AND ${ON_THE_LIST} AND ${FILTER_SQL[request.filter]}${wordsSql(words)}${after}
     ORDER BY g.sort_key, g.id LIMIT ?`,
  ).all(
    eventId,
    ...words,
    ...(request.after ? [request.after.sortKey, request.after.id] : []),
    request.limit + 1,
  ) as StaffGuestRow[];
  const more = rows.length > request.limit;
  const page = more ? rows.slice(0, request.limit) : rows;
  const last = page.at(-1);
  return {
    guests: page.map(toStaffGuest),
    counts: guestCounts(db, eventId, words),
    next: more && last ? { sortKey: last.sort_key, id: last.id } : null,
  };
}

function guestCounts(db: Db, eventId: string, words: string[]): Record<GuestFilter, number> {
  // A search reads the folded text from guests_listed (migration 016); left to choose, SQLite takes the
  // narrower department index, which lacks the text, and looks up every guest in the table.
  const counts = prepared(
    db,
    `SELECT count(*) AS "all", ${(['arrived', 'missing', 'walk-ins', 'flagged'] as const)
      .map((filter) => `coalesce(sum(${FILTER_SQL[filter]}), 0) AS "${filter}"`)
      .join(', ')}
     FROM guests g${words.length > 0 ? ' INDEXED BY guests_listed' : ''}
     WHERE g.event_id = ? AND ${ON_THE_LIST}${wordsSql(words)}`,
  ).get(eventId, ...words) as Record<GuestFilter, number>;
  return counts;
}

export function staffGuest(db: Db, guestId: string): StaffGuest {
  const row = prepared(
    db,
    `SELECT ${STAFF_GUEST_COLUMNS}
     FROM guests g LEFT JOIN guest_arrivals a
       ON a.guest_id = coalesce((SELECT guest_id FROM guest_aliases WHERE alias_id = g.id), g.id)
     WHERE g.id = ? AND g.removed_at IS NULL`,
  ).get(guestId) as StaffGuestRow | undefined;
  if (!row) throw new GuestNotFoundError('That guest does not exist (any more).');
  return toStaffGuest(row);
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
    "SELECT DISTINCT department FROM guests WHERE event_id = ? AND department <> '' AND removed_at IS NULL ORDER BY department",
  ).all(eventId) as { department: string }[];
  return rows.map((row) => row.department);
}
