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
      const stop = () => void running.close().then(() => station.db.close());
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
    .action(async (options: { db?: string; out?: string; format: ExportFormat; missing?: boolean }) => {
      if (options.format === 'xlsx' && !options.out && process.stdout.isTTY)
        fail('An XLSX workbook is binary: give --out <file>.');
      const db = openDatabase(resolveStorePath(options.db));
      try {
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
