// Which of two copies of one guest every door and the hub keep: the later edit, and of two edits made in the
// same millisecond at two doors, the same one everywhere. Ordering those by arrival left the hub with the
// last one pushed while each door kept its own, for good.
import { createHash } from 'node:crypto';
import type { GuestRecord } from '../../shared/sync-protocol';

/**
 * The guest's edit time, then a digest of what the edit says: text that sorts in the order the copies win.
 * The fields are listed, not the record serialised, so a door and the hub (whose copies list their keys in
 * different orders) compute the same digest.
 */
export function guestVersion(record: GuestRecord): string {
  const content = [
    record.code,
    record.firstName,
    record.lastName,
    record.title,
    record.department,
    record.email,
    record.source,
    record.removedAt ?? null,
  ];
  return `${record.updatedAt} ${createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16)}`;
}
