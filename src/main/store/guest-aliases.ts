// Guests merged by sync: the same walk-in registered at two doors (same e-mail in one event) is one
// guest. Every station and the hub reach the same answer on their own: the guest id that sorts
// first is the guest, the others are its aliases and their attendance counts for it. A guest taken off
// the list (removed_at) takes no part: a cancelled guest who came anyway as a walk-in is that walk-in.
import { type Db, prepared } from './database';

/** Rebuilds the aliases from the guests now known; cheap (indexed) and idempotent. */
export function recomputeGuestAliases(db: Db): void {
  prepared(db, 'DELETE FROM guest_aliases').run();
  prepared(
    db,
    `INSERT INTO guest_aliases (alias_id, guest_id)
     SELECT id, canonical FROM (
       SELECT g.id, (SELECT min(h.id) FROM guests h
                     WHERE h.event_id = g.event_id AND lower(h.email) = lower(g.email) AND h.email <> ''
                       AND h.removed_at IS NULL) AS canonical
       FROM guests g WHERE g.email <> '' AND g.removed_at IS NULL
     ) WHERE canonical < id`,
  ).run();
}

/** Alias guest id → the guest it was merged into, for one event. */
export function guestAliasMap(db: Db, eventId: string): Map<string, string> {
  const rows = prepared(
    db,
    `SELECT a.alias_id, a.guest_id FROM guest_aliases a JOIN guests g ON g.id = a.alias_id WHERE g.event_id = ?`,
  ).all(eventId) as { alias_id: string; guest_id: string }[];
  return new Map(rows.map((row) => [row.alias_id, row.guest_id]));
}

/** The same rule over plain records, for the hub (which keeps guests as records, not rows). */
export function canonicalGuestIds(
  records: { id: string; eventId: string; email: string; removedAt?: string | null }[],
): Map<string, string> {
  const guests = records.filter((guest) => !guest.removedAt);
  const first = new Map<string, string>();
  const keyOf = (guest: { eventId: string; email: string }) => `${guest.eventId}\n${guest.email.toLowerCase()}`;
  for (const guest of guests) {
    if (!guest.email) continue;
    const current = first.get(keyOf(guest));
    if (current === undefined || guest.id < current) first.set(keyOf(guest), guest.id);
  }
  const aliases = new Map<string, string>();
  for (const guest of guests) {
    const canonical = guest.email ? first.get(keyOf(guest)) : undefined;
    if (canonical !== undefined && canonical !== guest.id) aliases.set(guest.id, canonical);
  }
  return aliases;
}
