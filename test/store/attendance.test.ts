import { describe, expect, it } from 'vitest';
import {
  appendAttendance,
  attendanceLog,
  attendanceStatus,
  guestAttendanceLog,
  guestStatus,
} from '../../src/main/store/attendance';
import { parseHlc } from '../../src/shared/hlc';
import { getSetting } from '../../src/main/store/settings';
import { tempStation, UUID, WALL_TIME_WITH_OFFSET } from '../helpers/temp';

function oneGuest() {
  const store = tempStation([{ code: 'abcd1234', firstName: 'Åsa', lastName: 'Ek' }]);
  const guestId = store.guests[0]!.id;
  const append = (kind: 'check-in' | 'undo', at: string, stationId = store.station.stationId) =>
    appendAttendance(
      store.db,
      { eventId: store.eventId, guestId, stationId, kind, method: kind === 'undo' ? 'staff' : 'wedge' },
      new Date(at),
    );
  return { ...store, guestId, append };
}

describe('attendance status, derived from the log', () => {
  it('is "not checked in" for an empty log', () => {
    const { db, guestId } = oneGuest();
    expect(guestStatus(db, guestId)).toEqual({ checkedIn: false });
    expect(attendanceStatus([])).toEqual({ checkedIn: false });
  });

  it('counts the first check-in, not a later one', () => {
    const { db, guestId, append } = oneGuest();
    const first = append('check-in', '2026-03-12T08:00:00Z');
    append('check-in', '2026-03-12T08:05:00Z', 'other-station');
    expect(guestStatus(db, guestId)).toEqual({ checkedIn: true, checkIn: first });
  });

  it('is "not checked in" after an undo, and counts the check-in after it', () => {
    const { db, guestId, append } = oneGuest();
    append('check-in', '2026-03-12T08:00:00Z');
    append('undo', '2026-03-12T08:01:00Z');
    expect(guestStatus(db, guestId)).toEqual({ checkedIn: false });
    const again = append('check-in', '2026-03-12T08:30:00Z');
    expect(guestStatus(db, guestId)).toEqual({ checkedIn: true, checkIn: again });
    expect(guestAttendanceLog(db, guestId).map((event) => event.kind)).toEqual(['check-in', 'undo', 'check-in']);
  });

  it('follows clock order even when the wall clock went backwards between events', () => {
    const { db, guestId, append } = oneGuest();
    append('check-in', '2026-03-12T09:00:00Z');
    append('undo', '2026-03-12T08:00:00Z'); // the station's clock was set back an hour
    expect(guestStatus(db, guestId)).toEqual({ checkedIn: false });
  });
});

describe('appendAttendance', () => {
  it('records a UUID, the guest, station, method, wall time with offset and an HLC timestamp', () => {
    const { db, eventId, guestId, station, append } = oneGuest();
    const event = append('check-in', '2026-03-12T08:00:00Z');
    expect(event).toMatchObject({ eventId, guestId, stationId: station.stationId, kind: 'check-in', method: 'wedge' });
    expect(event.id).toMatch(UUID);
    expect(event.wallTime).toMatch(WALL_TIME_WITH_OFFSET);
    expect(new Date(event.wallTime).toISOString()).toBe('2026-03-12T08:00:00.000Z');
    expect(parseHlc(event.hlc)).toEqual({
      millis: Date.parse('2026-03-12T08:00:00Z'),
      counter: 0,
      node: station.stationId,
    });
    expect(attendanceLog(db, eventId)).toEqual([event]);
  });

  it('keeps the HLC moving forward across restarts, because it is stored', () => {
    const { db, append } = oneGuest();
    const first = append('check-in', '2026-03-12T08:00:00Z');
    expect(getSetting(db, 'hlc')).toBe(first.hlc);
    const second = append('undo', '2026-03-12T08:00:00Z');
    const third = append('check-in', '2026-03-12T07:00:00Z');
    expect(second.hlc > first.hlc).toBe(true);
    expect(third.hlc > second.hlc).toBe(true);
  });

  it('gives each later event a larger UUID: the hub appends to its key index instead of rewriting it', () => {
    const { append } = oneGuest();
    // Faster than the clock ticks, and with the wall time given going back and forth: the order is the order written.
    const ids = Array.from({ length: 500 }, (_, i) => append('check-in', `2026-03-12T08:00:0${i % 2}Z`).id);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(UUID);
  });
});
