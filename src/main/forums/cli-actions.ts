// What `entre history`, `entre groups` and `entre forum-badge` run (registered in
// src/main/cli/commands/forums.ts): a recurring forum's people across the hub's events, and the
// mingle groups (docs/forums.md). Either from the hub's own database (on the hub machine) or through
// a paired station (--hub URL).
import { GROUP_SIZES, type GroupSize } from '../../shared/mingle-groups';
import type { GroupsResponse, HubEvent, HubHistory } from '../../shared/sync-protocol';
import { renderGroupsPdf } from './groups-pdf';
import { hubHistoryOf } from '../hub/forum-history';
import { hubForumHistory, mingleGroupsOf, refreshForumMarks } from '../hub/forum-marks';
import { hubSqliteFile, openHubStorage, type HubStorageOptions } from '../hub/open-storage';
import type { HubStorage } from '../hub/storage';
import { resolveStorePath } from '../paths';
import { openDatabase } from '../store/database';
import { storeFileKind } from '../store/file-kind';
import { DEFAULT_FORUM_WORDS } from '../../shared/badge/forum-marks';
import { forumWords, ribbonShown, saveForumWords } from '../badges/forum-badge';
import { writeOutputFile } from '../file-problems';
import { fetchHubHistory, requestHubGroups } from '../sync/client';

/** On the hub machine --db / --database-url name the hub's database; with --hub, --db names this station's store. */
export interface Source extends HubStorageOptions {
  hub?: string;
}

/**
 * This station's store for a --hub command. It must already be a station's store: opening any other file
 * would migrate it into one (or create it), and a store that was never paired could not reach the hub anyway.
 */
async function withStation<T>(options: Source, work: (db: ReturnType<typeof openDatabase>) => Promise<T>): Promise<T> {
  if (options.databaseUrl)
    throw new Error(
      "With --hub the hub is read through this station: --database-url names a hub's own database, so leave it out (--db names the station's store).",
    );
  const file = resolveStorePath(options.db);
  const kind = storeFileKind(file);
  if (kind === 'missing')
    throw new Error(`No station store at ${file}: give the paired station's store with --db FILE.`);
  if (kind === 'hub')
    throw new Error(
      `${file} is a hub's database, not a station's store: on the hub machine leave out --hub, or give the paired station's store with --db FILE.`,
    );
  if (kind === 'other')
    throw new Error(`${file} is not an Entré station's store: give the paired station's store with --db FILE.`);
  const db = openDatabase(file);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/**
 * The hub's own database, on the hub machine. Only one a hub already wrote: these commands read (or complete) a
 * hub's events, so a missing file would only come out empty, and a station's store would be turned into a hub.
 */
async function openExistingHub(options: Source): Promise<HubStorage> {
  if (!options.databaseUrl) {
    const file = hubSqliteFile(options.db);
    const kind = storeFileKind(file);
    if (kind === 'station')
      throw new Error(
        `${file} is a station's store, not a hub's database: to read the hub through this station, give --hub URL --db ${file}.`,
      );
    if (kind === 'missing')
      throw new Error(
        `No hub database at ${file}: on the hub machine give its file with --db FILE (or --database-url), or from a paired station give --hub URL.`,
      );
    if (kind === 'other')
      throw new Error(
        `${file} is not a hub's database: give the hub's file with --db FILE, or from a paired station --hub URL.`,
      );
  }
  return openHubStorage(options);
}

const ANSWER = { same: ' (staff: same person)', different: ' (staff: not the same person)', open: '' };

async function history(options: Source): Promise<HubHistory> {
  if (options.hub) return withStation(options, (db) => fetchHubHistory(db, options.hub));
  const storage = await openExistingHub(options);
  try {
    return hubHistoryOf(await hubForumHistory(storage));
  } finally {
    await storage.close();
  }
}

async function groups(
  options: Source & { event?: string },
  size: GroupSize | null,
): Promise<GroupsResponse & { name: string }> {
  if (options.hub) {
    return withStation(options, async (db) => {
      const made = await requestHubGroups(db, size, options.hub);
      const name = (
        db.prepare('SELECT name FROM events WHERE id = ?').get(made.eventId) as { name: string } | undefined
      )?.name;
      return { ...made, name: name ?? made.eventId };
    });
  }
  const storage = await openExistingHub(options);
  try {
    const events = await storage.listEvents();
    const event = chooseEvent(events, options.event);
    await refreshForumMarks(storage, event.id, { size });
    return {
      eventId: event.id,
      size,
      name: event.name ?? event.id,
      groups: mingleGroupsOf(await storage.eventRecords(event.id)),
    };
  } finally {
    await storage.close();
  }
}

function chooseEvent(events: HubEvent[], wanted: string | undefined): HubEvent {
  const event = wanted ? events.find((candidate) => candidate.id === wanted) : events[events.length - 1];
  if (!event)
    throw new Error(
      wanted ? `The hub holds no event ${wanted} (see entre hub-events).` : 'The hub holds no event yet.',
    );
  if (!wanted && events.length > 1)
    throw new Error(
      `The hub holds several events; choose one with --event ID:\n${events.map((e) => `${e.id}  ${e.name ?? ''}`).join('\n')}`,
    );
  return event;
}

export function historyText(report: HubHistory): string {
  const forumName = new Map(report.forums.map((forum) => [forum.id, forum.name]));
  const lines = ['Forums:'];
  for (const forum of report.forums)
    lines.push(`  ${forum.name}${forum.startsOn ? ` (${forum.startsOn})` : ''}: ${forum.attendees} came`);
  lines.push('', 'People (forums attended):');
  for (const person of report.people)
    lines.push(
      `  ${person.name}${person.department ? `, ${person.department}` : ''}: ${person.attended.map((id) => forumName.get(id)).join('; ')}`,
    );
  for (const summary of report.summaries) {
    lines.push('', `${forumName.get(summary.forumId)}:`);
    lines.push(`  new faces (${summary.newFaces.length}): ${summary.newFaces.join('; ') || '-'}`);
    lines.push(
      `  not come for a while (${summary.away.length}): ${summary.away.map((a) => `${a.name} (last: ${forumName.get(a.lastForumId)})`).join('; ') || '-'}`,
    );
  }
  if (report.proposals.length > 0) {
    lines.push('', 'Maybe one person (same name and department; one only once staff say so in the History tab):');
    for (const proposal of report.proposals)
      lines.push(
        `  ${proposal.name}, ${proposal.department}: ${proposal.people.map((p) => `${p.email || 'no e-mail'} at ${p.forumIds.map((id) => forumName.get(id)).join(', ')}`).join(' / ')}${ANSWER[proposal.decision ?? 'open']}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** `entre forum-badge`: sets this station's words (`ribbon: false` is --no-ribbon), then says how badges read. */
export function forumBadge(options: { groupWord?: string; ribbon?: string | false; db?: string }): void {
  if (options.groupWord?.trim() === '')
    throw new Error('--group-word is empty: give the word badges show before the number, such as "Grupp".');
  if (typeof options.ribbon === 'string' && options.ribbon.trim() === '')
    throw new Error("--ribbon is empty: give the word first-timers' badges show, or --no-ribbon for none.");
  const db = openDatabase(resolveStorePath(options.db));
  try {
    saveForumWords(db, {
      groupWord: options.groupWord,
      ribbon: options.ribbon || undefined,
      ribbonShown: options.ribbon === undefined ? undefined : options.ribbon !== false,
    });
    const words = forumWords(db);
    console.log(
      `Badges show "${words.group} 7" and, at a first forum, ${ribbonShown(db) ? `"${words.ribbon}"` : 'no ribbon'}.`,
    );
  } finally {
    db.close();
  }
}

/** `entre history`. */
export async function printHistory(options: Source): Promise<void> {
  process.stdout.write(historyText(await history(options)));
}

/** `entre groups`: makes (or completes) the groups, prints them and optionally writes the tables' PDF. */
export async function makeGroups(options: Source & { size: string; event?: string; out?: string }): Promise<void> {
  const size = options.size === 'off' ? null : (Number(options.size) as GroupSize);
  if (size !== null && !GROUP_SIZES.includes(size)) throw new Error(`--size must be 3, 4 or off, not ${options.size}.`);
  if (size === null && options.out)
    throw new Error('--size off takes the groups off, so there is no table list to write: leave out --out.');
  const made = await groups(options, size);
  if (size === null) return void console.log('The groups are taken off: badges and the welcome show none.');
  for (const { group, members } of made.groups)
    console.log(
      `${DEFAULT_FORUM_WORDS.group} ${group}: ${members.map((m) => `${m.name} (${m.department || '-'})`).join(', ')}`,
    );
  if (options.out) {
    writeOutputFile(options.out, await renderGroupsPdf(made.name, made.groups, DEFAULT_FORUM_WORDS.group));
    console.log(`${made.groups.length} groups written to ${options.out}`);
  }
}
