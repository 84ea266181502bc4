// `entre export` writes XLSX and JSON as it reads the store (issue 15): a workbook of 10,000 guests
// opens in LibreOffice Calc with every row the CSV has, times as date cells in the event's zone, and
// the JSON is the same text, byte for byte, as one JSON.stringify of the whole export.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../e2e/helpers/cli';
import { exportAttendance } from '../helpers/export-whole';
import { checkInGuest } from '../../src/main/kiosk/check-in';
import { createWalkIn } from '../../src/main/staff/walk-ins';
import { appendAttendance } from '../../src/main/store/attendance';
import { getActiveEvent, updateEvent } from '../../src/main/store/events';
import { insertGuests, listGuests } from '../../src/main/store/guests';
import { tempDir, tempStation } from '../helpers/temp';
import { numberedGuests } from '../helpers/numbered-guests';

const GUESTS = 10_000;
const exported = async (args: string[]) => {
  const result = await runCli(['export', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
};

/** The first sheet of a workbook as LibreOffice Calc reads it, written back as UTF-8 CSV of the cells as shown. */
async function calcSheetAsCsv(workbook: string): Promise<Record<string, string>[]> {
  const home = tempDir();
  await promisify(execFile)(
    'soffice',
    [
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,false,false,false,-1',
      '--outdir',
      home,
      workbook,
    ],
    { env: { ...process.env, HOME: home } },
  );
  const [csv] = fs.readdirSync(home).filter((name) => name.endsWith('.csv'));
  return parse(fs.readFileSync(path.join(home, csv!), 'utf8'), { columns: true }) as Record<string, string>[];
}

describe('large exports, written as they are read', () => {
  it('writes a workbook of 10,000 guests that LibreOffice opens with every row the CSV has', async () => {
    const { db, file, dir, station, eventId } = tempStation([]);
    updateEvent(db, eventId, { timeZone: 'America/New_York' });
    insertGuests(
      db,
      numberedGuests(eventId, GUESTS, (i) => ({
        firstName: i % 7 === 0 ? 'Åsa' : 'Gäst',
        title: i === 0 ? '=HYPERLINK("http://evil")' : 'Enhetschef',
        department: 'Socialförvaltningen',
      })),
    );
    const arrived = new Date('2026-03-12T07:41:05Z');
    db.transaction(() => {
      for (const guest of listGuests(db, eventId).filter((_, i) => i % 3 === 0))
        appendAttendance(
          db,
          { eventId, guestId: guest.id, stationId: station.stationId, kind: 'check-in', method: 'wedge' },
          arrived,
        );
    })();
    db.close();

    const workbook = path.join(dir, 'narvaro.xlsx');
    const csvFile = path.join(dir, 'narvaro.csv');
    expect(await exported(['--db', file, '--format', 'xlsx', '--out', workbook])).toBe(
      `Wrote ${GUESTS} guests as XLSX to ${workbook}.\n`,
    );
    await exported(['--db', file, '--out', csvFile]);

    const sheet = await calcSheetAsCsv(workbook);
    const csv = parse(fs.readFileSync(csvFile, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(sheet).toHaveLength(GUESTS);
    expect(Object.keys(sheet[0]!)).toEqual(Object.keys(csv[0]!));
    // The CSV's leading apostrophe keeps a formula as text; the workbook's cell is text without it.
    expect(sheet[0]!.title).toBe('=HYPERLINK("http://evil")');
    for (const [index, row] of csv.entries()) {
      const cells = sheet[index]!;
      expect({ ...cells, title: '', checked_in_at: '' }).toEqual({ ...row, title: '', checked_in_at: '' });
      // A date cell in the event's zone (07:41 UTC is 03:41 in New York in March), shown by its format.
      expect(cells.checked_in_at).toBe(row.checked_in === 'yes' ? '2026-03-12 03:41:05' : '');
    }
    expect(csv.filter((row) => row.checked_in === 'yes')).toHaveLength(Math.ceil(GUESTS / 3));

    const json = path.join(dir, 'narvaro.json');
    await exported(['--db', file, '--format', 'json', '--out', json]);
    const text = fs.readFileSync(json, 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect((JSON.parse(text) as { guests: { name: string }[] }).guests.map((guest) => guest.name)).toEqual(
      csv.map((row) => row.name),
    );
    // Three whole `entre` processes and LibreOffice on a shared machine: room beyond the default 30 s.
  }, 120_000);

  it('writes JSON as one JSON.stringify of the whole export would, for a list and for an empty one', async () => {
    const { db, station, guests } = tempStation([
      { code: 'asa00001', firstName: 'Åsa "Sasa"', lastName: 'Öhman', title: 'Chef\nför IT', email: 'a@b.se' },
      { code: 'bjo00001', firstName: 'Björn', lastName: 'Ek', department: 'Kultur & fritid' },
    ]);
    checkInGuest(station, guests[0]!.id, 'camera');
    createWalkIn(station, { firstName: 'Nils', lastName: 'Nykomling', title: '', department: '', email: '' });
    const event = getActiveEvent(db)!;
    const now = new Date('2026-03-12T09:00:00Z');
    const all = (await exportAttendance(db, event, 'json', 'attendance', now)).bytes.toString('utf8');
    const whole = JSON.parse(all) as { event: object; exportedAt: string; guests: object[] };
    expect(Object.keys(whole)).toEqual(['event', 'exportedAt', 'guests']);
    expect(whole.guests).toHaveLength(3);
    expect(all).toBe(`${JSON.stringify(whole, null, 2)}\n`);

    checkInGuest(station, guests[1]!.id, 'staff');
    const none = (await exportAttendance(db, event, 'json', 'missing', now)).bytes.toString('utf8');
    expect(JSON.parse(none).guests).toEqual([]);
    expect(none).toBe(`${JSON.stringify(JSON.parse(none), null, 2)}\n`);
  });
});
