// `entre import`: the guest list from a CSV or XLSX file, all rows or none.
import type { Db } from '../../store/database';
import type { Pairing } from '../../sync/client';
import { EVENT_TEXT_MAX } from '../../../shared/domain';
import { type CliCommand, dbOption, fail, tooLong, withStore } from '../command';

/**
 * Before a list moves a paired station to another event: its check-ins not yet at the hub are sent first, as
 * the hub refuses a push that mixes two events' records and the old event's once the station serves the new
 * one. The station's pairing when the list moves it to another event, else null.
 */
async function pairingToMoveFrom(db: Db, eventName: string | undefined): Promise<Pairing | null> {
  // Only a move from the station's own event to another concerns the hub: the sync modules load only then.
  if (eventName === undefined) return null;
  const { findEventByName, getActiveEvent, isDemoEvent } = await import('../../store/events');
  const active = getActiveEvent(db);
  if (!active || isDemoEvent(db, active.id) || findEventByName(db, eventName)?.id === active.id) return null;
  const [{ currentPairing }, { pendingCount }] = await Promise.all([
    import('../../sync/client'),
    import('../../sync/outbox'),
  ]);
  const pairing = currentPairing(db);
  const unsent = pairing ? pendingCount(db) : 0;
  if (unsent > 0)
    fail(
      `This station has ${unsent} change${unsent === 1 ? '' : 's'} of "${active.name}" not yet at the hub: ` +
        `run entre sync first, then import the list of "${eventName}". Nothing was imported.`,
    );
  return pairing;
}

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
      const eventName = options.event?.trim();
      if (eventName === '') fail('The event needs a name: --event cannot be empty.');
      if (eventName && eventName.length > EVENT_TEXT_MAX.name) fail(tooLong('--event', eventName, EVENT_TEXT_MAX.name));
      const removeMissing = options.removeMissing === true;
      await withStore(options.db, async (db) => {
        const pairing = await pairingToMoveFrom(db, eventName);
        const result = await importGuestListFile(db, file, eventName, {
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
        if (pairing && result.previousEventName !== null)
          console.log(
            `This station is paired with ${pairing.hub} for "${result.previousEventName}": pair it again with a new ` +
              `code from the hub to serve "${result.eventName}" (docs/sync-protocol.md).`,
          );
      });
    });
