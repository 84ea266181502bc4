// `entre whos-who`: the booklet of consenting guests from this station's store, or with --hub from the
// organizer's hub, covering every door (docs/photos.md).
import type { CliCommand } from '../command';
import { dbOption, fail, withStore } from '../command';

export const whosWhoCommand: CliCommand = (program) => {
  program
    .command('whos-who')
    .description('an A4 booklet of the guests who consented to a photo, by department, as a PDF')
    .requiredOption('--out <file>', 'the PDF to write')
    .option('--hub <url>', "every door's guests from the organizer's hub (with this store's pairing)")
    .addOption(dbOption())
    .action(async (options: { db?: string; out: string; hub?: string }) => {
      const [{ whosWhoEntries, whosWhoPdf, hubWhosWhoEntries }, { writeOutputFile }] = await Promise.all([
        import('../../photos/whos-who'),
        import('../../file-problems'),
      ]);
      await withStore(options.db, async (db) => {
        const { event, entries } = options.hub
          ? await hubWhosWhoEntries(db, options.hub).catch((error: Error) => fail(error.message))
          : whosWhoEntries(db);
        writeOutputFile(options.out, await whosWhoPdf(event, entries));
        console.log(`Wrote the who's-who of ${entries.length} guests to ${options.out}.`);
      });
    });
};
