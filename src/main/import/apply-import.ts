// Writing a validated guest list into an event: guests already there (matched by code, else e-mail,
// else by name when the row has neither) are updated in place, so their check-ins stay theirs.
// Imported guests the new file no longer holds are listed as not in it, and taken off the list only
// when asked (a cancelled guest); a removed guest who is in a later file again is back on the list.
import { generateInvitationCode } from '../../shared/invitation-code';
import { foldForSearch } from '../../shared/search-text';
import type { GuestNotInFile } from '../../shared/staff';
import { guestStatus } from '../store/attendance';
import type { Db } from '../store/database';
import {
  fullName,
  type Guest,
  type GuestFields,
  insertGuests,
  listGuests,
  type NewGuest,
  removeGuests,
  restoreGuest,
  updateGuestFields,
  withBulkGuestWrites,
} from '../store/guests';
import type { GuestRow } from './guest-list';

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  /** Imported guests on the list that this file no longer holds, in list order, with any check-in. */
  notInFile: GuestNotInFile[];
  /** How many of them were taken off the list (only with removeMissing; never one who arrived). */
  removed: number;
}

const FIELDS: (keyof GuestFields)[] = ['firstName', 'lastName', 'title', 'department', 'email'];

/** The guest already in the event (on the list or removed from it) that a row of the file is. */
function guestMatcher(existing: Guest[]): (row: GuestRow) => Guest | null {
  const byCode = new Map(existing.map((guest) => [guest.code, guest]));
  const byEmail = new Map(existing.filter((g) => g.email).map((guest) => [guest.email.toLowerCase(), guest]));
  const byNameOnly = uniqueBy(
    existing.filter((g) => !g.email),
    (guest) => foldForSearch(fullName(guest)),
  );
  return (row) =>
    (row.code && byCode.get(row.code)) ||
    (row.email && byEmail.get(row.email.toLowerCase())) ||
    (!row.code && !row.email && byNameOnly.get(foldForSearch(fullName(row)))) ||
    null;
}

/** Imported guests on the list whose row is gone; walk-ins and signed-invitation guests were never in a file. */
const notInFile = (existing: Guest[], matched: Set<string>): Guest[] =>
  existing.filter((guest) => guest.source === 'import' && !guest.removedAt && !matched.has(guest.id));

/** A guest not in the file, with their check-in if they came. */
function withArrival(db: Db, guest: Guest): GuestNotInFile & { id: string } {
  const status = guestStatus(db, guest.id);
  return { id: guest.id, fullName: fullName(guest), arrivedAt: status.checkedIn ? status.checkIn.wallTime : null };
}

/** What importing these rows would leave out, for the staff preview: nothing is written. */
export function guestsNotInFile(db: Db, eventId: string, rows: GuestRow[]): GuestNotInFile[] {
  const existing = listGuests(db, eventId, { includeRemoved: true });
  const match = guestMatcher(existing);
  const matched = new Set(rows.map((row) => match(row)?.id).filter((id) => id !== undefined));
  return notInFile(existing, matched).map((guest) => {
    const { fullName, arrivedAt } = withArrival(db, guest);
    return { fullName, arrivedAt };
  });
}

export function applyGuestList(
  db: Db,
  eventId: string,
  rows: GuestRow[],
  { removeMissing = false } = {},
): ImportSummary {
  return db
    .transaction(() => {
      const existing = listGuests(db, eventId, { includeRemoved: true });
      const match = guestMatcher(existing);
      const takenCodes = new Set(existing.map((guest) => guest.code));
      const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0, notInFile: [], removed: 0 };
      const matched = new Set<string>();

      const added: NewGuest[] = [];
      withBulkGuestWrites(db, rows.length, () => {
        for (const row of rows) {
          const guest = match(row);
          if (!guest) {
            let code = row.code ?? generateInvitationCode();
            while (takenCodes.has(code)) code = generateInvitationCode();
            takenCodes.add(code);
            added.push({
              firstName: row.firstName,
              lastName: row.lastName,
              title: row.title,
              department: row.department,
              email: row.email,
              eventId,
              code,
              source: 'import',
            });
            continue;
          }
          matched.add(guest.id);
          const changed = FIELDS.some((field) => guest[field] !== row[field]);
          if (changed) updateGuestFields(db, guest.id, pick(row));
          if (guest.removedAt) restoreGuest(db, guest.id);
          if (changed || guest.removedAt) summary.updated++;
          else summary.unchanged++;
        }
        summary.added = insertGuests(db, added).length;
      });
      const missing = notInFile(existing, matched).map((guest) => withArrival(db, guest));
      summary.notInFile = missing.map(({ fullName, arrivedAt }) => ({ fullName, arrivedAt }));
      if (removeMissing) {
        // A guest who already checked in stays on the list: the attendance must still show they came.
        const notArrived = missing.filter((guest) => guest.arrivedAt === null).map((guest) => guest.id);
        removeGuests(db, notArrived);
        summary.removed = notArrived.length;
      }
      return summary;
    })
    .immediate();
}

const pick = (row: GuestRow): GuestFields => ({
  firstName: row.firstName,
  lastName: row.lastName,
  title: row.title,
  department: row.department,
  email: row.email,
});

/** Keys that belong to exactly one guest; ambiguous names match nobody. */
function uniqueBy(guests: Guest[], key: (guest: Guest) => string): Map<string, Guest> {
  const map = new Map<string, Guest | null>();
  for (const guest of guests) map.set(key(guest), map.has(key(guest)) ? null : guest);
  return new Map([...map].filter((entry): entry is [string, Guest] => entry[1] !== null));
}
