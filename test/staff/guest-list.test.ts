import { afterEach, describe, expect, it } from 'vitest';
import { editGuest, filterGuests, staffGuests, undoCheckIn } from '../../src/main/staff/guest-list';
import { dashboardFigures } from '../../src/main/staff/dashboard';
import { checkInGuest } from '../../src/main/kiosk/check-in';
import { getActiveEvent } from '../../src/main/store/events';
import { attendanceReport } from '../../src/main/export/attendance-report';
import { guestAttendanceLog } from '../../src/main/store/attendance';
import { tempStation } from '../helpers/temp-station';

let station: ReturnType<typeof tempStation>;
afterEach(() => station?.close());

const guestNamed = (fullName: string) =>
  staffGuests(station.db, getActiveEvent(station.db)!.id).find((guest) => guest.fullName === fullName)!;

describe('staff guest list', () => {
  it('undoes a check-in with an undo event; the guest is then not checked in, and can check in again', () => {
    station = tempStation();
    const emma = guestNamed('Emma Johansson');
    checkInGuest(station, emma.id, 'search');
    expect(guestNamed('Emma Johansson').checkedInAt).not.toBeNull();

    expect(undoCheckIn(station, emma.id).checkedInAt).toBeNull();
    expect(guestAttendanceLog(station.db, emma.id).map((e) => e.kind)).toEqual(['check-in', 'undo']);
    const row = attendanceReport(station.db, getActiveEvent(station.db)!.id).find((r) => r.name === 'Emma Johansson');
    expect(row).toMatchObject({ checkedIn: false, checkIn: null });
    // Undoing twice adds nothing.
    undoCheckIn(station, emma.id);
    expect(guestAttendanceLog(station.db, emma.id)).toHaveLength(2);

    expect(checkInGuest(station, emma.id, 'staff').kind).toBe('welcome');
    expect(guestNamed('Emma Johansson').method).toBe('staff');
  });

  it('edits a guest, flags them, and filters and searches the list', () => {
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
    const all = staffGuests(station.db, getActiveEvent(station.db)!.id);
    expect(filterGuests(all, 'flagged', '').map((g) => g.fullName)).toEqual(['Emma Johansson Berg']);
    expect(filterGuests(all, 'all', 'skoldirektor').map((g) => g.fullName)).toEqual(['Emma Johansson Berg']);
    expect(filterGuests(all, 'arrived', '')).toEqual([]);
    expect(filterGuests(all, 'missing', '')).toHaveLength(all.length);
  });

  it('counts arrivals for the dashboard, per five minutes and per department', () => {
    station = tempStation();
    const all = staffGuests(station.db, getActiveEvent(station.db)!.id);
    const at = (guest: (typeof all)[number], time: string) => ({
      ...guest,
      checkedInAt: time,
      method: 'wedge' as const,
    });
    const guests = [
      at(all[0]!, '2026-03-12T08:01:00.000+01:00'),
      at(all[1]!, '2026-03-12T08:04:59.000+01:00'),
      at(all[2]!, '2026-03-12T08:16:00.000+01:00'),
      ...all.slice(3),
    ];
    const figures = dashboardFigures(guests);
    expect(figures).toMatchObject({ expected: all.length, arrivedExpected: 3, walkIns: 0, missing: all.length - 3 });
    expect(figures.perFiveMinutes.map((bucket) => bucket.count)).toEqual([2, 0, 0, 1]);
    expect(figures.latest[0]!.fullName).toBe(all[2]!.fullName);
    expect(figures.byDepartment.reduce((sum, d) => sum + d.arrived, 0)).toBe(3);
  });

  it('never shows a department as more arrived than expected: a walk-in is counted beside it', () => {
    station = tempStation();
    const all = staffGuests(station.db, getActiveEvent(station.db)!.id);
    const walkIn = {
      ...all[0]!,
      id: 'walk-in',
      department: 'Ny förvaltning',
      walkIn: true,
      checkedInAt: '2026-03-12T08:01:00.000+01:00',
    };
    const figures = dashboardFigures([...all, walkIn]);
    expect(figures.byDepartment.find((row) => row.department === 'Ny förvaltning')).toEqual({
      department: 'Ny förvaltning',
      arrived: 0,
      expected: 0,
      walkIns: 1,
    });
    for (const row of figures.byDepartment) expect(row.arrived).toBeLessThanOrEqual(row.expected);
  });
});
