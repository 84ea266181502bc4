// A guest's marks from the hub's history across forums (migration 011): the mingle group and the
// first-forum flag. A guest no group holds yet (a walk-in, a guest added since) gets the group the
// walk-in rule gives, which every door computes alike from the organizer's groups (docs/forums.md).
import { placeWalkIn, walkInIdentity, type GroupSize } from '../../shared/mingle-groups';
import type { ForumMarkRecord } from '../../shared/sync-protocol';
import { type Db, prepared } from './database';
import { fullName, getGuest } from './guests';

export interface ForumMark {
  /** Null while the organizer has made no groups for this event. */
  group: number | null;
  firstForum: boolean;
}

/** Newest `updatedAt` wins; a mark for a guest this station does not know is skipped. */
export function applyForumMark(db: Db, record: ForumMarkRecord): void {
  prepared(
    db,
    `INSERT INTO forum_marks (guest_id, event_id, mingle_group, group_size, first_forum, by_rule, updated_at)
     SELECT @guestId, @eventId, @group, @groupSize, @firstForum, @byRule, @updatedAt
     WHERE EXISTS (SELECT 1 FROM guests WHERE id = @guestId AND event_id = @eventId)
     ON CONFLICT(guest_id) DO UPDATE SET mingle_group = excluded.mingle_group, group_size = excluded.group_size,
       first_forum = excluded.first_forum, by_rule = excluded.by_rule, updated_at = excluded.updated_at
     WHERE excluded.updated_at > forum_marks.updated_at`,
  ).run({
    guestId: record.guestId,
    eventId: record.eventId,
    group: record.group,
    groupSize: record.groupSize,
    firstForum: record.firstForum ? 1 : 0,
    byRule: record.byRule ? 1 : 0,
    updatedAt: record.updatedAt,
  });
}

/** The organizer's groups of an event: the table the walk-in rule reads. */
export function organizerGroups(
  db: Db,
  eventId: string,
): { size: GroupSize; members: { id: string; department: string; group: number }[] } | null {
  const members = prepared(
    db,
    `SELECT g.id, g.department, m.mingle_group AS "group", m.group_size AS size FROM forum_marks m
     JOIN guests g ON g.id = m.guest_id
     WHERE m.event_id = ? AND m.mingle_group IS NOT NULL AND m.by_rule = 0
       -- Only guests still on the list hold a seat, as at the hub: not removed, merged or purged.
       AND g.removed_at IS NULL AND g.id NOT IN (SELECT alias_id FROM guest_aliases)
       AND trim(g.first_name || g.last_name) <> ''`,
  ).all(eventId) as { id: string; department: string; group: number; size: GroupSize }[];
  return members.length > 0 ? { size: members[0]!.size, members } : null;
}

/** A guest's marks; null when the hub has told nothing of them and there are no groups. */
export function forumMarkOf(db: Db, guestId: string): ForumMark | null {
  const guest = getGuest(db, guestId);
  if (!guest) return null;
  // The same walk-in registered at two doors is one guest: the hub marks the one it merged into.
  const canonical = prepared(db, 'SELECT guest_id FROM guest_aliases WHERE alias_id = ?').get(guestId) as
    { guest_id: string } | undefined;
  const own = prepared(db, 'SELECT mingle_group, first_forum FROM forum_marks WHERE guest_id = ?').get(
    canonical?.guest_id ?? guestId,
  ) as { mingle_group: number | null; first_forum: number } | undefined;
  const firstForum = own?.first_forum === 1;
  if (own?.mingle_group) return { group: own.mingle_group, firstForum };
  const groups = organizerGroups(db, guest.eventId);
  if (!groups) return own ? { group: null, firstForum } : null;
  const identity = walkInIdentity({ email: guest.email, name: fullName(guest), department: guest.department });
  return { group: placeWalkIn(groups.members, { identity, department: guest.department }, groups.size), firstForum };
}
