// `entre history`, `entre groups` and `entre forum-badge`: a recurring forum's people across the hub's
// events, and the mingle groups (docs/forums.md). What they run is in src/main/forums/cli-actions.ts.
import type { Command } from 'commander';
import { DEFAULT_FORUM_WORDS } from '../../../shared/badge/forum-marks';
import { type CliCommand, dbOption } from '../command';

const sourceOptions = (command: Command) =>
  command
    .option('--hub <url>', 'through this paired station, from the hub at URL')
    .option(
      '--db <file>',
      "with --hub: this paired station's store (default: $ENTRE_DB, else entre.db in your data folder); " +
        "without: the hub's own SQLite file, on the hub machine (default: entre-hub.db in your data folder)",
    )
    .option('--database-url <url>', "the hub's PostgreSQL database (on the hub machine; not with --hub)");

const actions = () => import('../../forums/cli-actions');

export const forumCommands: CliCommand = (program) => {
  program
    .command('forum-badge')
    .description('this station\'s words on badges: the group ("Grupp 7") and the first-timer ribbon')
    .option('--group-word <word>', `before the group's number (default: ${DEFAULT_FORUM_WORDS.group})`)
    .option('--ribbon <text>', `the ribbon, e.g. "Första Ledarforum" (default: ${DEFAULT_FORUM_WORDS.ribbon})`)
    .option('--no-ribbon', "no ribbon on first-timers' badges (--ribbon TEXT shows it again)")
    .addOption(dbOption())
    .action(async (options: { groupWord?: string; ribbon?: string | false; db?: string }) =>
      (await actions()).forumBadge(options),
    );

  sourceOptions(
    program.command('history').description("each person's forums, and each forum's new faces and who has stayed away"),
  ).action(async (options) => (await actions()).printHistory(options));

  sourceOptions(
    program
      .command('groups')
      .description('make (or complete) the mingle groups of the event: departments mixed, earlier table mates apart')
      .option('--size <n>', 'people per group (3 or 4), or off to take the groups off', '4')
      .option('--event <id>', 'with --db / --database-url: the event (default: the only one)')
      .option('--out <file>', 'write a PDF listing each group for the tables'),
  ).action(async (options) => (await actions()).makeGroups(options));
};
