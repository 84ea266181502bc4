import { afterEach, describe, expect, it } from 'vitest';
import { editGuest, staffGuestPage, undoCheckIn } from '../../src/main/staff/guest-list';
import { dashboardFigures } from '../../src/main/staff/dashboard';
import { createWalkIn } from '../../src/main/staff/walk-ins';
import { checkInGuest } from '../../src/main/kiosk/check-in';
import { getActiveEvent } from '../../src/main/store/events';
import { attendanceReport } from '../../src/main/export/attendance-report';
import {
  appendAttendance,
  attendanceLogByGuest,
  attendanceStatus,
  guestAttendanceLog,
} from '../../src/main/store/attendance';
import { insertGuests } from '../../src/main/store/guests';
import { GUEST_FILTERS, type GuestListCursor, type StaffGuest } from '../../src/shared/staff';
import { tempStation } from '../helpers/temp-station';
import { allStaffGuests } from '../helpers/staff-guests';

let station: ReturnType<typeof tempStation>;
afterEach(() => station?.close());

const eventId = () => getActiveEvent(station.db)!.id;
const guestNamed = (fullName: string) =>
  allStaffGuests(station.db, eventId()).find((guest) => guest.fullName === fullName)!;

describe('staff guest list', () => {
  it('undoes a check-in with an undo event; the guest is then not checked in, and can check in again', () => {
    station = tempStation();
    const emma = guestNamed('Emma Johansson');
    checkInGuest(station, emma.id, 'search');
    expect(guestNamed('Emma Johansson').checkedInAt).not.toBeNull();

    expect(undoCheckIn(station, emma.id).checkedInAt).toBeNull();
    expect(guestAttendanceLog(station.db, emma.id).map((e) => e.kind)).toEqual(['check-in', 'undo']);
    const row = attendanceReport(station.db, eventId()).find((r) => r.name === 'Emma Johansson');
    expect(row).toMatchObject({ checkedIn: false, checkIn: null });
    // Undoing twice adds nothing.
    undoCheckIn(station, emma.id);
    expect(guestAttendanceLog(station.db, emma.id)).toHaveLength(2);

    expect(checkInGuest(station, emma.id, 'staff').kind).toBe('welcome');
    expect(guestNamed('Emma Johansson').method).toBe('staff');
  });

  it('edits a guest, flags them, and filters and searches the list, with a count per filter', () => {
    station = tempStation();
    const emma = guestNamed('Emma Johansson');
    const edited = editGuest(station.db, emma.id, {
      firstName: 'Emma',
      lastName: 'Johansson Berg',
      title: 'Skoldirektör',
      department: emma.department,
      email: 'emma@example.se',
      flagged: true,
    });
    expect(edited).toMatchObject({ fullName: 'Emma Johansson Berg', title: 'Skoldirektör', flagged: true });
    const all = allStaffGuests(station.db, eventId());
    const names = (filter: (typeof GUEST_FILTERS)[number], query = '') =>
      allStaffGuests(station.db, eventId(), filter, query).map((g) => g.fullName);
    expect(names('flagged')).toEqual(['Emma Johansson Berg']);
    expect(names('all', 'skoldirektor')).toEqual(['Emma Johansson Berg']);
    expect(names('all', 'EXAMPLE.se berg')).toEqual(['Emma Johansson Berg']);
    expect(names('arrived')).toEqual([]);
    expect(names('missing')).toHaveLength(all.length);

    checkInGuest(station, emma.id, 'staff');
    const page = staffGuestPage(station.db, eventId(), { filter: 'arrived', query: 'emma', after: null, limit: 10 });
    expect(page.guests.map((g) => g.fullName)).toEqual(['Emma Johansson Berg']);
    expect(page.counts).toEqual({ all: 1, arrived: 1, missing: 0, 'walk-ins': 0, flagged: 1 });
    expect(
      staffGuestPage(station.db, eventId(), { filter: 'all', query: '', after: null, limit: 1 }).counts,
    ).toMatchObject({ all: all.length, arrived: 1, missing: all.length - 1 });
  });

  it('pages through the list in Swedish order (Å, Ä, Ö after Z), each guest once', () => {
    station = tempStation();
    const event = eventId();
    const names = [
      ['Örjan', 'Öberg'],
      ['Åsa', 'Åberg'],
      ['Zara', 'Zetterlund'],
      ['Bo', 'Ek'],
      ['Al', 'Eke'],
    ];
    insertGuests(
      station.db,
      names.map(([firstName, lastName], i) => ({
        eventId: event,
        code: `sort000${i}`,
        firstName: firstName!,
        lastName: lastName!,
        title: '',
        department: '',
        email: '',
        source: 'import' as const,
      })),
    );
    const seen: StaffGuest[] = [];
    let after: GuestListCursor | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const page = staffGuestPage(station.db, event, { filter: 'all', query: '', after, limit: 7 });
      seen.push(...page.guests);
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual(allStaffGuests(station.db, event));
    expect(new Set(seen.map((g) => g.id)).size).toBe(seen.length);
    const lastNames = seen.map((g) => g.lastName);
    expect(lastNames.indexOf('Ek')).toBeLessThan(lastNames.indexOf('Eke'));
    expect(lastNames.indexOf('Zetterlund')).toBeLessThan(lastNames.indexOf('Åberg'));
    expect(lastNames.indexOf('Åberg')).toBeLessThan(lastNames.indexOf('Öberg'));
  });

  it('keeps each guest’s arrival as the log says, through undo, late events from other doors and merges', () => {
    station = tempStation();
    const event = eventId();
    const [a, b, c] = allStaffGuests(station.db, event);
    const insertRemote = (guestId: string, kind: 'check-in' | 'undo', hlc: string, wallTime: string) =>
      station.db
        .prepare(
          `INSERT INTO attendance_events (id, event_id, guest_id, station_id, kind, method, wall_time, hlc)
           VALUES (lower(hex(randomblob(16))), ?, ?, 'door-b', ?, 'wedge', ?, ?)`,
        )
        .run(event, guestId, kind, wallTime, hlc);
    checkInGuest(station, a!.id, 'wedge');
    undoCheckIn(station, a!.id);
    // An older check-in from another door arrives late: it came before the undo, so it does not count.
    insertRemote(a!.id, 'check-in', '0000000000001-0000-door-b', '2026-03-12T07:00:00.000+01:00');
    // Two doors checked b in; the earlier one counts, whichever arrives last.
    insertRemote(b!.id, 'check-in', '0000000000009-0000-door-b', '2026-03-12T08:09:00.000+01:00');
    insertRemote(b!.id, 'check-in', '0000000000005-0000-door-b', '2026-03-12T08:05:00.000+01:00');
    // c is merged into b: its events count for b, and c is listed no more.
    insertRemote(c!.id, 'check-in', '0000000000002-0000-door-b', '2026-03-12T08:02:00.000+01:00');
    station.db.prepare('INSERT INTO guest_aliases (alias_id, guest_id) VALUES (?, ?)').run(c!.id, b!.id);

    const logs = attendanceLogByGuest(station.db, event);
    const listed = allStaffGuests(station.db, event);
    for (const guest of listed) {
      const status = attendanceStatus(logs.get(guest.id) ?? []);
      expect(guest.checkedInAt).toBe(status.checkedIn ? status.checkIn.wallTime : null);
    }
    const arrivedIds = (list: StaffGuest[]) => list.filter((g) => g.checkedInAt !== null).map((g) => g.id);
    expect(allStaffGuests(station.db, event, 'arrived').map((g) => g.id)).toEqual(arrivedIds(listed));
    expect(listed.find((g) => g.id === a!.id)!.checkedInAt).toBeNull();
    expect(listed.find((g) => g.id === b!.id)!.checkedInAt).toBe('2026-03-12T08:02:00.000+01:00');
    expect(listed.some((g) => g.id === c!.id)).toBe(false);

    // Sync finds they are two people after all: c stands on its own again, with its own arrival.
    station.db.prepare('DELETE FROM guest_aliases').run();
    expect(allStaffGuests(station.db, event).find((g) => g.id === c!.id)!.checkedInAt).toBe(
      '2026-03-12T08:02:00.000+01:00',
    );
    expect(allStaffGuests(station.db, event).find((g) => g.id === b!.id)!.checkedInAt).toBe(
      '2026-03-12T08:05:00.000+01:00',
    );
    expect(allStaffGuests(station.db, event, 'arrived').map((g) => g.id)).toEqual(
      arrivedIds(allStaffGuests(station.db, event)),
    );
  });

  it('counts arrivals for the dashboard, per five minutes and per department', () => {
    station = tempStation();
    const event = eventId();
    const all = allStaffGuests(station.db, event);
    const arrive = (guest: StaffGuest, time: string) =>
      appendAttendance(
        station.db,
        { eventId: event, guestId: guest.id, stationId: station.stationId, kind: 'check-in', method: 'wedge' },
        new Date(time),
      );
    arrive(all[0]!, '2026-03-12T08:01:00.000+01:00');
    arrive(all[1]!, '2026-03-12T08:04:59.000+01:00');
    arrive(all[2]!, '2026-03-12T08:16:00.000+01:00');
    const figures = dashboardFigures(station.db, event);
    expect(figures).toMatchObject({ expected: all.length, arrivedExpected: 3, walkIns: 0, missing: all.length - 3 });
    expect(figures.perFiveMinutes.map((bucket) => bucket.count)).toEqual([2, 0, 0, 1]);
    expect(figures.perFiveMinutes[0]!.start).toBe(Date.parse('2026-03-12T08:00:00.000+01:00'));
    expect(figures.latest.map((entry) => entry.fullName)).toEqual([
      all[2]!.fullName,
      all[1]!.fullName,
      all[0]!.fullName,
    ]);
    expect(figures.byDepartment.reduce((sum, d) => sum + d.arrived, 0)).toBe(3);
  });

  it('never shows a department as more arrived than expected: a walk-in is counted beside it', () => {
    station = tempStation();
    createWalkIn(station, { firstName: 'Nils', lastName: 'Nyman', title: '', department: 'Ny förvaltning', email: '' });
    const figures = dashboardFigures(station.db, eventId());
    expect(figures.byDepartment.find((row) => row.department === 'Ny förvaltning')).toEqual({
      department: 'Ny förvaltning',
      arrived: 0,
      expected: 0,
      walkIns: 1,
    });
    for (const row of figures.byDepartment) expect(row.arrived).toBeLessThanOrEqual(row.expected);
  });
});
