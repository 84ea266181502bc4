import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkInByCode, checkInGuest } from '../../src/main/kiosk/check-in';
import { appendAttendance, attendanceLog } from '../../src/main/store/attendance';
import { createEvent, getActiveEvent, setActiveEvent } from '../../src/main/store/events';
import { parseHlc } from '../../src/shared/hlc';
import { tempStation, UUID, WALL_TIME_WITH_OFFSET } from '../helpers/temp';

const ANNA = {
  code: 'k7qm2x9pla4tz8rb',
  firstName: 'Anna-Karin',
  lastName: 'Pålsson',
  title: 'Förvaltningschef',
  department: 'Socialförvaltningen',
  email: 'anna-karin.palsson@kommun.example',
};
const BJORN = {
  code: 'b10rn0hman000000',
  firstName: 'Björn',
  lastName: 'Öhman',
  title: 'Enhetschef',
  department: 'Soc',
};

const publicAnna = (id: string) => ({
  id,
  fullName: 'Anna-Karin Pålsson',
  title: 'Förvaltningschef',
  department: 'Socialförvaltningen',
});

describe('check-in by code', () => {
  it('welcomes the guest with full name, title and department, and records one check-in', () => {
    const { station, eventId, guests } = tempStation([ANNA, BJORN]);
    const outcome = checkInByCode(station, ANNA.code, 'wedge');
    expect(outcome).toEqual({ kind: 'welcome', guest: publicAnna(guests[0]!.id), checkedInAt: expect.any(String) });
    const log = attendanceLog(station.db, eventId);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ guestId: guests[0]!.id, kind: 'check-in', method: 'wedge' });
    if (outcome.kind === 'welcome') expect(outcome.checkedInAt).toBe(log[0]!.wallTime);
  });

  it('has the check-in on disk before it answers: another connection sees it at once', () => {
    const { station, file, guests } = tempStation([ANNA]);
    checkInByCode(station, ANNA.code, 'camera');
    const reader = new Database(file, { readonly: true });
    try {
      expect(reader.prepare('SELECT guest_id, method FROM attendance_events').all()).toEqual([
        { guest_id: guests[0]!.id, method: 'camera' },
      ]);
    } finally {
      reader.close();
    }
  });

  it('answers a second scan with "already", the time of the first, and records nothing new', () => {
    const { station, eventId, guests } = tempStation([ANNA]);
    const first = checkInByCode(station, ANNA.code, 'wedge');
    const second = checkInByCode(station, ANNA.code, 'camera');
    const third = checkInByCode(station, ANNA.code.toUpperCase(), 'wedge');
    expect(first.kind).toBe('welcome');
    const firstAt = first.kind === 'welcome' ? first.checkedInAt : '';
    expect(second).toEqual({ kind: 'already', guest: publicAnna(guests[0]!.id), checkedInAt: firstAt });
    expect(third).toEqual(second);
    expect(attendanceLog(station.db, eventId)).toHaveLength(1);
  });

  it('accepts what a scanner sends: upper case and a trailing newline', () => {
    const { station } = tempStation([ANNA]);
    expect(checkInByCode(station, ` ${ANNA.code.toUpperCase()}\r\n`, 'wedge').kind).toBe('welcome');
  });

  it('answers "unknown" to unknown codes, garbage, over-long and binary input, recording nothing', () => {
    const { station, eventId } = tempStation([ANNA]);
    const inputs = [
      'zzzzzzzzzzzzzzzz',
      ANNA.code.slice(0, 15),
      `${ANNA.code}x`,
      '',
      '   ',
      'abc',
      "'; DROP TABLE guests; --",
      'https://example.com/?code=k7qm2x9pla4tz8rb',
      'k7qm2x9pla4tz8rb'.repeat(512),
      'x'.repeat(8192),
      '\u0000\u0001\u0002\u00ff\ufffd\ud800',
      String.fromCharCode(...crypto.randomBytes(64)),
      'Åsa-Öhman',
    ];
    for (const input of inputs) expect(checkInByCode(station, input, 'wedge')).toEqual({ kind: 'unknown' });
    expect(attendanceLog(station.db, eventId)).toEqual([]);
  });

  it('only knows the guests of the active event', () => {
    const { station, db } = tempStation([ANNA]);
    const other = createEvent(db, { name: 'Annat', startsOn: null, venue: null });
    setActiveEvent(db, other.id);
    expect(checkInByCode(station, ANNA.code, 'wedge')).toEqual({ kind: 'unknown' });
  });

  it('welcomes the guest again after staff undid the check-in, and the status follows the log', () => {
    const { station, eventId, guests } = tempStation([ANNA]);
    checkInByCode(station, ANNA.code, 'wedge');
    appendAttendance(station.db, {
      eventId,
      guestId: guests[0]!.id,
      stationId: station.stationId,
      kind: 'undo',
      method: 'staff',
    });
    expect(checkInByCode(station, ANNA.code, 'wedge').kind).toBe('welcome');
    expect(checkInByCode(station, ANNA.code, 'wedge').kind).toBe('already');
    expect(attendanceLog(station.db, eventId).map((event) => event.kind)).toEqual(['check-in', 'undo', 'check-in']);
  });
});

describe('check-in by guest id (name search, staff)', () => {
  it('welcomes, then answers "already" with the first time', () => {
    const { station, eventId, guests } = tempStation([ANNA]);
    const first = checkInGuest(station, guests[0]!.id, 'search');
    expect(first).toMatchObject({ kind: 'welcome', guest: publicAnna(guests[0]!.id) });
    const second = checkInGuest(station, guests[0]!.id, 'staff');
    expect(second).toEqual({ ...first, kind: 'already' });
    expect(attendanceLog(station.db, eventId)).toHaveLength(1);
    expect(attendanceLog(station.db, eventId)[0]!.method).toBe('search');
  });

  it('answers "unknown" for a guest that does not exist or belongs to another event', () => {
    const { station, db, guests } = tempStation([ANNA]);
    expect(checkInGuest(station, crypto.randomUUID(), 'search')).toEqual({ kind: 'unknown' });
    setActiveEvent(db, createEvent(db, { name: 'Annat', startsOn: null, venue: null }).id);
    expect(checkInGuest(station, guests[0]!.id, 'search')).toEqual({ kind: 'unknown' });
  });

  it('scan and search share one status: a guest found by name is "already" in at the scanner', () => {
    const { station, guests } = tempStation([ANNA]);
    checkInGuest(station, guests[0]!.id, 'search');
    expect(checkInByCode(station, ANNA.code, 'wedge').kind).toBe('already');
  });
});

describe('every recorded check-in', () => {
  it('has a UUID, the guest, this station, the method, wall time with offset and an HLC timestamp', () => {
    const { station, db, guests } = tempStation([ANNA, BJORN]);
    const before = Date.now();
    checkInByCode(station, ANNA.code, 'wedge');
    checkInByCode(station, BJORN.code, 'camera');
    checkInGuest(station, guests[1]!.id, 'search');
    const log = attendanceLog(db, getActiveEvent(db)!.id);
    expect(log.map((event) => [event.guestId, event.method])).toEqual([
      [guests[0]!.id, 'wedge'],
      [guests[1]!.id, 'camera'],
    ]);
    for (const event of log) {
      expect(event.id).toMatch(UUID);
      expect(event.stationId).toBe(station.stationId);
      expect(event.wallTime).toMatch(WALL_TIME_WITH_OFFSET);
      expect(new Date(event.wallTime).getTime()).toBeGreaterThanOrEqual(before - 1);
      const hlc = parseHlc(event.hlc);
      expect(hlc?.node).toBe(station.stationId);
      expect(hlc!.millis).toBeGreaterThanOrEqual(before);
    }
    expect(log[1]!.hlc > log[0]!.hlc).toBe(true);
    expect(new Set(log.map((event) => event.id)).size).toBe(2);
  });
});
