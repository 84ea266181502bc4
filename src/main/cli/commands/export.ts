// `entre export`: this station's attendance, or the hub's merged one, as CSV, XLSX or JSON.
import fs from 'node:fs';
import { Option } from 'commander';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/staff';
import { type CliCommand, dbOption, fail, withStore } from '../command';

interface ExportOptions {
  db?: string;
  out?: string;
  format: ExportFormat;
  missing?: boolean;
  hub?: string;
  event?: string;
}

export const exportCommand: CliCommand = (program) =>
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
      await withStore(options.db, async (db) => {
        if (options.hub) {
          const { fetchHubAttendance } = await import('../../sync/client');
          const csv = await fetchHubAttendance(db, options.hub, 'csv', options.event).catch((error: Error) =>
            fail(error.message),
          );
          if (options.out) fs.writeFileSync(options.out, csv);
          else process.stdout.write(csv);
          return;
        }
        const [{ getActiveEvent }, { exportAttendance }] = await Promise.all([
          import('../../store/events'),
          import('../../export/export-file'),
        ]);
        const event = getActiveEvent(db);
        if (!event) fail('The store has no event yet: import a guest list first.');
        const file = await exportAttendance(db, event, options.format, options.missing ? 'missing' : 'attendance');
        if (options.out) fs.writeFileSync(options.out, file.bytes);
        else process.stdout.write(file.bytes);
      });
    });
