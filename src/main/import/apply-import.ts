// Writing a validated guest list into an event: guests already there (matched by code, else e-mail,
// else by name when the row has neither) are updated in place, so their check-ins stay theirs.
import { generateInvitationCode } from '../../shared/invitation-code';
import { foldForSearch } from '../../shared/search-text';
import type { Db } from '../store/database';
import {
  fullName,
  type Guest,
  type GuestFields,
  insertGuests,
  listGuests,
  type NewGuest,
  updateGuestFields,
  withBulkGuestWrites,
} from '../store/guests';
import type { GuestRow } from './guest-list';

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

const FIELDS: (keyof GuestFields)[] = ['firstName', 'lastName', 'title', 'department', 'email'];

export function applyGuestList(db: Db, eventId: string, rows: GuestRow[]): ImportSummary {
  return db
    .transaction(() => {
      const existing = listGuests(db, eventId);
      const byCode = new Map(existing.map((guest) => [guest.code, guest]));
      const takenCodes = new Set(byCode.keys());
      const byEmail = new Map(existing.filter((g) => g.email).map((guest) => [guest.email.toLowerCase(), guest]));
      const byNameOnly = uniqueBy(
        existing.filter((g) => !g.email),
        (guest) => foldForSearch(fullName(guest)),
      );
      const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };

      const added: NewGuest[] = [];
      withBulkGuestWrites(db, rows.length, () => {
        for (const row of rows) {
          const match =
            (row.code && byCode.get(row.code)) ||
            (row.email && byEmail.get(row.email.toLowerCase())) ||
            (!row.code && !row.email && byNameOnly.get(foldForSearch(fullName(row)))) ||
            null;
          if (!match) {
            let code = row.code ?? generateInvitationCode();
            while (takenCodes.has(code)) code = generateInvitationCode();
            takenCodes.add(code);
            added.push({ ...pick(row), eventId, code, source: 'import' });
          } else if (FIELDS.some((field) => match[field] !== row[field])) {
            updateGuestFields(db, match.id, pick(row));
            summary.updated++;
          } else {
            summary.unchanged++;
          }
        }
        summary.added = insertGuests(db, added).length;
      });
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
