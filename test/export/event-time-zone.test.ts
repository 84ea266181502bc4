// Every time in an export is in the event's zone, whatever zone the station's clock ran in when the
// guest arrived (issue 14, item 3: the station and its screens disagreed by the zones' difference).
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportAttendance } from '../helpers/export-whole';
import { appendAttendance } from '../../src/main/store/attendance';
import { getActiveEvent, updateEvent } from '../../src/main/store/events';
import { inTimeZone, tempStation } from '../helpers/temp';

const ARRIVAL = new Date('2026-03-12T07:41:05.120Z');

function stationInTokyoForAnEventInNewYork() {
  const { db, station, eventId, guests } = tempStation([{ code: 'asa00001', firstName: 'Åsa', lastName: 'Öhman' }]);
  updateEvent(db, eventId, { timeZone: 'America/New_York' });
  inTimeZone('Asia/Tokyo', () =>
    appendAttendance(
      db,
      { eventId, guestId: guests[0]!.id, stationId: station.stationId, kind: 'check-in', method: 'wedge' },
      ARRIVAL,
    ),
  );
  return { db, event: getActiveEvent(db)! };
}

describe("export times in the event's zone", () => {
  it('writes CSV and JSON times with the event’s offset, not the station clock’s', async () => {
    const { db, event } = stationInTokyoForAnEventInNewYork();
    const csv = parse((await exportAttendance(db, event, 'csv')).bytes.toString('utf8'), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(csv[0]!.checked_in_at).toBe('2026-03-12T03:41:05.120-04:00');
    const json = JSON.parse((await exportAttendance(db, event, 'json', 'attendance', ARRIVAL)).bytes.toString('utf8'));
    expect(json.event.timeZone).toBe('America/New_York');
    // When the file was made, in the same zone as every other time in it, not UTC's "Z".
    expect(json.exportedAt).toBe('2026-03-12T03:41:05.120-04:00');
    expect(json.guests[0].checkedInAt).toBe('2026-03-12T03:41:05.120-04:00');
    expect(Date.parse(json.guests[0].checkedInAt)).toBe(ARRIVAL.getTime());
  });

  it("shows the event's wall-clock time in the XLSX date cell", async () => {
    const { db, event } = stationInTokyoForAnEventInNewYork();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportAttendance(db, event, 'xlsx')).bytes as unknown as ArrayBuffer);
    const cell = workbook.worksheets[0]!.getRow(2).getCell('F').value as Date;
    expect(cell.toISOString()).toBe('2026-03-12T03:41:05.120Z');
  });
});
