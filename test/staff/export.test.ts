import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { exportAttendance } from '../helpers/export-whole';
import { wallClockDate } from '../../src/main/export/xlsx';
import { checkInGuest } from '../../src/main/kiosk/check-in';
import { createWalkIn } from '../../src/main/staff/walk-ins';
import { getActiveEvent } from '../../src/main/store/events';
import { editGuest } from '../../src/main/staff/guest-list';
import { tempStation } from '../helpers/temp-station';
import { allStaffGuests } from '../helpers/staff-guests';

let station: ReturnType<typeof tempStation>;
afterEach(() => station?.close());

describe('XLSX and JSON export', () => {
  it('writes a workbook with a frozen bold header, date cells and formula-looking text kept as text', async () => {
    station = tempStation();
    const event = getActiveEvent(station.db)!;
    const guests = allStaffGuests(station.db, event.id);
    const emma = guests.find((g) => g.fullName === 'Emma Johansson')!;
    editGuest(station.db, emma.id, { ...emma, title: '=HYPERLINK("http://evil")', flagged: false });
    const welcome = checkInGuest(station, emma.id, 'wedge');
    createWalkIn(station, { firstName: 'Nils', lastName: 'Nykomling', title: '', department: '', email: '' });

    const file = await exportAttendance(station.db, event, 'xlsx');
    expect(file.fileName).toMatch(/^Ledarforum-attendance-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'name',
      'title',
      'department',
      'email',
      'checked_in',
      'checked_in_at',
      'station',
      'method',
      'walk_in',
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(guests.length + 2);

    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const emmaRow = rows.find((row) => row[1] === 'Emma Johansson')!;
    expect(emmaRow[2]).toBe('=HYPERLINK("http://evil")');
    expect(sheet.getCell(`B${rows.indexOf(emmaRow) + 2}`).formula).toBeUndefined();
    expect(emmaRow[6]).toBeInstanceOf(Date);
    expect(emmaRow[6]).toEqual(wallClockDate(welcome.kind === 'welcome' ? welcome.checkedInAt : ''));
    expect(sheet.getCell(`F${rows.indexOf(emmaRow) + 2}`).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(rows.find((row) => row[1] === 'Nils Nykomling')!.slice(8)).toEqual(['walk-in', 'yes']);
  });

  it('keeps the wall-clock time of the station in date cells', () => {
    expect(wallClockDate('2026-03-12T08:41:05.120+01:00').toISOString()).toBe('2026-03-12T08:41:05.120Z');
  });

  it('writes JSON with the event and one object per guest, and only the missing ones when asked', async () => {
    station = tempStation();
    const event = getActiveEvent(station.db)!;
    const guests = allStaffGuests(station.db, event.id);
    checkInGuest(station, guests[0]!.id, 'camera');
    const all = JSON.parse((await exportAttendance(station.db, event, 'json')).bytes.toString('utf8'));
    expect(all.event.name).toBe('Ledarforum');
    expect(all.guests).toHaveLength(guests.length);
    expect(all.guests.find((g: { name: string }) => g.name === guests[0]!.fullName)).toMatchObject({
      checkedIn: true,
      method: 'camera',
      walkIn: false,
    });
    const missing = JSON.parse((await exportAttendance(station.db, event, 'json', 'missing')).bytes.toString('utf8'));
    expect(missing.guests).toHaveLength(guests.length - 1);
    expect(missing.guests.some((g: { name: string }) => g.name === guests[0]!.fullName)).toBe(false);
  });
});
