// `entre import`: the guest list from a CSV or XLSX file, all rows or none.
import { type CliCommand, dbOption, fail, withStore } from '../command';

export const importCommand: CliCommand = (program) =>
  program
    .command('import')
    .description('import or update the guest list from a CSV or XLSX file')
    .argument('<file>', 'CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or XLSX')
    .addOption(dbOption())
    .option(
      '--event <name>',
      "the event to import into: the store's event of that name, else a new one; it becomes the event the kiosk " +
        "checks guests in to (default: the store's event, or a new one named after the file)",
    )
    .option('--remove-missing', 'take imported guests this file no longer holds off the list (their check-ins stay)')
    .action(async (file: string, options: { db?: string; event?: string; removeMissing?: boolean }) => {
      const [{ importGuestListFile }, { importReport }, { problemText }] = await Promise.all([
        import('../../import/import-guest-list'),
        import('../../import/import-report'),
        import('../../import/problem-text'),
      ]);
      if (options.event !== undefined && !options.event.trim())
        fail('The event needs a name: --event cannot be empty.');
      const removeMissing = options.removeMissing === true;
      await withStore(options.db, async (db) => {
        const result = await importGuestListFile(db, file, options.event, {
          removeMissing,
          eventByName: options.event !== undefined,
        });
        if (!result.ok) {
          for (const problem of result.problems)
            console.error(problem.line > 0 ? `line ${problem.line}: ${problemText(problem)}` : problemText(problem));
          fail(
            `Nothing was imported: fix the ${result.problems.length === 1 ? 'problem' : `${result.problems.length} problems`} above and import again.`,
          );
        }
        for (const line of importReport(result, removeMissing)) console.log(line);
      });
    });
