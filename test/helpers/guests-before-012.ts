// Guests written into a store older than migration 012, as the Entré of that time wrote them: the
// tests of earlier migrations fill such stores, and today's insertGuests writes columns they lack.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/main/store/database';
import { fullName, type Guest, type NewGuest } from '../../src/main/store/guests';
import { foldForSearch } from '../../src/shared/search-text';

export function insertGuestBefore012(db: Db, { id = randomUUID(), ...guest }: NewGuest): Guest {
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO guests (id, event_id, code, first_name, last_name, title, department, email, source, search_text,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    guest.eventId,
    guest.code,
    guest.firstName,
    guest.lastName,
    guest.title,
    guest.department,
    guest.email,
    guest.source,
    foldForSearch(fullName(guest)),
    now,
    now,
  );
  return { id, ...guest, removedAt: null };
}
