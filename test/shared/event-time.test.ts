import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  clockTime,
  hourOfDay,
  isCalendarDate,
  isoInZone,
  isTimeZone,
  localDateTime,
  swedishDate,
  swedishDateAndTime,
} from '../../src/shared/event-time';

describe('the event’s dates and times', () => {
  it('writes dates in Swedish, with the weekday', () => {
    expect(swedishDate('2026-03-12')).toBe('torsdag 12 mars 2026');
    expect(swedishDate('2026-12-31')).toBe('torsdag 31 december 2026');
    expect(swedishDate('2026-02-30')).toBe('');
    expect(swedishDate(null)).toBe('');
    expect(swedishDateAndTime('2026-03-12', '08:30')).toBe('torsdag 12 mars 2026 kl. 08:30');
    expect(swedishDateAndTime(null, '08:30')).toBe('kl. 08:30');
    expect(swedishDateAndTime('12 mars, förmiddag', '08:30')).toBe('12 mars, förmiddag kl. 08:30');
  });

  it('checks dates and zones', () => {
    expect(isCalendarDate('2026-03-12')).toBe(true);
    expect(isCalendarDate('12/3/2026')).toBe(false);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isTimeZone('Europe/Stockholm')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it("shows every clock time in the event's zone, whatever zone the process runs in", () => {
    const instant = '2026-03-12T07:41:05.120Z';
    expect(clockTime(instant, 'Europe/Stockholm')).toBe('08:41');
    expect(clockTime(instant, 'America/New_York')).toBe('03:41');
    expect(hourOfDay(instant, 'Asia/Tokyo')).toBe(16);
    expect(localDateTime(instant, 'Europe/Stockholm')).toBe('2026-03-12 08:41:05');
    expect(isoInZone(instant, 'Europe/Stockholm')).toBe('2026-03-12T08:41:05.120+01:00');
    expect(isoInZone('2026-07-01T22:30:00.000Z', 'Europe/Stockholm')).toBe('2026-07-02T00:30:00.000+02:00');
    expect(isoInZone(instant, 'America/St_Johns')).toBe('2026-03-12T05:11:05.120-02:30');
  });
});

describe('a time zone as typed', () => {
  it("takes the database's case, and keeps a valid name as it was given", () => {
    expect(canonicalTimeZone('europe/stockholm')).toBe('Europe/Stockholm');
    expect(canonicalTimeZone('Europe/Stockholm')).toBe('Europe/Stockholm');
    // ICU knows India's zone by its old name; the name the organizer gave is the one kept.
    expect(canonicalTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
  });
});
