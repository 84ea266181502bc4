// The hub's forum marks for one event: who is at their first forum, and (when the organizer asks
// for groups) the mingle groups, made with the history so earlier table mates sit apart. Groups
// already handed out stay; only changed marks are written (docs/forums.md).
import { assignMingleGroups, type GroupSize, placeWalkIn, walkInIdentity } from '../../shared/mingle-groups';
import type { ForumMarkRecord, GroupsResponse, SyncRecord } from '../../shared/sync-protocol';
import {
  earlierGroupPairs,
  firstForumGuests,
  type ForumHistory,
  forumHistory,
  type HubForums,
  type LinkDecisions,
  proposedPairs,
} from './forum-history';
import { stampAfterIso } from '../store/edit-stamp';
import { hubAttendance } from './report';
import type { HubStorage } from './storage';

/** The station id the hub writes its own records under: every station pulls them. */
export const HUB_ORIGIN = 'hub';

export interface MarkOptions {
  /** Make (or complete) groups of this size; null: no groups (all taken off); without it, groups stay as they are. */
  size?: GroupSize | null;
  now?: Date;
  /** Staff's answers to "maybe one person": a confirmed returning person is no first-timer. */
  decisions?: LinkDecisions;
}

export function forumMarksFor(hubForums: HubForums, eventId: string, options: MarkOptions = {}): ForumMarkRecord[] {
  const forum = hubForums.find((candidate) => candidate.eventId === eventId);
  if (!forum) return [];
  const history = forumHistory(hubForums, options.decisions);
  const first = firstForumGuests(history, eventId);
  const marks = new Map(
    forum.records.filter((r): r is ForumMarkRecord => r.type === 'forum-mark').map((mark) => [mark.guestId, mark]),
  );
  const rows = hubAttendance(forum.records).rows.filter((row) => row.name.trim() !== '');
  const guests = rows.map((row) => ({ id: row.guestId, department: row.department }));
  const size = options.size;
  const grouped = [...marks.values()].filter((mark) => mark.group !== null);
  // Asked for groups: made anew in another size, else completed around those on badges already.
  const organizer = size
    ? assignMingleGroups(guests, {
        size,
        seed: eventId,
        earlierPairs: earlierGroupPairs(history, hubForums, eventId),
        existing: new Map(grouped.filter((mark) => mark.groupSize === size).map((mark) => [mark.guestId, mark.group!])),
      })
    : null;
  // Not asked: a guest new to a grouped event gets the group every door's walk-in rule gives.
  // Only guests still on the list hold a seat (not removed, merged or purged): the doors read the same table.
  const present = new Map(rows.map((row) => [row.guestId, row]));
  // The size too: after groups were taken off, a removed guest's old mark must not bring them back.
  const seats = grouped.filter((mark) => !mark.byRule && present.has(mark.guestId));
  const ruleTable = seats.map((mark) => ({
    id: mark.guestId,
    group: mark.group!,
    department: present.get(mark.guestId)!.department,
  }));
  const ruleSize = seats[0]?.groupSize ?? null;
  const updatedAt = (options.now ?? new Date()).toISOString();
  const changed: ForumMarkRecord[] = [];
  // Groups off: the marks of guests no longer listed are emptied too, so no old group lingers anywhere.
  if (size === null)
    for (const mark of grouped)
      if (!present.has(mark.guestId))
        changed.push({
          ...mark,
          group: null,
          groupSize: null,
          byRule: false,
          updatedAt: stampAfterIso(updatedAt, mark.updatedAt),
        });
  for (const row of rows) {
    const old = marks.get(row.guestId);
    let group = old?.group ?? null;
    let groupSize = old?.groupSize ?? null;
    let byRule = old?.byRule ?? false;
    if (size === null) {
      [group, groupSize, byRule] = [null, null, false];
    } else if (organizer) {
      [group, groupSize] = [organizer.get(row.guestId)!, size!];
      byRule = old?.group === group && old.groupSize === size ? byRule : false;
    } else if (group === null && ruleSize) {
      group = placeWalkIn(ruleTable, { identity: walkInIdentity(row), department: row.department }, ruleSize);
      [groupSize, byRule] = [ruleSize, true];
    }
    const mark: ForumMarkRecord = {
      type: 'forum-mark',
      id: row.guestId,
      eventId,
      guestId: row.guestId,
      group,
      groupSize,
      firstForum: first.has(row.guestId),
      byRule,
      updatedAt: stampAfterIso(updatedAt, old?.updatedAt),
    };
    if (
      !old ||
      old.group !== group ||
      old.groupSize !== groupSize ||
      old.firstForum !== mark.firstForum ||
      old.byRule !== byRule
    )
      changed.push(mark);
  }
  return changed;
}

/** Every event's records, as the history needs them. */
export async function hubForums(storage: HubStorage): Promise<HubForums> {
  const events = await storage.listEvents();
  return Promise.all(
    events.map(async (event) => ({ eventId: event.id, records: await storage.eventRecords(event.id) })),
  );
}

/** The hub's history of every forum, with staff's answers to "maybe one person". */
export async function hubForumHistory(storage: HubStorage): Promise<ForumHistory> {
  return forumHistory(await hubForums(storage), await storage.linkDecisions());
}

/**
 * Computes and stores the event's marks; returns them (only the changed ones). Answers about
 * people no longer listed anywhere (a purge synced) are forgotten here, as their names were.
 */
export async function refreshForumMarks(
  storage: HubStorage,
  eventId: string,
  options: Omit<MarkOptions, 'decisions'> = {},
): Promise<ForumMarkRecord[]> {
  const forums = await hubForums(storage);
  const decisions = await storage.linkDecisions();
  const marks = forumMarksFor(forums, eventId, { ...options, decisions });
  if (marks.length > 0) await storage.push(HUB_ORIGIN, marks);
  if (decisions.size > 0) {
    const inUse = proposedPairs(forumHistory(forums, decisions));
    const stale = [...decisions.keys()].filter((pairId) => !inUse.has(pairId));
    if (stale.length > 0) await storage.forgetLinkDecisions(stale);
  }
  return marks;
}

/** The event's groups with their members, as the tables and the PDF list them: as on the guest list, by surname. */
export function mingleGroupsOf(records: SyncRecord[]): GroupsResponse['groups'] {
  const groupOf = new Map(
    records.flatMap((record) =>
      record.type === 'forum-mark' && record.group !== null ? [[record.guestId, record.group] as const] : [],
    ),
  );
  const groups = new Map<number, GroupsResponse['groups'][number]['members']>();
  // The attendance rows come in the guest list's order (personSortKey).
  for (const row of hubAttendance(records).rows) {
    const group = groupOf.get(row.guestId);
    if (group === undefined || !row.name.trim()) continue;
    groups.set(group, [
      ...(groups.get(group) ?? []),
      { guestId: row.guestId, name: row.name, department: row.department },
    ]);
  }
  return [...groups].sort(([a], [b]) => a - b).map(([group, members]) => ({ group, members }));
}
