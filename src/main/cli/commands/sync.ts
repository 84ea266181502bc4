// A station and its hub (issue 6): `entre pair` once, then `entre sync` to sync now with progress.
import type { SyncProgress } from '../../sync/client';
import { type CliCommand, dbOption, fail, withStore } from '../command';

const syncClient = () => Promise.all([import('../../sync/client'), import('../../store/settings')]);

export const syncCommands: CliCommand = (program) => {
  program
    .command('pair')
    .description('pair this station with a hub, using the one-time code the hub shows')
    .requiredOption('--hub <url>', 'the hub, e.g. http://192.168.1.10:4790')
    .requiredOption('--code <code>', 'the pairing code')
    .option('--event <id>', "serve this event of the hub's instead of the station's own (see entre hub-events)")
    .addOption(dbOption())
    .action(async (options: { hub: string; code: string; event?: string; db?: string }) => {
      const [{ fetchHubEvents, normalizeHubUrl, pairWithHub }, { stationId }] = await syncClient();
      const { getEvent } = await import('../../store/events');
      await withStore(options.db, async (db) => {
        const paired = await pairWithHub(db, stationId(db), options.hub, options.code, options.event).catch(
          (error: Error) => fail(error.message),
        );
        // The event by its name, as the organizer knows it: this store's own, else the hub's (one it joins).
        const eventName = async (id: string) =>
          getEvent(db, id)?.name ??
          (await fetchHubEvents(db).then(
            (events) => events.find((event) => event.id === id)?.name,
            () => undefined,
          ));
        const name = paired.eventId && (await eventName(paired.eventId));
        const serving = !paired.eventId
          ? ''
          : name
            ? ` for "${name}" (event ${paired.eventId})`
            : ` for event ${paired.eventId}`;
        console.log(
          `Paired with ${normalizeHubUrl(options.hub)}${serving}. Sync now runs by itself while the station is open.`,
        );
      });
    });

  program
    .command('sync')
    .description('sync this station with its hub now, showing progress')
    .option('--hub <url>', 'the hub this station is paired with')
    .addOption(dbOption())
    .action(async (options: { hub?: string; db?: string }) => {
      const [{ currentPairing, normalizeHubUrl, syncOnce }, { stationId }] = await syncClient();
      await withStore(options.db, async (db) => {
        const pairing = currentPairing(db);
        if (!pairing) fail('This station is not paired with a hub: run entre pair --hub URL --code CODE first.');
        if (options.hub && normalizeHubUrl(options.hub) !== pairing.hub)
          fail(`This station is paired with ${pairing.hub}, not ${options.hub}: pair it with that hub first.`);
        const result = await syncOnce(db, stationId(db), showProgress).catch((error: Error) => {
          process.stderr.write('\n');
          return fail(error.message);
        });
        process.stderr.write('\n');
        console.log(`Synced with ${pairing.hub}: ${result.pushed} sent, ${result.pulled} received.`);
      });
    });
};

function showProgress(progress: SyncProgress): void {
  const width = 30;
  const done = progress.toPush === 0 ? width : Math.round((progress.pushed / progress.toPush) * width);
  process.stderr.write(
    `\r[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${progress.pushed}/${progress.toPush} sent, ${progress.pulled} received`,
  );
}
