// `entre whos-who`: the booklet of consenting guests from this station's store (docs/photos.md).
import type { CliCommand } from '../command';
import { dbOption, withStore } from '../command';

export const whosWhoCommand: CliCommand = (program) => {
  program
    .command('whos-who')
    .description('an A4 booklet of the guests who consented to a photo, by department, as a PDF')
    .requiredOption('--out <file>', 'the PDF to write')
    .addOption(dbOption())
    .action(async (options: { db?: string; out: string }) => {
      const [{ renderWhosWho, whosWhoEntries }, { writeOutputFile }] = await Promise.all([
        import('../../photos/whos-who'),
        import('../../file-problems'),
      ]);
      await withStore(options.db, async (db) => {
        const { event, entries } = whosWhoEntries(db);
        writeOutputFile(options.out, await renderWhosWho(`Deltagare · ${event}`, entries));
        console.log(`Wrote the who's-who of ${entries.length} guests to ${options.out}.`);
      });
    });
};
