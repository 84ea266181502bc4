// `entre export`: this station's attendance, or the hub's merged one, as CSV, XLSX or JSON.
import { Option } from 'commander';
import { EXPORT_FORMATS, exportFileKind, type ExportFormat, isSwedishExport } from '../../../shared/staff';
import type { HubAttendance } from '../../../shared/sync-protocol';
import { type CliCommand, dbOption, fail, withStore } from '../command';

interface ExportOptions {
  db?: string;
  out?: string;
  format: ExportFormat;
  missing?: boolean;
  excelSv?: boolean;
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
    .option(
      '--excel-sv',
      'for a Swedish office: CSV with semicolons, or XLSX; Swedish headers and values (as --format csv-sv or xlsx-sv)',
    )
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--hub <url>', "the merged attendance of all stations from the organizer's hub (with this store's pairing)")
    .option('--event <id>', 'with --hub: the event (default: the one this station serves; see entre hub-events)')
    .action(async (options: ExportOptions) => {
      const format = options.excelSv ? swedishFormat(options.format) : options.format;
      if (exportFileKind(format) === 'xlsx' && !options.out && process.stdout.isTTY)
        fail('An XLSX workbook is binary: give --out <file>.');
      const { writeOutputFile, writeOutputPieces } = await import('../../file-problems');
      await withStore(options.db, async (db) => {
        if (options.hub) {
          // The hub's merged report is one CSV of everyone: say so rather than ignore what was asked.
          if (options.missing || exportFileKind(format) !== 'csv')
            fail(
              'With --hub the export is the merged CSV of every door: leave out --format and --missing ' +
                '(add --excel-sv for Swedish Excel).',
            );
          const [{ fetchHubAttendance }, { hubAttendanceCsv }, { getActiveEvent }, { stationNames }] =
            await Promise.all([
              import('../../sync/client'),
              import('../../hub/report-csv'),
              import('../../store/events'),
              import('../../store/station-names'),
            ]);
          const json = await fetchHubAttendance(db, options.hub, 'json', options.event).catch((error: Error) =>
            fail(error.message),
          );
          // Written here rather than by the hub: this station knows its event's time zone and the doors' names.
          const csv = hubAttendanceCsv(
            JSON.parse(json) as HubAttendance,
            Object.fromEntries(stationNames(db)),
            getActiveEvent(db)?.timeZone,
            { excelSv: isSwedishExport(format) },
          );
          if (options.out) writeOutputFile(options.out, csv);
          else process.stdout.write(csv);
          return;
        }
        const [{ getActiveEvent }, { attendanceExport }] = await Promise.all([
          import('../../store/events'),
          import('../../export/export-file'),
        ]);
        const event = getActiveEvent(db);
        if (!event) fail('The store has no event yet: import a guest list first.');
        const scope = options.missing ? 'missing' : 'attendance';
        // Written as it is read: a list of 100,000 guests is never held whole.
        const file = attendanceExport(db, event, format, scope, new Date());
        await writeOutputPieces(options.out, file.pieces);
        const rows = file.rows();
        if (options.out)
          console.log(
            `Wrote ${rows} ${options.missing ? 'missing guests' : 'guests'} as ${exportFileKind(format).toUpperCase()}` +
              `${isSwedishExport(format) ? ' for Swedish Excel' : ''} to ${options.out}.`,
          );
      });
    });

/** `--excel-sv` with a --format: its Swedish kind; JSON, for programs, has none. */
function swedishFormat(format: ExportFormat): ExportFormat {
  if (format === 'json') fail('--excel-sv is for CSV and XLSX: JSON is read by programs and keeps its English keys.');
  return format === 'csv' ? 'csv-sv' : format === 'xlsx' ? 'xlsx-sv' : format;
}
