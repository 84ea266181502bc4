import { afterEach, describe, expect, it } from 'vitest';
import { probableDuplicates, similarNames, createWalkIn } from '../../src/main/staff/walk-ins';
import { editDistance } from '../../src/shared/search-text';
import { allStaffGuests } from '../helpers/staff-guests';
import { getActiveEvent } from '../../src/main/store/events';
import { guestAttendanceLog } from '../../src/main/store/attendance';
import { attendanceCsv } from '../helpers/export-whole';
import { attendanceReport } from '../../src/main/export/attendance-report';
import { tempStation } from '../helpers/temp-station';
import { insertGuest } from '../../src/main/store/guests';
import { recomputeGuestAliases } from '../../src/main/store/guest-aliases';
import { removeGuest } from '../../src/main/staff/guest-list';

const name = (full: string) => {
  const [firstName, ...rest] = full.split(' ');
  return { firstName: firstName!, lastName: rest.join(' ') };
};

describe('probable duplicates', () => {
  it('finds the same person behind a typo, missing diacritics or swapped names', () => {
    expect(editDistance('johanson', 'johansson')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(similarNames(name('Emma Johanson'), name('Emma Johansson'))).toBe(true);
    expect(similarNames(name('Asa Lindqvist'), name('Åsa Lindqvist'))).toBe(true);
    expect(similarNames(name('Johansson Emma'), name('Emma Johansson'))).toBe(true);
    expect(similarNames(name('Bjorn Ohman'), name('Björn Öhman'))).toBe(true);
  });

  it('does not take different people for the same', () => {
    expect(similarNames(name('Emma Lind'), name('Emma Johansson'))).toBe(false);
    expect(similarNames(name('Eva Berg'), name('Anna Berg'))).toBe(false);
    expect(similarNames(name('Ali Yilmaz'), name('Ali Yildiz'))).toBe(false);
  });

  let station: ReturnType<typeof tempStation>;
  afterEach(() => station?.close());

  it('checks against the guest list, by e-mail as well as by name', () => {
    station = tempStation();
    const event = getActiveEvent(station.db)!;
    const guests = allStaffGuests(station.db, event.id);
    const emma = guests.find((guest) => guest.fullName === 'Emma Johansson')!;
    const found = probableDuplicates(station.db, event.id, { ...name('Emma Johanson'), email: '' });
    expect(found).toEqual([{ guest: emma, reason: 'similar-name' }]);
    expect(probableDuplicates(station.db, event.id, { ...name('Nobody Here'), email: '' })).toEqual([]);
    expect(
      probableDuplicates(station.db, event.id, { ...name('Someone Else'), email: emma.email.toUpperCase() }),
    ).toEqual([{ guest: emma, reason: 'same-email' }]);
  });

  it('registers a walk-in checked in at once, marked as walk-in in the log and the export', () => {
    station = tempStation();
    const event = getActiveEvent(station.db)!;
    const walkIn = createWalkIn(station, {
      firstName: 'Nils',
      lastName: 'Nykomling',
      title: 'Praktikant',
      department: 'Miljöförvaltningen',
      email: '',
    });
    expect(walkIn).toMatchObject({ fullName: 'Nils Nykomling', walkIn: true, method: 'walk-in' });
    expect(walkIn.checkedInAt).not.toBeNull();
    expect(guestAttendanceLog(station.db, walkIn.id).map((e) => [e.kind, e.method])).toEqual([['check-in', 'walk-in']]);
    const csv = attendanceCsv(attendanceReport(station.db, event.id));
    expect(csv).toMatch(/Nils Nykomling,Praktikant,Miljöförvaltningen,,yes,[^,]+,[^,]+,walk-in,yes\r\n/);
  });
});

describe('a cancelled guest who comes anyway', () => {
  let station: ReturnType<typeof tempStation>;
  afterEach(() => station?.close());

  it('is registered as a walk-in who counts, never merged into the removed guest by e-mail', () => {
    station = tempStation();
    const eventId = getActiveEvent(station.db)!.id;
    // The removed guest's id sorts first, so the e-mail rule would have made the walk-in its alias.
    const cancelled = insertGuest(station.db, {
      id: '00000000-0000-4000-8000-000000000001',
      eventId,
      code: 'cancel01',
      ...name('Vera Wahl'),
      title: '',
      department: 'Kulturförvaltningen',
      email: 'vera.wahl@example.se',
      source: 'import',
    });
    removeGuest(station.db, cancelled.id);
    const walkIn = createWalkIn(station, {
      ...name('Vera Wahl'),
      title: '',
      department: '',
      email: 'Vera.Wahl@example.se',
    });
    recomputeGuestAliases(station.db); // as every sync that brings a guest change does

    const listed = allStaffGuests(station.db, eventId, 'walk-ins');
    expect(listed.map((guest) => [guest.id, guest.fullName, guest.checkedInAt !== null])).toEqual([
      [walkIn.id, 'Vera Wahl', true],
    ]);
    expect(attendanceReport(station.db, eventId).find((row) => row.name === 'Vera Wahl')?.checkedIn).toBe(true);
  });
});
