// Walk-ins: guests registered at the door. Before one is created, reception sees who on the list is
// probably the same person, so a typo does not make a second guest with a second badge.
import type { DuplicateCandidate, StaffGuest } from '../../shared/staff';
import { type Db, prepared } from '../store/database';
import { generateInvitationCode } from '../../shared/invitation-code';
import { editDistance, foldForSearch } from '../../shared/search-text';
import { appendAttendance } from '../store/attendance';
import { findGuestByCode, fullName, type GuestFields, insertGuest } from '../store/guests';
import { getActiveEvent } from '../store/events';
import type { Station } from '../kiosk/check-in';
import { ON_THE_LIST, staffGuest } from './guest-list';

export class NoActiveEventError extends Error {}

/** Short names tolerate one slip, longer ones two: "Emma Johanson" is "Emma Johansson", "Anna Berg" is not "Eva Berg". */
const tolerance = (name: string) => (name.length < 12 ? 1 : 2);

/** Same person, probably: folded names equal or a slip apart, in either order of first and last name. */
export function similarNames(
  a: Pick<GuestFields, 'firstName' | 'lastName'>,
  b: Pick<GuestFields, 'firstName' | 'lastName'>,
): boolean {
  const name = foldForSearch(fullName(a));
  if (!name) return false;
  const other = foldForSearch(fullName(b));
  const swapped = foldForSearch(fullName({ firstName: b.lastName, lastName: b.firstName }));
  const limit = tolerance(name);
  // Names whose lengths differ by more than the tolerance cannot be within it: skip the distance.
  if (Math.abs(name.length - other.length) > limit) return false;
  return editDistance(name, other) <= limit || editDistance(name, swapped) <= limit;
}

/**
 * Guests on the list who are probably the candidate: the same e-mail, or a similar name. The store
 * hands over only guests whose folded name is within the tolerance in length; the distance is
 * computed for those alone.
 */
export function probableDuplicates(
  db: Db,
  eventId: string,
  candidate: Pick<GuestFields, 'firstName' | 'lastName' | 'email'>,
): DuplicateCandidate[] {
  const email = candidate.email.trim().toLowerCase();
  const name = foldForSearch(fullName(candidate));
  const limit = tolerance(name);
  const rows = prepared(
    db,
    `SELECT g.id, g.first_name, g.last_name, g.email FROM guests g
     WHERE g.event_id = ? AND ${ON_THE_LIST}
       AND ((? <> '' AND lower(g.email) = ?) OR length(g.search_text) BETWEEN ? AND ?)
     ORDER BY g.sort_key, g.id`,
  ).all(eventId, email, email, name.length - limit, name.length + limit) as {
    id: string;
    first_name: string;
    last_name: string;
    email: string;
  }[];
  const found: DuplicateCandidate[] = [];
  for (const row of rows) {
    const reason =
      email && row.email.toLowerCase() === email
        ? 'same-email'
        : similarNames(candidate, { firstName: row.first_name, lastName: row.last_name })
          ? 'similar-name'
          : null;
    if (reason) found.push({ guest: staffGuest(db, row.id), reason });
  }
  return found;
}

/** Registers a walk-in and checks them in at once, both in one transaction. */
export function createWalkIn(station: Station, fields: GuestFields): StaffGuest {
  const { db } = station;
  return db
    .transaction(() => {
      const event = getActiveEvent(db);
      if (!event) throw new NoActiveEventError('No event is loaded: import a guest list first.');
      let code = generateInvitationCode();
      while (findGuestByCode(db, event.id, code)) code = generateInvitationCode();
      const guest = insertGuest(db, { ...fields, eventId: event.id, code, source: 'walk-in' });
      appendAttendance(db, {
        eventId: event.id,
        guestId: guest.id,
        stationId: station.stationId,
        kind: 'check-in',
        method: 'walk-in',
      });
      return staffGuest(db, guest.id);
    })
    .immediate();
}
