// The organizer's hub (issue 6): `entre hub` and the hub-* commands that read and manage its database.
import type { Command } from 'commander';
import type { HubEvent } from '../../../shared/sync-protocol';
import type { HubStorageOptions } from '../../hub/open-storage';
import type { HubStorage } from '../../hub/storage';
import { type CliCommand, fail, listenFailure, notATimeZone } from '../command';

const hubStorageOptions = (command: Command) =>
  command
    .option('--db <file>', "the hub's SQLite file (default: entre-hub.db in your data folder)")
    .option('--database-url <url>', 'a PostgreSQL database instead (postgres://user:password@host:port/database)');

async function openStorage(options: HubStorageOptions): Promise<HubStorage> {
  const [{ hubSqliteFile, openHubStorage }, { storeFileKind }] = await Promise.all([
    import('../../hub/open-storage'),
    import('../../store/file-kind'),
  ]);
  // Opening a station's store as a hub would write the hub's tables into it.
  const file = hubSqliteFile(options.db);
  if (!options.databaseUrl && storeFileKind(file) === 'station')
    fail(`${file} is a station's store, not a hub's database: give the hub's own file with --db.`);
  return openHubStorage(options);
}

const hubEventLine = (event: HubEvent): string =>
  `${event.id}  ${event.name ?? '(name not synced yet)'}${event.startsOn ? `  ${event.startsOn}` : ''}  ${event.stations} station(s)`;

export const hubCommands: CliCommand = (program) => {
  hubStorageOptions(
    program
      .command('hub')
      .description("run the organizer's hub: stations pair with it and sync their attendance to it")
      .option('--port <n>', 'port to listen on (0 picks a free one)', '4790')
      .option('--host <addr>', 'address to listen on (0.0.0.0 for the stations on the network)', '127.0.0.1'),
  ).action(async (options: HubStorageOptions & { port: string; host: string }) => {
    const { startHub } = await import('../../hub/server');
    const storage = await openStorage(options);
    const running = await startHub(storage, options.host, Number(options.port)).catch((error: unknown) =>
      listenFailure(error, options.host, options.port),
    );
    // Before the address is printed: a signal that arrives before Node listens for it ends the process at once.
    const stop = () => void running.close().then(() => storage.close());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    console.log(`Entré hub: ${running.url}`);
    console.log(
      `Pairing code: ${await storage.createPairingCode()} (one station, valid 30 minutes; more with "entre hub-code")`,
    );
  });

  hubStorageOptions(
    program.command('hub-code').description('make a one-time pairing code for one more station'),
  ).action(async (options: HubStorageOptions) => {
    const storage = await openStorage(options);
    console.log(await storage.createPairingCode());
    await storage.close();
  });

  hubStorageOptions(program.command('hub-stations').description('list the stations paired with the hub')).action(
    async (options: HubStorageOptions) => {
      const storage = await openStorage(options);
      for (const station of await storage.listStations())
        console.log(
          `${station.stationId}${station.name ? `  "${station.name}"` : ''}  event ${station.eventId ?? '(not chosen yet)'}  paired ${station.pairedAt}${station.revokedAt ? `  revoked ${station.revokedAt}` : ''}`,
        );
      await storage.close();
    },
  );

  hubStorageOptions(program.command('hub-events').description('list the events the hub holds')).action(
    async (options: HubStorageOptions) => {
      const storage = await openStorage(options);
      const events = await storage.listEvents();
      await storage.close();
      if (events.length === 0) console.log('The hub holds no event yet: pair a station that has a guest list.');
      for (const event of events) console.log(hubEventLine(event));
    },
  );

  hubStorageOptions(
    program
      .command('hub-export')
      .description("the merged attendance of one of the hub's events, as CSV, read from the hub's own database")
      .option('--event <id>', 'the event (default: the only one; see entre hub-events)')
      .option('--out <file>', 'write to this file instead of standard output')
      .option(
        '--time-zone <name>',
        "the zone of its times (default: the event's, else this computer's; e.g. Europe/Stockholm)",
      ),
  ).action(async (options: HubStorageOptions & { event?: string; out?: string; timeZone?: string }) => {
    const [
      { hubAttendance },
      { eventTimeZone, hubAttendanceCsv },
      { writeOutputFile },
      { hubStationNames },
      { isTimeZone, systemTimeZone },
    ] = await Promise.all([
      import('../../hub/report'),
      import('../../hub/report-csv'),
      import('../../file-problems'),
      import('../../hub/storage'),
      import('../../../shared/event-time'),
    ]);
    if (options.timeZone && !isTimeZone(options.timeZone)) fail(notATimeZone(options.timeZone));
    const storage = await openStorage(options);
    try {
      const events = await storage.listEvents();
      const event = options.event ? events.find((candidate) => candidate.id === options.event) : events[0];
      if (!event) fail(options.event ? `The hub holds no event ${options.event}.` : 'The hub holds no event yet.');
      if (!options.event && events.length > 1)
        fail(`The hub holds several events; choose one with --event ID:\n${events.map(hubEventLine).join('\n')}`);
      const records = await storage.eventRecords(event.id);
      // Without a zone set for the event, whoever runs this on the hub machine reads the times in their own.
      const timeZone = options.timeZone ?? eventTimeZone(records) ?? systemTimeZone();
      const csv = hubAttendanceCsv(hubAttendance(records), await hubStationNames(storage), timeZone);
      if (options.out) writeOutputFile(options.out, csv);
      else process.stdout.write(csv);
    } finally {
      await storage.close();
    }
  });

  hubStorageOptions(
    program
      .command('hub-revoke')
      .description("revoke a station's token: it can neither read nor write until paired again")
      .argument('<station-id>', 'as listed by entre hub-stations'),
  ).action(async (station: string, options: HubStorageOptions) => {
    const storage = await openStorage(options);
    const revoked = await storage.revokeStation(station);
    await storage.close();
    if (!revoked) fail(`No paired station ${station} (see entre hub-stations).`);
    console.log(`Station ${station} revoked.`);
  });
};
