import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { attendanceReport } from '../../src/main/export/attendance-report';
import { CSV_HEADER, neutralizeFormula } from '../../src/main/export/csv';
import { attendanceCsv, swedishExcelCsv } from '../helpers/export-whole';
import { checkInByCode } from '../../src/main/kiosk/check-in';
import { appendAttendance } from '../../src/main/store/attendance';
import { tempStation, WALL_TIME_WITH_OFFSET } from '../helpers/temp';

const HEADER = 'name,title,department,email,checked_in,checked_in_at,station,method,walk_in';

function exported(guests: Parameters<typeof tempStation>[0]) {
  const store = tempStation(guests);
  const csv = () => attendanceCsv(attendanceReport(store.db, store.eventId));
  const records = () => parse(csv().replace(/^\ufeff/, '')) as string[][];
  return { ...store, csv, records };
}

describe('attendance export', () => {
  it('starts with a BOM and the exact header, one CRLF row per guest', () => {
    const { csv } = exported([
      { code: 'code0001', firstName: 'Åsa', lastName: 'Öhman', title: 'Rektor', department: 'Skola', email: 'a@k.se' },
      { code: 'code0002', firstName: 'Bo', lastName: 'Ek' },
    ]);
    expect(CSV_HEADER.join(',')).toBe(HEADER);
    expect(csv()).toBe(`\ufeff${HEADER}\r\nBo Ek,,,,no,,,,no\r\nÅsa Öhman,Rektor,Skola,a@k.se,no,,,,no\r\n`);
  });

  it('says yes with the time of the FIRST check-in, its station and method', () => {
    const { db, eventId, guests, station, records } = exported([
      { code: 'code0001', firstName: 'Åsa', lastName: 'Ek' },
    ]);
    const first = appendAttendance(
      db,
      { eventId, guestId: guests[0]!.id, stationId: 'door-north', kind: 'check-in', method: 'camera' },
      new Date('2026-03-12T07:41:05.120Z'),
    );
    appendAttendance(
      db,
      { eventId, guestId: guests[0]!.id, stationId: station.stationId, kind: 'check-in', method: 'wedge' },
      new Date('2026-03-12T07:45:00.000Z'),
    );
    expect(records()[1]).toEqual(['Åsa Ek', '', '', '', 'yes', first.wallTime, 'door-north', 'camera', 'no']);
    // The machine's local time: its zone may be half an hour off UTC, or put the moment on another day.
    expect(first.wallTime).toMatch(WALL_TIME_WITH_OFFSET);
    expect(new Date(first.wallTime).toISOString()).toBe('2026-03-12T07:41:05.120Z');
  });

  it('says no for a guest whose check-in was undone', () => {
    const { db, eventId, guests, station, records } = exported([
      { code: 'code0001', firstName: 'Åsa', lastName: 'Ek' },
    ]);
    checkInByCode(station, 'code0001', 'wedge');
    appendAttendance(db, {
      eventId,
      guestId: guests[0]!.id,
      stationId: station.stationId,
      kind: 'undo',
      method: 'staff',
    });
    expect(records()[1]).toEqual(['Åsa Ek', '', '', '', 'no', '', '', '', 'no']);
  });

  it('neutralises every cell a spreadsheet would take for a formula', () => {
    const { records } = exported([
      { code: 'code0001', firstName: '=HYPERLINK("http://evil")', lastName: '' },
      { code: 'code0002', firstName: 'Bo', lastName: 'Ek', title: '+46 70', department: '-1+1', email: '@SUM(A1)' },
      { code: 'code0003', firstName: 'Cilla', lastName: 'Ek', title: '\tTab', department: '\rCR', email: '\nLF' },
      {
        code: 'code0004',
        firstName: 'Dan',
        lastName: 'Ek-Lind',
        title: 'Chef = bäst',
        department: 'a+b',
        email: 'd@k.se',
      },
    ]);
    const rows = records().slice(1);
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ['\'=HYPERLINK("http://evil")', '', '', ''],
      ['Bo Ek', "'+46 70", "'-1+1", "'@SUM(A1)"],
      ['Cilla Ek', "'\tTab", "'\rCR", "'\nLF"],
      ['Dan Ek-Lind', 'Chef = bäst', 'a+b', 'd@k.se'],
    ]);
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\n'])
      expect(neutralizeFormula(`${start}x`)).toBe(`'${start}x`);
    expect(neutralizeFormula('Åsa')).toBe('Åsa');
    expect(neutralizeFormula('')).toBe('');
  });

  it('quotes commas, quotes and line breaks so every row reads back whole', () => {
    const { records } = exported([
      { code: 'code0001', firstName: 'Åsa', lastName: 'Ek', title: 'Chef, "stab"', department: 'Rad 1\nRad 2' },
    ]);
    expect(records()[1]!.slice(0, 3)).toEqual(['Åsa Ek', 'Chef, "stab"', 'Rad 1\nRad 2']);
  });

  it('for Swedish Excel: semicolons, Swedish headers, ja/nej and the method in Swedish, times as Excel reads them, names untouched', () => {
    const store = tempStation([
      {
        code: 'code0001',
        firstName: 'Åsa',
        lastName: 'Öhman',
        title: '=Rektor',
        department: 'Skola; Barn',
        email: 'a@k.se',
      },
      { code: 'code0002', firstName: 'Bo', lastName: 'Ek' },
    ]);
    const welcome = checkInByCode(store.station, 'code0001', 'wedge');
    const iso = welcome.kind === 'welcome' ? welcome.checkedInAt : 'missing';
    // "2026-12-01 16:54:03", which Swedish Excel takes for a date and time; ISO's "T" and offset it keeps as text.
    const at = `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
    expect(at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(swedishExcelCsv(attendanceReport(store.db, store.eventId))).toBe(
      '\ufeffnamn;titel;förvaltning;e-post;incheckad;incheckad_tid;station;sätt;spontanbesök\r\n' +
        'Bo Ek;;;;nej;;;;nej\r\n' +
        `Åsa Öhman;'=Rektor;"Skola; Barn";a@k.se;ja;${at};${store.station.stationId};streckkodsläsare;nej\r\n`,
    );
  });
});

describe('the headers README promises an organizer', () => {
  it('are the headers the exports write, in English and for Swedish Excel', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const store = tempStation([{ code: 'code0001', firstName: 'Bo', lastName: 'Ek' }]);
    const rows = attendanceReport(store.db, store.eventId);
    const header = (csv: string) => csv.replace(/^\ufeff/, '').split('\r\n')[0]!;
    expect(readme).toContain(`header \`${header(attendanceCsv(rows))}\``);
    expect(readme).toContain(`(\`${header(swedishExcelCsv(rows))}\`)`);
  });
});
