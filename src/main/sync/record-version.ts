// Which of two copies of one guest or event every door and the hub keep: the later edit, and of two edits
// made in the same millisecond at two doors, the same one everywhere. Ordering those by arrival left the hub
// with the last one pushed while each door kept its own, for good.
import { createHash } from 'node:crypto';
import type { EventRecord, GuestRecord } from '../../shared/sync-protocol';

/**
 * The edit time, then a digest of what the edit says: text that sorts in the order the copies win. The
 * fields are listed, not the record serialised, so a door and the hub (whose copies list their keys in
 * different orders) compute the same digest.
 */
const versionOf = (updatedAt: string, content: unknown[]): string =>
  `${updatedAt} ${createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16)}`;

export const guestVersion = (record: GuestRecord): string =>
  versionOf(record.updatedAt, [
    record.code,
    record.firstName,
    record.lastName,
    record.title,
    record.department,
    record.email,
    record.source,
    record.removedAt ?? null,
  ]);

/** An event from a station older than migration 017 has no stamp: '' sorts before every stamped copy. */
export const eventVersion = (record: EventRecord): string =>
  record.updatedAt === undefined
    ? ''
    : versionOf(record.updatedAt, [
        record.name,
        record.startsOn,
        record.venue,
        record.timeZone ?? null,
        record.startsAt ?? null,
        record.welcomeText ?? null,
        record.contactLine ?? null,
        record.logo ?? null,
      ]);
