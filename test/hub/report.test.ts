// The hub's merged attendance as an organizer downloads it: walk-ins travel and are marked, double
// entries are flagged, every CSV row has a cell under every header, and the who's-who has every door's photos.
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { syncRecord, type SyncRecord } from '../../src/shared/sync-protocol';
import { hubAttendance, hubWhosWho } from '../../src/main/hub/report';
import { hubAttendanceCsv } from '../../src/main/hub/report-csv';

const at = (minute: number) => `2026-03-12T08:${String(minute).padStart(2, '0')}:00.000+01:00`;
const hlc = (minute: number, node: string) => `2026-03-12T07:${String(minute).padStart(2, '0')}:00.000Z-0000-${node}`;

const records: SyncRecord[] = [
  { type: 'event', id: 'ev1', name: 'Ledarforum', startsOn: '2026-03-12', venue: null, createdAt: at(0) },
  guest('g1', 'Åsa', 'Öhman', 'import'),
  guest('g2', 'Emma', 'Johansson', 'walk-in'),
  checkIn('a1', 'g1', 'door-a', 5, 'wedge'),
  checkIn('a2', 'g1', 'door-b', 7, 'camera'),
  checkIn('a3', 'g2', 'door-b', 9, 'walk-in'),
].map((record) => syncRecord.parse(record));

function guest(id: string, firstName: string, lastName: string, source: 'import' | 'walk-in'): SyncRecord {
  return {
    type: 'guest',
    id,
    eventId: 'ev1',
    code: `code${id}0000`,
    firstName,
    lastName,
    title: 'Enhetschef',
    department: 'Socialförvaltningen',
    email: `${id}@kommun.example`,
    source,
    createdAt: at(0),
    updatedAt: at(0),
  };
}

function checkIn(
  id: string,
  guestId: string,
  stationId: string,
  minute: number,
  method: 'wedge' | 'camera' | 'walk-in',
): SyncRecord {
  return {
    type: 'attendance',
    id,
    eventId: 'ev1',
    guestId,
    stationId,
    action: 'check-in',
    method,
    wallTime: at(minute),
    hlc: hlc(minute, stationId),
  };
}

it('counts the earliest check-in, flags the second door, and marks the walk-in', () => {
  const report = hubAttendance(records);
  const asa = report.rows.find((row) => row.name === 'Åsa Öhman')!;
  expect(asa.checkIn).toMatchObject({ stationId: 'door-a', wallTime: at(5) });
  expect(asa.doubleEntries).toEqual([{ stationId: 'door-b', wallTime: at(7) }]);
  const emma = report.rows.find((row) => row.name === 'Emma Johansson')!;
  expect(emma).toMatchObject({ checkedIn: true, walkIn: true });
  expect(emma.checkIn?.method).toBe('walk-in');
});

it('writes a CSV whose rows line up with its header', () => {
  const csv = hubAttendanceCsv(hubAttendance(records));
  const [header, ...rows] = parse(csv.replace(/^\ufeff/, '')) as string[][];
  expect(header).toEqual([
    ...'name,title,department,email,checked_in,checked_in_at,station,method,walk_in,double_entry'.split(','),
  ]);
  for (const row of rows) expect(row).toHaveLength(header!.length);
  const emma = rows.find((row) => row[0] === 'Emma Johansson')!;
  expect(emma[header!.indexOf('walk_in')]).toBe('yes');
  const asa = rows.find((row) => row[0] === 'Åsa Öhman')!;
  expect(asa[header!.indexOf('double_entry')]).toBe('door-b 2026-03-12T07:07:00.000+00:00');
});

it("writes every time in one zone: the event's where the exporting station knows it, else UTC, never each door's", () => {
  // A door whose clock ran in India's zone checked Emma in at the same moment as 08:09 in Stockholm.
  const doors = records.map((record) =>
    record.type === 'attendance' && record.id === 'a3'
      ? { ...record, wallTime: '2026-03-12T12:39:00.000+05:30' }
      : record,
  );
  const times = (timeZone?: string) => {
    const [header, ...rows] = parse(
      hubAttendanceCsv(hubAttendance(doors), {}, timeZone).replace(/^\ufeff/, ''),
    ) as string[][];
    const column = header!.indexOf('checked_in_at');
    return Object.fromEntries(rows.map((row) => [row[0], row[column]]));
  };
  expect(times()).toEqual({
    'Åsa Öhman': '2026-03-12T07:05:00.000+00:00',
    'Emma Johansson': '2026-03-12T07:09:00.000+00:00',
  });
  expect(times('Europe/Stockholm')).toEqual({
    'Åsa Öhman': '2026-03-12T08:05:00.000+01:00',
    'Emma Johansson': '2026-03-12T08:09:00.000+01:00',
  });
});

it("puts each listed guest's newest photo in the who's-who: an alias's photo under its guest, no tombstones", () => {
  const photo = (id: string, jpeg: string | null): SyncRecord => ({
    type: 'photo',
    id,
    eventId: 'ev1',
    jpeg,
    takenAt: jpeg && at(10),
    updatedAt: at(10),
  });
  const booklet = (initials: boolean) =>
    hubWhosWho(
      [
        ...records,
        // Emma registered again at another door with the same e-mail: one person, her photo taken there.
        { ...guest('g3', 'Emma', 'Johansson', 'walk-in'), email: 'g2@kommun.example' },
        { ...guest('g4', 'Bo', 'Ek', 'import'), removedAt: at(3) },
        guest('g5', 'Cecilia', 'Dahl', 'import'),
        photo('g1', 'AAAA'),
        photo('g3', 'BBBB'),
        photo('g4', 'CCCC'),
        photo('g5', null),
      ].map((record) => syncRecord.parse(record)),
      initials,
      0,
    );
  expect(booklet(false)).toEqual({
    event: { id: 'ev1', name: 'Ledarforum' },
    cards: [
      { fullName: 'Emma Johansson', title: 'Enhetschef', department: 'Socialförvaltningen', photo: 'BBBB' },
      { fullName: 'Åsa Öhman', title: 'Enhetschef', department: 'Socialförvaltningen', photo: 'AAAA' },
    ],
    next: null,
  });
  expect(booklet(true).cards.map((card) => [card.fullName, card.photo])).toEqual([
    ['Cecilia Dahl', null],
    ['Emma Johansson', 'BBBB'],
    ['Åsa Öhman', 'AAAA'],
  ]);
});

it("gives each person the photo edited last, their own or a duplicate's: a withdrawal hides an older one", () => {
  const photo = (id: string, jpeg: string | null, minute: number): SyncRecord => ({
    type: 'photo',
    id,
    eventId: 'ev1',
    jpeg,
    takenAt: jpeg && at(minute),
    updatedAt: at(minute),
  });
  // Emma registered again at another door with the same e-mail (g3): one person, two photo records.
  const emmaPhoto = (...photos: SyncRecord[]) =>
    hubWhosWho(
      [...records, { ...guest('g3', 'Emma', 'Johansson', 'walk-in'), email: 'g2@kommun.example' }, ...photos].map(
        (record) => syncRecord.parse(record),
      ),
      true,
      0,
    ).cards.find((card) => card.fullName === 'Emma Johansson')!.photo;
  expect(emmaPhoto(photo('g2', 'OWN0', 20), photo('g3', 'DUPE', 10))).toBe('OWN0');
  expect(emmaPhoto(photo('g3', 'DUPE', 10), photo('g2', 'OWN0', 20))).toBe('OWN0');
  expect(emmaPhoto(photo('g2', 'OWN0', 10), photo('g3', 'DUPE', 20))).toBe('DUPE');
  // She withdrew her consent at her own door after the duplicate's photo was taken: no photo at all.
  expect(emmaPhoto(photo('g3', 'DUPE', 10), photo('g2', null, 20))).toBeNull();
  expect(emmaPhoto(photo('g2', null, 20), photo('g3', 'DUPE', 10))).toBeNull();
  // Withdrawn at the duplicate's door, her older own photo stays withdrawn with it.
  expect(emmaPhoto(photo('g2', 'OWN0', 10), photo('g3', null, 20))).toBeNull();
});

it('writes the merged CSV for Swedish Excel when asked: semicolons, Swedish headers and values, times Excel reads', () => {
  const csv = hubAttendanceCsv(hubAttendance(records), { 'door-b': 'Entré Syd' }, 'Europe/Stockholm', {
    excelSv: true,
  });
  const [header, ...rows] = parse(csv.replace(/^\ufeff/, ''), { delimiter: ';' }) as string[][];
  expect(header).toEqual([
    ...'namn;titel;förvaltning;e-post;incheckad;incheckad_tid;station;sätt;spontanbesök;dubbelregistrering'.split(';'),
  ]);
  const asa = rows.find((row) => row[0] === 'Åsa Öhman')!;
  expect(asa.slice(4, 9)).toEqual(['ja', '2026-03-12 08:05:00', 'door-a', 'streckkodsläsare', 'nej']);
  expect(asa[9]).toBe('Entré Syd 2026-03-12 08:07:00');
  expect(rows.find((row) => row[0] === 'Emma Johansson')!.slice(7, 9)).toEqual(['spontanbesök', 'ja']);
});
