// `entre import`: the guest list from a CSV or XLSX file, all rows or none.
import { type CliCommand, dbOption, fail, withStore } from '../command';

export const importCommand: CliCommand = (program) =>
  program
    .command('import')
    .description('import or update the guest list from a CSV or XLSX file')
    .argument('<file>', 'CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or XLSX')
    .addOption(dbOption())
    .option('--event <name>', 'name of the event to create when the store has none')
    .option('--remove-missing', 'take imported guests this file no longer holds off the list (their check-ins stay)')
    .action(async (file: string, options: { db?: string; event?: string; removeMissing?: boolean }) => {
      const [{ importGuestListFile }, { importReport }, { problemText }] = await Promise.all([
        import('../../import/import-guest-list'),
        import('../../import/import-report'),
        import('../../import/problem-text'),
      ]);
      const removeMissing = options.removeMissing === true;
      await withStore(options.db, async (db) => {
        const result = await importGuestListFile(db, file, options.event, { removeMissing });
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
