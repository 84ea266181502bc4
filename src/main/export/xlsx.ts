// Attendance as an Excel workbook: a bold header row kept in view (frozen pane), check-in times as real
// date cells showing the wall-clock time in the event's zone (export-file.ts), and text cells that are never formulas.
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import type { AttendanceRow } from './attendance-report';
import { CSV_HEADER, SWEDISH_HEADER, swedishValue } from './csv';

/**
 * Excel dates carry no time zone: the cell shows the wall-clock time of the ISO string, so the local
 * date and time of the ISO string (its offset dropped) become the cell's value.
 */
export function wallClockDate(isoWithOffset: string): Date {
  const local = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?/.exec(isoWithOffset);
  if (!local) throw new Error(`Not an ISO 8601 time: ${isoWithOffset}`);
  const [, y, mo, d, h, mi, s, ms] = local.map(Number) as number[];
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, ms || 0));
}

/** Rows between turns of the event loop, in which the zip compresses what was written. */
const ROWS_PER_TURN = 200;

/**
 * The workbook in pieces of bytes as the rows are read (exceljs's streaming writer, each row committed
 * as it is added), so a list of 100,000 guests is never held whole: while the reader has not taken
 * what was written, no more rows are read.
 */
export async function* attendanceXlsxPieces(
  rows: Iterable<AttendanceRow>,
  sheetName = 'Attendance',
  /** Swedish headers and yes/no and method values (`xlsx-sv`); the times are date cells either way. */
  { swedish = false } = {},
): AsyncGenerator<Buffer> {
  const word = swedish ? swedishValue : (value: string) => value;
  const out = new PassThrough();
  // Strings inline rather than shared: a shared-strings table would grow with every name and e-mail.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Entré';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = CSV_HEADER.map((header, column) => ({
    header: swedish ? SWEDISH_HEADER[column] : header,
    key: header,
    width: header === 'checked_in_at' ? 20 : header === 'station' ? 38 : 24,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn('checked_in_at').numFmt = 'yyyy-mm-dd hh:mm:ss';
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CSV_HEADER.length } };

  const write = async () => {
    let added = 0;
    for (const row of rows) {
      // Values are plain strings and dates: exceljs writes a string as text, never as a formula.
      sheet
        .addRow({
          name: row.name,
          title: row.title,
          department: row.department,
          email: row.email,
          checked_in: word(row.checkedIn ? 'yes' : 'no'),
          checked_in_at: row.checkIn ? wallClockDate(row.checkIn.wallTime) : null,
          station: row.checkIn?.stationId ?? '',
          method: word(row.checkIn?.method ?? ''),
          walk_in: word(row.walkIn ? 'yes' : 'no'),
        })
        .commit();
      if (++added % ROWS_PER_TURN !== 0) continue;
      // exceljs hands the sheet's text to the zip without waiting: give it turns to compress, and read no
      // more rows while the reader has not taken what was zipped (a reader that stopped early closes
      // `out`, and the rows' statement is let go).
      await nextTurn();
      if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
      if (out.destroyed) return;
    }
    sheet.commit();
    await workbook.commit();
  };
  const written = write().catch((error: Error) => out.destroy(error));
  try {
    for await (const piece of out) yield piece as Buffer;
  } finally {
    out.destroy();
  }
  await written;
}
