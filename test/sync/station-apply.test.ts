// Applying what the hub sends, at one station (real SQLite): idempotent, clock-skew safe, and the
// same merge of a walk-in registered at two doors that every station reaches on its own.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/main/store/database';
import { tempStore } from '../helpers/temp';
import { appendAttendance, guestStatus } from '../../src/main/store/attendance';
import { createEvent } from '../../src/main/store/events';
import { insertGuest, listGuests, removeGuests, searchGuests } from '../../src/main/store/guests';
import { attendanceReport } from '../../src/main/export/attendance-report';
import { applyRemoteRecords, confirmOutbox, pendingCount, readOutbox } from '../../src/main/sync/outbox';
import { hubAttendance } from '../../src/main/hub/report';
import type { AttendanceRecord } from '../../src/shared/sync-protocol';

const freshStore = (): Db => tempStore().db;

/** Two stores that share an event and its guest list, as after a first sync. */
function twoDoors() {
  const a = freshStore();
  const event = createEvent(a, { name: 'Ledarforum', startsOn: null, venue: null });
  const anna = insertGuest(a, {
    eventId: event.id,
    code: 'anna0001',
    firstName: 'Anna',
    lastName: 'Berg',
    title: '',
    department: '',
    email: 'anna@example.se',
    source: 'import',
  });
  const b = freshStore();
  applyRemoteRecords(b, 'door-b', readOutbox(a, 100)!.records);
  return { a, b, event, anna };
}

const attendanceOf = (db: Db): AttendanceRecord[] =>
  readOutbox(db, 1000)!.records.filter((record): record is AttendanceRecord => record.type === 'attendance');

describe('applying records pulled from the hub', () => {
  it('writes them once however often they arrive, and never queues them again', () => {
    const { a, b, anna } = twoDoors();
    appendAttendance(a, {
      eventId: anna.eventId,
      guestId: anna.id,
      stationId: 'door-a',
      kind: 'check-in',
      method: 'wedge',
    });
    const records = attendanceOf(a);
    applyRemoteRecords(b, 'door-b', records);
    applyRemoteRecords(b, 'door-b', [...records, ...records]);
    expect(b.prepare('SELECT count(*) AS n FROM attendance_events').get()).toEqual({ n: 1 });
    expect(pendingCount(b)).toBe(0);
    expect(guestStatus(b, anna.id).checkedIn).toBe(true);
  });

  it('orders by the hybrid clock, not the wall clock, when a door is 10 minutes behind', () => {
    const { a, b, anna } = twoDoors();
    const now = Date.parse('2026-11-27T08:00:00Z');
    // Door A checks Anna in; door B, whose clock is 10 minutes behind, learns of it, then undoes it.
    appendAttendance(
      a,
      { eventId: anna.eventId, guestId: anna.id, stationId: 'door-a', kind: 'check-in', method: 'wedge' },
      new Date(now),
    );
    applyRemoteRecords(b, 'door-b', attendanceOf(a), now - 10 * 60_000);
    const undo = appendAttendance(
      b,
      { eventId: anna.eventId, guestId: anna.id, stationId: 'door-b', kind: 'undo', method: 'staff' },
      new Date(now - 10 * 60_000 + 1000),
    );
    expect(undo.hlc > attendanceOf(a)[0]!.hlc).toBe(true);
    expect(undo.wallTime < attendanceOf(a)[0]!.wallTime).toBe(true);
    expect(guestStatus(b, anna.id).checkedIn).toBe(false);
    applyRemoteRecords(a, 'door-a', attendanceOf(b));
    expect(guestStatus(a, anna.id).checkedIn).toBe(false);
  });

  it('merges a walk-in registered at two doors into the guest whose id sorts first, at both doors', () => {
    const { a, b, event } = twoDoors();
    const walkIn = (db: Db, code: string) =>
      insertGuest(db, {
        eventId: event.id,
        code,
        firstName: 'Vera',
        lastName: 'Walkin',
        title: '',
        department: '',
        email: code === 'vera000a' ? 'vera@example.se' : 'VERA@example.se',
        source: 'walk-in',
      });
    const atA = walkIn(a, 'vera000a');
    const atB = walkIn(b, 'vera000b');
    appendAttendance(a, { eventId: event.id, guestId: atA.id, stationId: 'door-a', kind: 'check-in', method: 'staff' });
    appendAttendance(b, { eventId: event.id, guestId: atB.id, stationId: 'door-b', kind: 'check-in', method: 'staff' });
    const fromA = readOutbox(a, 100)!.records;
    const fromB = readOutbox(b, 100)!.records;
    applyRemoteRecords(a, 'door-a', fromB);
    applyRemoteRecords(b, 'door-b', fromA);

    const winner = [atA.id, atB.id].sort()[0];
    for (const db of [a, b]) {
      const veras = listGuests(db, event.id).filter((guest) => guest.lastName === 'Walkin');
      expect(veras.map((guest) => guest.id)).toEqual([winner]);
      expect(searchGuests(db, event.id, 'vera walkin')).toHaveLength(1);
      expect(guestStatus(db, atA.id).checkedIn).toBe(true);
      expect(guestStatus(db, atB.id).checkedIn).toBe(true);
      expect(attendanceReport(db, event.id).filter((row) => row.checkedIn)).toHaveLength(1);
    }
  });

  it('carries a guest taken off the list to the other door and the hub, keeping their check-in in the log', () => {
    const { a, b, event, anna } = twoDoors();
    appendAttendance(a, {
      eventId: event.id,
      guestId: anna.id,
      stationId: 'door-a',
      kind: 'check-in',
      method: 'wedge',
    });
    applyRemoteRecords(b, 'door-b', readOutbox(a, 100)!.records);
    confirmOutbox(a, readOutbox(a, 100)!.lastSeq);
    removeGuests(a, [anna.id]);
    const removal = readOutbox(a, 100)!.records;
    expect(removal).toEqual([expect.objectContaining({ type: 'guest', id: anna.id, removedAt: expect.any(String) })]);
    applyRemoteRecords(b, 'door-b', removal);
    expect(listGuests(b, event.id)).toEqual([]);
    expect(searchGuests(b, event.id, 'anna')).toEqual([]);
    expect(attendanceReport(b, event.id)).toEqual([]);
    expect(b.prepare('SELECT count(*) AS n FROM attendance_events').get()).toEqual({ n: 1 });
    expect(hubAttendance([...(readOutbox(b, 100)?.records ?? []), ...removal]).rows).toEqual([]);
  });
});
