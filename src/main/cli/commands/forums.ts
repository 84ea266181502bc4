// `entre history` and `entre groups`: a recurring forum's people across the hub's events, and the
// mingle groups (docs/forums.md). Either from the hub's own database (on the hub machine) or through
// a paired station (--hub URL).
import fs from 'node:fs';
import type { Command } from 'commander';
import { GROUP_SIZES, type GroupSize } from '../../../shared/mingle-groups';
import type { GroupsResponse, HubEvent, HubHistory } from '../../../shared/sync-protocol';
import { renderGroupsPdf } from '../../forums/groups-pdf';
import { forumHistory, hubHistoryOf } from '../../hub/forum-history';
import { hubForums, mingleGroupsOf, refreshForumMarks } from '../../hub/forum-marks';
import { openHubStorage, type HubStorageOptions } from '../../hub/open-storage';
import { resolveStorePath } from '../../paths';
import { openDatabase } from '../../store/database';
import { setSetting } from '../../store/settings';
import { DEFAULT_FORUM_WORDS, FORUM_WORD_SETTINGS, forumWords } from '../../badges/forum-badge';
import { fetchHubHistory, requestHubGroups } from '../../sync/client';

interface Source extends HubStorageOptions {
  hub?: string;
  store?: string;
}

const sourceOptions = (command: Command) =>
  command
    .option('--hub <url>', 'through this paired station, from the hub at URL')
    .option('--store <file>', 'with --hub: the station store (default: $ENTRE_DB, else entre.db in your data folder)')
    .option('--db <file>', "the hub's own SQLite file (on the hub machine)")
    .option('--database-url <url>', "the hub's PostgreSQL database (on the hub machine)");

async function withStation<T>(options: Source, work: (db: ReturnType<typeof openDatabase>) => Promise<T>): Promise<T> {
  const db = openDatabase(resolveStorePath(options.store));
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

async function history(options: Source): Promise<HubHistory> {
  if (options.hub) return withStation(options, (db) => fetchHubHistory(db, options.hub));
  const storage = await openHubStorage(options);
  try {
    return hubHistoryOf(forumHistory(await hubForums(storage)));
  } finally {
    await storage.close();
  }
}

async function groups(
  options: Source & { event?: string },
  size: GroupSize,
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
  const storage = await openHubStorage(options);
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
    lines.push('', 'Maybe one person (same name and department; not merged, check by hand):');
    for (const proposal of report.proposals)
      lines.push(
        `  ${proposal.name}, ${proposal.department}: ${proposal.people.map((p) => `${p.email || 'no e-mail'} at ${p.forumIds.map((id) => forumName.get(id)).join(', ')}`).join(' / ')}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

export function addForumCommands(program: Command): void {
  program
    .command('forum-badge')
    .description('this station\'s words on badges: the group ("Grupp 7") and the first-timer ribbon')
    .option('--group-word <word>', `before the group's number (default: ${DEFAULT_FORUM_WORDS.group})`)
    .option('--ribbon <text>', `the ribbon, e.g. "Första Ledarforum" (default: ${DEFAULT_FORUM_WORDS.ribbon})`)
    .option('--db <file>', 'the store (default: $ENTRE_DB, else entre.db in your data folder)')
    .action((options: { groupWord?: string; ribbon?: string; db?: string }) => {
      const db = openDatabase(resolveStorePath(options.db));
      try {
        if (options.groupWord?.trim()) setSetting(db, FORUM_WORD_SETTINGS.group, options.groupWord.trim());
        if (options.ribbon?.trim()) setSetting(db, FORUM_WORD_SETTINGS.ribbon, options.ribbon.trim());
        const words = forumWords(db);
        console.log(`Badges show "${words.group} 7" and, at a first forum, "${words.ribbon}".`);
      } finally {
        db.close();
      }
    });

  sourceOptions(
    program.command('history').description("each person's forums, and each forum's new faces and who has stayed away"),
  ).action(async (options: Source) => {
    process.stdout.write(historyText(await history(options)));
  });

  sourceOptions(
    program
      .command('groups')
      .description('make (or complete) the mingle groups of the event: departments mixed, earlier table mates apart')
      .option('--size <n>', 'people per group (3 or 4)', '4')
      .option('--event <id>', 'with --db / --database-url: the event (default: the only one)')
      .option('--out <file>', 'write a PDF listing each group for the tables'),
  ).action(async (options: Source & { size: string; event?: string; out?: string }) => {
    const size = Number(options.size) as GroupSize;
    if (!GROUP_SIZES.includes(size)) throw new Error(`--size must be 3 or 4, not ${options.size}.`);
    const made = await groups(options, size);
    for (const { group, members } of made.groups)
      console.log(
        `${DEFAULT_FORUM_WORDS.group} ${group}: ${members.map((m) => `${m.name} (${m.department || '-'})`).join(', ')}`,
      );
    if (options.out) {
      fs.writeFileSync(options.out, await renderGroupsPdf(made.name, made.groups, DEFAULT_FORUM_WORDS.group));
      console.log(`${made.groups.length} groups written to ${options.out}`);
    }
  });
}
