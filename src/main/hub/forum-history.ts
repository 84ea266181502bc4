// One person across the forums a hub holds (docs/forums.md). A guest is the same person as a guest
// of another forum when their e-mails match (case ignored); guests that share only a name and a
// department are proposed to staff, never merged: only staff's "same person" joins them. Built from
// the records and staff's answers alone, so a purge (which blanks names and e-mails at the stations,
// and syncs) takes the history with it.
import { createHash } from 'node:crypto';
import type { LinkDecision } from '../../shared/forums';
import { foldForSearch } from '../../shared/search-text';
import { pairKey } from '../../shared/mingle-groups';
import { personSortKey } from '../../shared/person-sort';
import type { EventRecord, ForumMarkRecord, HubHistory, SyncRecord } from '../../shared/sync-protocol';
import { hubAttendance } from './report';

export interface Forum {
  id: string;
  name: string;
  startsOn: string | null;
  attendees: number;
}

export interface PersonHistory {
  /**
   * `mail:<e-mail>` or, for a guest without e-mail, `guest:<guest id>`; for people staff confirmed
   * as one, the first of their keys.
   */
  key: string;
  name: string;
  department: string;
  /** Forum ids attended (checked in), oldest first. */
  attended: string[];
  /** This person's guest id at each forum they were on the list of. */
  guestIds: Map<string, string>;
}

export interface ForumSummary {
  forumId: string;
  /** Attendees seen at no earlier forum. */
  newFaces: string[];
  /** Came before, but neither to this forum nor the one before it. */
  away: { name: string; department: string; lastForumId: string }[];
}

/** Guests who may be one person: same name and department, not linked by e-mail. */
export interface LinkProposal {
  /** `linkId` of its people's keys: the same proposal has the same id at every door. */
  id: string;
  name: string;
  department: string;
  /** Staff's answer for all of its people; null while any pair of them is unanswered or answered otherwise. */
  decision: LinkDecision | null;
  people: { key: string; email: string; forumIds: string[] }[];
}

/** Staff's answers, by `linkId` of the two people's keys. */
export type LinkDecisions = ReadonlyMap<string, LinkDecision>;

/** An id for a set of people's keys that names nobody (the keys hold e-mails). */
export const linkId = (keys: string[]): string =>
  createHash('sha256')
    .update(JSON.stringify([...keys].sort()))
    .digest('hex')
    .slice(0, 32);

/** The ids staff's answer to the proposal `proposalId` is stored under: one per pair of its people. */
export function proposalPairs(history: ForumHistory, proposalId: string): string[] | null {
  const proposal = history.proposals.find((candidate) => candidate.id === proposalId);
  return proposal ? pairsOf(proposal.people.map((person) => person.key)) : null;
}

function pairsOf(keys: string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) pairs.push(linkId([keys[i]!, keys[j]!]));
  return pairs;
}

/** Every pair some proposal still holds: an answer about any other pair is about people no longer listed. */
export const proposedPairs = (history: ForumHistory): Set<string> =>
  new Set(history.proposals.flatMap((proposal) => pairsOf(proposal.people.map((person) => person.key))));

export interface ForumHistory {
  /** Oldest first (by date, else when created). */
  forums: Forum[];
  people: PersonHistory[];
  summaries: ForumSummary[];
  proposals: LinkProposal[];
}

/** The records of each event the hub holds (one `eventRecords` call per event). */
export type HubForums = { eventId: string; records: SyncRecord[] }[];

/** One forum's guests still on its list, whoever holds them (the hub, or a station on its own). */
export interface ForumGuests {
  event: Pick<EventRecord, 'id' | 'name' | 'startsOn' | 'createdAt'>;
  /** `sortKey`: the guest's `personSortKey`, so people are listed as everywhere else ("von Essen" under E). */
  rows: { guestId: string; name: string; sortKey: string; department: string; email: string; checkedIn: boolean }[];
}

const forumOrder = (event: ForumGuests['event']): string =>
  `${event.startsOn ?? event.createdAt.slice(0, 10)} ${event.createdAt}`;

export function forumHistory(hubForums: HubForums, decisions: LinkDecisions = new Map()): ForumHistory {
  return historyOfForums(
    hubForums.flatMap(({ records }) => {
      const event = records.find((r): r is EventRecord => r.type === 'event');
      if (!event) return [];
      const sortKeys = new Map(
        records.flatMap((record) => (record.type === 'guest' ? [[record.id, personSortKey(record)] as const] : [])),
      );
      return [
        { event, rows: hubAttendance(records).rows.map((row) => ({ ...row, sortKey: sortKeys.get(row.guestId)! })) },
      ];
    }),
    decisions,
  );
}

export function historyOfForums(guestsOfForums: ForumGuests[], decisions: LinkDecisions = new Map()): ForumHistory {
  const withEvents = [...guestsOfForums].sort((a, b) => (forumOrder(a.event) < forumOrder(b.event) ? -1 : 1));
  const people = new Map<string, PersonHistory & { email: string; sortKey: string }>();
  const forums: Forum[] = [];
  for (const { event, rows: all } of withEvents) {
    const rows = all.filter((row) => row.name.trim() !== '');
    forums.push({ id: event.id, name: event.name, startsOn: event.startsOn, attendees: 0 });
    for (const row of rows) {
      const email = row.email.trim().toLowerCase();
      const key = email ? `mail:${email}` : `guest:${row.guestId}`;
      const person: PersonHistory & { email: string; sortKey: string } = people.get(key) ?? {
        key,
        name: row.name,
        sortKey: row.sortKey,
        department: row.department,
        email,
        attended: [],
        guestIds: new Map<string, string>(),
      };
      // The latest forum's name and department are the ones to show.
      [person.name, person.sortKey, person.department] = [row.name, row.sortKey, row.department];
      person.guestIds.set(event.id, row.guestId);
      if (row.checkedIn) {
        person.attended.push(event.id);
        forums[forums.length - 1]!.attendees++;
      }
      people.set(key, person);
    }
  }
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
  const proposals = proposalsOf([...people.values()].sort(byKey), decisions);
  const order = new Map(forums.map((forum, index) => [forum.id, index]));
  const everyone = joinConfirmed([...people.values()], proposals, decisions, order).sort((a, b) =>
    a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : byKey(a, b),
  );
  return {
    forums,
    people: everyone.map(({ key, name, department, attended, guestIds }) => ({
      key,
      name,
      department,
      attended,
      guestIds,
    })),
    summaries: forums.map((_, index) => summaryOf(forums, index, everyone)),
    proposals,
  };
}

/** People staff answered "same person" for, as one: their forums joined, in forum order. */
function joinConfirmed<P extends PersonHistory>(
  people: P[],
  proposals: LinkProposal[],
  decisions: LinkDecisions,
  order: Map<string, number>,
): P[] {
  const joinedInto = new Map<string, P>();
  const byKey = new Map(people.map((person) => [person.key, person]));
  for (const proposal of proposals) {
    const keys = proposal.people.map((person) => person.key);
    for (let i = 1; i < keys.length; i++) {
      const into = keys.slice(0, i).find((key) => decisions.get(linkId([key, keys[i]!])) === 'same');
      if (!into) continue;
      const target = joinedInto.get(into) ?? byKey.get(into)!;
      const person = byKey.get(keys[i]!)!;
      target.attended = [...new Set([...target.attended, ...person.attended])].sort(
        (a, b) => order.get(a)! - order.get(b)!,
      );
      for (const [forumId, guestId] of person.guestIds)
        if (!target.guestIds.has(forumId)) target.guestIds.set(forumId, guestId);
      joinedInto.set(keys[i]!, target);
    }
  }
  return people.filter((person) => !joinedInto.has(person.key));
}

function summaryOf(forums: Forum[], index: number, people: PersonHistory[]): ForumSummary {
  const forumId = forums[index]!.id;
  const earlier = new Set(forums.slice(0, index).map((forum) => forum.id));
  const previous = forums[index - 1]?.id;
  const summary: ForumSummary = { forumId, newFaces: [], away: [] };
  for (const person of people) {
    const before = person.attended.filter((id) => earlier.has(id));
    if (person.attended.includes(forumId)) {
      if (before.length === 0) summary.newFaces.push(person.name);
    } else if (before.length > 0 && !(previous && person.attended.includes(previous))) {
      summary.away.push({ name: person.name, department: person.department, lastForumId: before[before.length - 1]! });
    }
  }
  return summary;
}

function proposalsOf(people: (PersonHistory & { email: string })[], decisions: LinkDecisions): LinkProposal[] {
  const byNameAndDepartment = new Map<string, (PersonHistory & { email: string })[]>();
  for (const person of people) {
    const key = `${foldForSearch(person.name)}\n${foldForSearch(person.department)}`;
    byNameAndDepartment.set(key, [...(byNameAndDepartment.get(key) ?? []), person]);
  }
  return [...byNameAndDepartment.values()]
    .filter((candidates) => candidates.length > 1)
    .map((candidates) => {
      const keys = candidates.map((person) => person.key);
      const answers = new Set(pairsOf(keys).map((pair) => decisions.get(pair) ?? null));
      return {
        id: linkId(keys),
        name: candidates[0]!.name,
        department: candidates[0]!.department,
        decision: answers.size === 1 ? [...answers][0]! : null,
        people: candidates.map((person) => ({
          key: person.key,
          email: person.email,
          forumIds: [...person.guestIds.keys()],
        })),
      };
    });
}

/**
 * Guests of `eventId` with no attendance at an earlier forum of the hub. Where no earlier forum has any
 * attendance (the hub's first forum), there is nobody to tell apart: every badge would carry the ribbon.
 */
export function firstForumGuests(history: ForumHistory, eventId: string): Set<string> {
  const index = history.forums.findIndex((forum) => forum.id === eventId);
  const earlier = new Set(history.forums.slice(0, Math.max(index, 0)).map((forum) => forum.id));
  const first = new Set<string>();
  if (!history.people.some((person) => person.attended.some((id) => earlier.has(id)))) return first;
  for (const person of history.people) {
    const guestId = person.guestIds.get(eventId);
    if (guestId && !person.attended.some((id) => earlier.has(id))) first.add(guestId);
  }
  return first;
}

/**
 * Pairs of `eventId`'s guests who sat in one mingle group at an earlier forum (both came), as
 * `pairKey`s of this forum's guest ids.
 */
export function earlierGroupPairs(history: ForumHistory, hubForums: HubForums, eventId: string): Set<string> {
  const index = history.forums.findIndex((forum) => forum.id === eventId);
  const earlier = history.forums.slice(0, Math.max(index, 0)).map((forum) => forum.id);
  const personByGuest = new Map<string, PersonHistory>();
  for (const person of history.people)
    for (const guestId of person.guestIds.values()) personByGuest.set(guestId, person);
  const pairs = new Set<string>();
  for (const forumId of earlier) {
    const marks = hubForums
      .find((forum) => forum.eventId === forumId)!
      .records.filter((r): r is ForumMarkRecord => r.type === 'forum-mark' && r.group !== null);
    const tables = new Map<number, string[]>();
    for (const mark of marks) {
      const person = personByGuest.get(mark.guestId);
      const now = person?.guestIds.get(eventId);
      if (!person || !now || !person.attended.includes(forumId)) continue;
      tables.set(mark.group!, [...(tables.get(mark.group!) ?? []), now]);
    }
    for (const members of tables.values())
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++) pairs.add(pairKey(members[i]!, members[j]!));
  }
  return pairs;
}

/** The history as it leaves the hub: names, departments and forums, e-mails only to tell proposals apart. */
export const hubHistoryOf = (history: ForumHistory): HubHistory => ({
  forums: history.forums,
  people: history.people
    .filter((person) => person.attended.length > 0)
    .map(({ name, department, attended }) => ({ name, department, attended })),
  summaries: history.summaries,
  proposals: history.proposals.map(({ id, name, department, decision, people }) => ({
    id,
    name,
    department,
    decision,
    people: people.map(({ email, forumIds }) => ({ email, forumIds })),
  })),
});
