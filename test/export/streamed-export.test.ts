// `entre export` writes CSV as it reads the guests (issue 15): what it writes must be what the log says,
// over more rows than one written piece, for the whole list and for the missing guests.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkInGuest } from '../../src/main/kiosk/check-in';
import { createWalkIn } from '../../src/main/staff/walk-ins';
import { undoCheckIn } from '../../src/main/staff/guest-list';
import { guestStatus } from '../../src/main/store/attendance';
import { fullName, insertGuests, listGuests, removeGuests } from '../../src/main/store/guests';
import { tempStation } from '../helpers/temp';
import { numberedGuests } from '../helpers/numbered-guests';
import { stationLabel, stationNames } from '../../src/main/store/station-names';

const ENTRE = fileURLToPath(new URL('../../bin/entre.js', import.meta.url));
const GUESTS = 2600; // more than two pieces of 1,000 records

const entre = (args: string[]) =>
  new Promise<string>((resolve, reject) =>
    execFile(process.execPath, [ENTRE, ...args], (error, stdout, stderr) =>
      error ? reject(new Error(stderr)) : resolve(stdout),
    ),
  );

describe('entre export, written as it is read', () => {
  it('writes every guest with the check-in that counts, and the missing guests, as the log says', async () => {
    const { db, file, dir, station, eventId } = tempStation([]);
    insertGuests(
      db,
      numberedGuests(eventId, GUESTS, (i) => ({
        // Sorted before the walk-in made below, so the first row is an imported guest.
        lastName: `Nummer${String(i).padStart(4, '0')}`,
        department: '=SUM(A1)',
      })),
    );
    const guests = listGuests(db, eventId);
    for (const guest of guests.filter((_, i) => i % 3 === 0)) checkInGuest(station, guest.id, 'staff');
    undoCheckIn(station, guests[3]!.id);
    removeGuests(db, [guests[1]!.id]);
    createWalkIn(station, { firstName: 'Ali', lastName: 'Walk', title: '', department: '', email: '' });
    const listed = listGuests(db, eventId);
    db.close();

    const all = path.join(dir, 'all.csv');
    expect(await entre(['export', '--db', file, '--out', all])).toBe(
      `Wrote ${listed.length} guests as CSV to ${all}.\n`,
    );
    const missing = path.join(dir, 'missing.csv');
    await entre(['export', '--db', file, '--missing', '--excel-sv', '--out', missing]);

    const { openDatabase } = await import('../../src/main/store/database');
    const reopened = openDatabase(file);
    const rows = parse(fs.readFileSync(all, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    const names = stationNames(reopened);
    expect(rows.map((row) => row.name)).toEqual(listed.map(fullName));
    for (const [index, guest] of listed.entries()) {
      const status = guestStatus(reopened, guest.id);
      expect(rows[index]!.checked_in).toBe(status.checkedIn ? 'yes' : 'no');
      expect(rows[index]!.checked_in_at).toBe(status.checkedIn ? status.checkIn.wallTime : '');
      // Stations are named in exports; an unnamed one by the first characters of its id.
      expect(rows[index]!.station).toBe(status.checkedIn ? stationLabel(names, status.checkIn.stationId) : '');
    }
    expect(rows[0]!.department).toBe("'=SUM(A1)");

    const missingRows = parse(fs.readFileSync(missing, 'utf8'), { bom: true, columns: true, delimiter: ';' }) as Record<
      string,
      string
    >[];
    const expectedMissing = listed.filter(
      (guest) => guest.source !== 'walk-in' && !guestStatus(reopened, guest.id).checkedIn,
    );
    expect(missingRows.map((row) => row.namn)).toEqual(expectedMissing.map(fullName));
    expect(new Set(missingRows.map((row) => row.incheckad))).toEqual(new Set(['nej']));
    expect(missingRows.map((row) => row.namn)).toContain(fullName(guests[3]!));
    reopened.close();
  });
});
