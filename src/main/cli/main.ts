// `entre`: the command line for organizers and for the browser station.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { Command, Option } from 'commander';
import { openDatabase } from '../store/database';
import { getActiveEvent } from '../store/events';
import { resolveStorePath } from '../paths';
import { importGuestListFile } from '../import/import-guest-list';
import { exportAttendance } from '../export/export-file';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/staff';
import { openStation } from '../kiosk/station';
import { startHttpStation } from '../api/http-station';
import { isLoopbackAddress } from '../api/station-access';
import { rendererDir } from '../package-root';
import { addInvitationCommands } from '../invitations/cli';
import { renderGuestListSheets } from '../badges/sheet';
import { backgroundSync } from '../sync/scheduler';
import {
  currentPairing,
  fetchHubAttendance,
  normalizeHubUrl,
  pairWithHub,
  type SyncProgress,
  syncOnce,
} from '../sync/client';
import { openHubStorage, type HubStorageOptions } from '../hub/open-storage';
import { startHub } from '../hub/server';
import { hubAttendance, hubAttendanceCsv } from '../hub/report';
import type { HubEvent } from '../../shared/sync-protocol';
import { stationId } from '../store/settings';
import { addForumCommands } from './commands/forums';

interface ExportOptions {
  db?: string;
  out?: string;
  format: ExportFormat;
  missing?: boolean;
  hub?: string;
  event?: string;
}

const dbOption = () => new Option('--db <file>', 'the store (default: $ENTRE_DB, else entre.db in your data folder)');

export function buildCli(): Command {
  const program = new Command('entre').description('Entré: check-in kiosk for the venue entrance').showHelpAfterError();

  program
    .command('serve')
    .description('serve the kiosk UI and its API to a browser (a second door, a tablet)')
    .addOption(dbOption())
    .option('--port <n>', 'port to listen on (0 picks a free one)', '4780')
    .option('--host <addr>', 'address to listen on; beyond loopback every device must pair', '127.0.0.1')
    .option('--pairing-token <token>', 'the token devices pair with (default: $ENTRE_PAIRING_TOKEN, else a new one)')
    .action(async (options: { db?: string; port: string; host: string; pairingToken?: string }) => {
      const ui = rendererDir();
      if (!fs.existsSync(`${ui}/index.html`))
        fail(`The kiosk UI is not built (${ui} is missing): run "npm run build" first.`);
      const pairingToken = isLoopbackAddress(options.host)
        ? null
        : options.pairingToken || process.env.ENTRE_PAIRING_TOKEN || randomBytes(16).toString('hex');
      const station = openStation(resolveStorePath(options.db));
      const sync = backgroundSync(station);
      const running = await startHttpStation({
        station,
        host: options.host,
        port: Number(options.port),
        rendererDir: ui,
        access: { pairingToken },
      });
      console.log(`Entré browser station: ${running.url}`);
      if (pairingToken) {
        console.log(`Served beyond this machine: pair each device once by opening ${running.url}?pair=${pairingToken}`);
      }
      const stop = () => void Promise.all([running.close(), sync.stop()]).then(() => station.db.close());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  program
    .command('import')
    .description('import or update the guest list from a CSV or XLSX file')
    .argument('<file>', 'CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or XLSX')
    .addOption(dbOption())
    .option('--event <name>', 'name of the event to create when the store has none')
    .action(async (file: string, options: { db?: string; event?: string }) => {
      const db = openDatabase(resolveStorePath(options.db));
      try {
        const result = await importGuestListFile(db, file, options.event);
        if (!result.ok) {
          for (const problem of result.problems)
            console.error(problem.line > 0 ? `line ${problem.line}: ${problem.message}` : problem.message);
          fail(
            `Nothing was imported: fix the ${result.problems.length === 1 ? 'problem' : `${result.problems.length} problems`} above and import again.`,
          );
        }
        console.log(
          `Imported into "${result.eventName}": ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged.`,
        );
      } finally {
        db.close();
      }
    });

  program
    .command('export')
    .description('export attendance, one row per guest')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'file format').choices(EXPORT_FORMATS).default('csv'))
    .option('--missing', 'only the expected guests who have not arrived')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--hub <url>', "the merged attendance of all stations from the organizer's hub (with this store's pairing)")
    .option('--event <id>', 'with --hub: the event (default: the one this station serves; see entre hub-events)')
    .action(async (options: ExportOptions) => {
      if (options.format === 'xlsx' && !options.out && process.stdout.isTTY)
        fail('An XLSX workbook is binary: give --out <file>.');
      const db = openDatabase(resolveStorePath(options.db));
      try {
        if (options.hub) {
          const csv = await fetchHubAttendance(db, options.hub, 'csv', options.event).catch((error: Error) =>
            fail(error.message),
          );
          if (options.out) fs.writeFileSync(options.out, csv);
          else process.stdout.write(csv);
          return;
        }
        const event = getActiveEvent(db);
        if (!event) fail('The store has no event yet: import a guest list first.');
        const file = await exportAttendance(db, event, options.format, options.missing ? 'missing' : 'attendance');
        if (options.out) fs.writeFileSync(options.out, file.bytes);
        else process.stdout.write(file.bytes);
      } finally {
        db.close();
      }
    });

  addInvitationCommands(program, dbOption);
  program
    .command('badges')
    .description('render a badge for every guest onto A4 sheets of eight, as a PDF')
    .requiredOption('--out <file>', 'the PDF to write')
    .addOption(dbOption())
    .action(async (options: { db?: string; out: string }) => {
      const db = openDatabase(resolveStorePath(options.db));
      try {
        const sheets = await renderGuestListSheets(db);
        fs.writeFileSync(options.out, sheets.pdf);
        console.log(`Wrote ${sheets.badges} badges on ${sheets.pages} A4 pages to ${options.out}.`);
      } finally {
        db.close();
      }
    });

  addSyncCommands(program);
  // forums (issue 17): history across the hub's events, mingle groups.
  addForumCommands(program);
  return program;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    fail((error as Error).message);
  }
}

// sync (issue 6): the organizer's hub and pairing, syncing a station from the command line.
const hubStorageOptions = (command: Command) =>
  command
    .option('--db <file>', "the hub's SQLite file (default: entre-hub.db in your data folder)")
    .option('--database-url <url>', 'a PostgreSQL database instead (postgres://user:password@host:port/database)');

function addSyncCommands(program: Command): void {
  hubStorageOptions(
    program
      .command('hub')
      .description("run the organizer's hub: stations pair with it and sync their attendance to it")
      .option('--port <n>', 'port to listen on (0 picks a free one)', '4790')
      .option('--host <addr>', 'address to listen on (0.0.0.0 for the stations on the network)', '127.0.0.1'),
  ).action(async (options: HubStorageOptions & { port: string; host: string }) => {
    const storage = await openHubStorage(options);
    const running = await startHub(storage, options.host, Number(options.port));
    console.log(`Entré hub: ${running.url}`);
    console.log(
      `Pairing code: ${await storage.createPairingCode()} (one station, valid 30 minutes; more with "entre hub-code")`,
    );
    const stop = () => void running.close().then(() => storage.close());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

  hubStorageOptions(
    program.command('hub-code').description('make a one-time pairing code for one more station'),
  ).action(async (options: HubStorageOptions) => {
    const storage = await openHubStorage(options);
    console.log(await storage.createPairingCode());
    await storage.close();
  });

  hubStorageOptions(program.command('hub-stations').description('list the stations paired with the hub')).action(
    async (options: HubStorageOptions) => {
      const storage = await openHubStorage(options);
      for (const station of await storage.listStations())
        console.log(
          `${station.stationId}  event ${station.eventId ?? '(not chosen yet)'}  paired ${station.pairedAt}${station.revokedAt ? `  revoked ${station.revokedAt}` : ''}`,
        );
      await storage.close();
    },
  );

  hubStorageOptions(program.command('hub-events').description('list the events the hub holds')).action(
    async (options: HubStorageOptions) => {
      const storage = await openHubStorage(options);
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
      .option('--out <file>', 'write to this file instead of standard output'),
  ).action(async (options: HubStorageOptions & { event?: string; out?: string }) => {
    const storage = await openHubStorage(options);
    try {
      const events = await storage.listEvents();
      const event = options.event ? events.find((candidate) => candidate.id === options.event) : events[0];
      if (!event) fail(options.event ? `The hub holds no event ${options.event}.` : 'The hub holds no event yet.');
      if (!options.event && events.length > 1)
        fail(`The hub holds several events; choose one with --event ID:\n${events.map(hubEventLine).join('\n')}`);
      const csv = hubAttendanceCsv(hubAttendance(await storage.eventRecords(event.id)));
      if (options.out) fs.writeFileSync(options.out, csv);
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
    const storage = await openHubStorage(options);
    const revoked = await storage.revokeStation(station);
    await storage.close();
    if (!revoked) fail(`No paired station ${station} (see entre hub-stations).`);
    console.log(`Station ${station} revoked.`);
  });

  program
    .command('pair')
    .description('pair this station with a hub, using the one-time code the hub shows')
    .requiredOption('--hub <url>', 'the hub, e.g. http://192.168.1.10:4790')
    .requiredOption('--code <code>', 'the pairing code')
    .option('--event <id>', "serve this event of the hub's instead of the station's own (see entre hub-events)")
    .addOption(dbOption())
    .action(async (options: { hub: string; code: string; event?: string; db?: string }) => {
      const db = openDatabase(resolveStorePath(options.db));
      try {
        const paired = await pairWithHub(db, stationId(db), options.hub, options.code, options.event).catch(
          (error: Error) => fail(error.message),
        );
        console.log(
          `Paired with ${normalizeHubUrl(options.hub)}${paired.eventId ? ` for event ${paired.eventId}` : ''}. Sync now runs by itself while the station is open.`,
        );
      } finally {
        db.close();
      }
    });

  program
    .command('sync')
    .description('sync this station with its hub now, showing progress')
    .option('--hub <url>', 'the hub this station is paired with')
    .addOption(dbOption())
    .action(async (options: { hub?: string; db?: string }) => {
      const db = openDatabase(resolveStorePath(options.db));
      try {
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
      } finally {
        db.close();
      }
    });
}

const hubEventLine = (event: HubEvent): string =>
  `${event.id}  ${event.name ?? '(name not synced yet)'}${event.startsOn ? `  ${event.startsOn}` : ''}  ${event.stations} station(s)`;

function showProgress(progress: SyncProgress): void {
  const width = 30;
  const done = progress.toPush === 0 ? width : Math.round((progress.pushed / progress.toPush) * width);
  process.stderr.write(
    `\r[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${progress.pushed}/${progress.toPush} sent, ${progress.pulled} received`,
  );
}
