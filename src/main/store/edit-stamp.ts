/**
 * The `updated_at` an edit of a synced row (a guest, a photo) gets, as SQL over the row's stamp `column` and
 * the parameter `now` (`?` or `@name`): now, or one millisecond after the row's own stamp when this
 * computer's clock is behind the one that wrote it. Sync keeps the newest stamp (sync/outbox.ts, the hub's
 * upsert), so an edit made after seeing a version must stamp later than it, or the hub keeps the older
 * version while this door shows its own, and the two never meet again. Stamps are ISO 8601 in UTC to the
 * millisecond, so SQLite's `max` compares them as text; SQLite adds the millisecond exactly.
 */
export const stampAfter = (column: string, now: string): string =>
  `max(${now}, coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', ${column}, '+0.001 seconds'), ''))`;

/**
 * `stampAfter` for a stamp computed in code: `now`, or one millisecond after `previous` when that is as late.
 * For a photo retaken over a duplicate's pictures, and the hub's forum marks (a regroup after its clock went back).
 */
export const stampAfterIso = (now: string, previous: string | undefined): string =>
  previous && previous >= now ? new Date(Date.parse(previous) + 1).toISOString() : now;
