import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DEMO_GUESTS, seedDemoEventIfEmpty } from '../../src/main/demo/ledarforum';
import { openStation } from '../../src/main/kiosk/station';
import { createEvent, getActiveEvent } from '../../src/main/store/events';
import { fullName, listGuests } from '../../src/main/store/guests';
import { checkInByCode } from '../../src/main/kiosk/check-in';
import { inTimeZone, tempDir, tempStore } from '../helpers/temp';

describe('the demo event', () => {
  it('is "Ledarforum" with about 40 managers with Swedish names, seeded when the store is empty', () => {
    const { db } = tempStore();
    expect(seedDemoEventIfEmpty(db, new Date('2026-03-12T09:00:00Z'))).toBe(true);
    const event = getActiveEvent(db)!;
    expect(event).toMatchObject({ name: 'Ledarforum', startsOn: '2026-03-12' });
    const guests = listGuests(db, event.id);
    expect(guests.length).toBeGreaterThanOrEqual(35);
    expect(guests.length).toBeLessThanOrEqual(45);
    expect(guests.length).toBe(DEMO_GUESTS.length);
    const names = guests.map(fullName).join(' ');
    for (const letter of ['å', 'ä', 'ö', 'Å', 'Ö', '-']) expect(names).toContain(letter);
    const departments = new Set(guests.map((g) => g.department));
    expect([...departments]).toEqual(
      expect.arrayContaining(['Socialförvaltningen', 'Tekniska förvaltningen', 'Barn- och utbildningsförvaltningen']),
    );
    expect(new Set(guests.map(fullName)).size).toBe(guests.length);
    for (const guest of guests) {
      expect(guest.source).toBe('demo');
      expect(guest.code).toMatch(/^[a-z0-9]{16}$/);
      expect(guest.title).not.toBe('');
      expect(guest.email).toMatch(/^[a-z0-9.-]+@kommun\.example$/);
    }
  });

  it("is dated today on this computer's calendar, also just after midnight in Stockholm (23:30 UTC)", () => {
    const { db } = tempStore();
    // Thursday 3 December 2026, 00:30 in Stockholm; UTC's calendar still says 2 December.
    inTimeZone('Europe/Stockholm', () => seedDemoEventIfEmpty(db, new Date('2026-12-02T23:30:00Z')));
    expect(getActiveEvent(db)!.startsOn).toBe('2026-12-03');
  });

  it('is not seeded twice, nor into a store that already has an event', () => {
    const { db } = tempStore();
    seedDemoEventIfEmpty(db);
    expect(seedDemoEventIfEmpty(db)).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM guests').get()).toEqual({ n: DEMO_GUESTS.length });

    const other = tempStore();
    createEvent(other.db, { name: 'Importerat', startsOn: null, venue: null });
    expect(seedDemoEventIfEmpty(other.db)).toBe(false);
    expect(other.db.prepare('SELECT count(*) AS n FROM guests').get()).toEqual({ n: 0 });
  });

  it('is what a new station opens on, and its guests can check in', () => {
    const file = path.join(tempDir(), 'entre.db');
    const station = openStation(file);
    onTestFinished(() => {
      if (station.db.open) station.db.close();
    });
    const guest = listGuests(station.db, getActiveEvent(station.db)!.id)[0]!;
    expect(checkInByCode(station, guest.code, 'wedge')).toMatchObject({ kind: 'welcome', guest: { id: guest.id } });
    station.db.close();
    const again = openStation(file);
    try {
      expect(again.stationId).toBe(station.stationId);
      expect(again.db.prepare('SELECT count(*) AS n FROM guests').get()).toEqual({ n: DEMO_GUESTS.length });
      expect(checkInByCode(again, guest.code, 'wedge').kind).toBe('already');
    } finally {
      again.db.close();
    }
  });
});
