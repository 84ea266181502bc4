// Exports name the station that checked a guest in: the name staff gave it, else its short id, never
// the whole UUID (issue 14, item 6).
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportAttendance } from '../helpers/export-whole';
import { appendAttendance } from '../../src/main/store/attendance';
import { getActiveEvent } from '../../src/main/store/events';
import { setStationName } from '../../src/main/store/station-names';
import { tempStation } from '../helpers/temp';

const OTHER_DOOR = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

function twoDoors() {
  const { db, station, eventId, guests } = tempStation([
    { code: 'asa00001', firstName: 'Åsa', lastName: 'Öhman' },
    { code: 'bo000001', firstName: 'Bo', lastName: 'Ek' },
  ]);
  const checkIn = (guestId: string, stationId: string) =>
    appendAttendance(db, { eventId, guestId, stationId, kind: 'check-in', method: 'wedge' });
  checkIn(guests[0]!.id, station.stationId);
  checkIn(guests[1]!.id, OTHER_DOOR);
  return { db, station, event: getActiveEvent(db)! };
}

const stationColumn = async (db: Parameters<typeof exportAttendance>[0], format: 'csv' | 'json') => {
  const file = await exportAttendance(db, getActiveEvent(db)!, format);
  if (format === 'json')
    return (JSON.parse(file.bytes.toString('utf8')).guests as { name: string; station: string }[]).map(
      (guest) => `${guest.name}: ${guest.station}`,
    );
  return (parse(file.bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[]).map(
    (row) => `${row.name}: ${row.station}`,
  );
};

describe('station names in exports', () => {
  it('shows the short id of an unnamed station, and the name once it has one', async () => {
    const { db, station } = twoDoors();
    expect(await stationColumn(db, 'csv')).toEqual([
      `Bo Ek: ${OTHER_DOOR.slice(0, 8)}`,
      `Åsa Öhman: ${station.stationId.slice(0, 8)}`,
    ]);
    setStationName(db, station.stationId, '  Entré norr ');
    setStationName(db, OTHER_DOOR, 'Entré syd');
    expect(await stationColumn(db, 'csv')).toEqual(['Bo Ek: Entré syd', 'Åsa Öhman: Entré norr']);
    expect(await stationColumn(db, 'json')).toEqual(['Bo Ek: Entré syd', 'Åsa Öhman: Entré norr']);
    setStationName(db, OTHER_DOOR, '');
    expect(await stationColumn(db, 'csv')).toEqual([`Bo Ek: ${OTHER_DOOR.slice(0, 8)}`, 'Åsa Öhman: Entré norr']);
  });
});
