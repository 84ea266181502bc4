// `entre badges`: every guest's badge on A4 sheets of eight, for printing ahead of the event.
import { type CliCommand, dbOption, withStore } from '../command';

export const badgesCommand: CliCommand = (program) =>
  program
    .command('badges')
    .description('render a badge for every guest onto A4 sheets of eight, as a PDF')
    .requiredOption('--out <file>', 'the PDF to write')
    .addOption(dbOption())
    .action(async (options: { db?: string; out: string }) => {
      const [{ renderGuestListSheets }, { writeOutputFile }] = await Promise.all([
        import('../../badges/sheet'),
        import('../../file-problems'),
      ]);
      await withStore(options.db, async (db) => {
        const sheets = await renderGuestListSheets(db);
        writeOutputFile(options.out, sheets.pdf);
        console.log(`Wrote ${sheets.badges} badges on ${sheets.pages} A4 pages to ${options.out}.`);
      });
    });
