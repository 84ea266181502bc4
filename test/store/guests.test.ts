import { describe, expect, it } from 'vitest';
import { createEvent, getActiveEvent, getEvent, setActiveEvent } from '../../src/main/store/events';
import {
  countGuests,
  findGuestByCode,
  findGuestByEmail,
  fullName,
  getGuest,
  insertGuest,
  insertGuests,
  listGuests,
  toPublicGuest,
  updateGuestFields,
} from '../../src/main/store/guests';
import { getSetting, setSetting, stationId } from '../../src/main/store/settings';
import { apiContract } from '../../src/shared/api';
import { tempStation, tempStore, UUID } from '../helpers/temp';

describe('events', () => {
  it('are created, found again and one of them is the active event', () => {
    const { db } = tempStore();
    expect(getActiveEvent(db)).toBeNull();
    const forum = createEvent(db, { name: 'Ledarforum', startsOn: '2026-03-12', venue: 'Stadshuset' });
    const other = createEvent(db, { name: 'Chefsdag', startsOn: null, venue: null });
    expect(forum.id).toMatch(UUID);
    expect(getEvent(db, forum.id)).toEqual(forum);
    setActiveEvent(db, other.id);
    expect(getActiveEvent(db)).toEqual(other);
  });
});

describe('settings', () => {
  it('keep one value per key and one station id per store', () => {
    const { db } = tempStore();
    expect(getSetting(db, 'x')).toBeNull();
    setSetting(db, 'x', '1');
    setSetting(db, 'x', '2');
    expect(getSetting(db, 'x')).toBe('2');
    const id = stationId(db);
    expect(id).toMatch(UUID);
    expect(stationId(db)).toBe(id);
  });
});

describe('guests', () => {
  it('get ids in the order added, each one the kiosk API takes for a check-in by name', () => {
    const { db, eventId } = tempStation([]);
    const ids = insertGuests(
      db,
      Array.from({ length: 300 }, (_, i) => ({
        eventId,
        code: `code${String(i).padStart(4, '0')}`,
        firstName: 'Gäst',
        lastName: `Nummer${i}`,
        title: '',
        department: '',
        email: '',
        source: 'import' as const,
      })),
    ).map((guest) => guest.id);
    expect([...ids].sort()).toEqual(ids);
    for (const guestId of ids)
      expect(apiContract.checkInGuest.args.safeParse({ guestId, method: 'search' }).success).toBe(true);
  });

  it('are stored and found by id, by code and by e-mail in any case, within their event only', () => {
    const { db, eventId, guests } = tempStation([
      { code: 'abcd1234', firstName: 'Anna-Karin', lastName: 'Pålsson', email: 'Anna-Karin.Palsson@kommun.se' },
    ]);
    const anna = guests[0]!;
    expect(getGuest(db, anna.id)).toEqual(anna);
    expect(findGuestByCode(db, eventId, 'abcd1234')?.id).toBe(anna.id);
    expect(findGuestByCode(db, eventId, 'abcd9999')).toBeNull();
    expect(findGuestByEmail(db, eventId, 'anna-karin.palsson@KOMMUN.se')?.id).toBe(anna.id);

    const other = createEvent(db, { name: 'Annat', startsOn: null, venue: null });
    expect(findGuestByCode(db, other.id, 'abcd1234')).toBeNull();
    expect(findGuestByEmail(db, other.id, 'anna-karin.palsson@kommun.se')).toBeNull();
  });

  it('without an e-mail are never matched by an empty e-mail', () => {
    const { db, eventId } = tempStation([{ code: 'abcd1234', firstName: 'Bo', lastName: 'Ek' }]);
    expect(findGuestByEmail(db, eventId, '')).toBeNull();
  });

  it('are listed by last name, counted, and updated in place', () => {
    const { db, eventId, guests } = tempStation([
      { code: 'code0001', firstName: 'Örjan', lastName: 'Öhman' },
      { code: 'code0002', firstName: 'Åsa', lastName: 'Ek' },
    ]);
    expect(listGuests(db, eventId).map(fullName)).toEqual(['Åsa Ek', 'Örjan Öhman']);
    expect(countGuests(db, eventId)).toBe(2);
    const fields = { firstName: 'Åsa', lastName: 'Ek-Lind', title: 'Rektor', department: 'Skola', email: 'asa@x.se' };
    updateGuestFields(db, guests[1]!.id, fields);
    expect(getGuest(db, guests[1]!.id)).toMatchObject({ ...fields, code: 'code0002' });
    expect(countGuests(db, eventId)).toBe(2);
  });

  it('show only name, title and department on a public screen', () => {
    const { guests } = tempStation([
      { code: 'abcd1234', firstName: 'Åsa', lastName: 'Ek', title: 'Rektor', department: 'Skola', email: 'a@x.se' },
    ]);
    expect(toPublicGuest(guests[0]!)).toEqual({
      id: guests[0]!.id,
      fullName: 'Åsa Ek',
      title: 'Rektor',
      department: 'Skola',
    });
  });

  it('refuse a second guest with the same code in an event', () => {
    const { db, eventId } = tempStation([{ code: 'abcd1234', firstName: 'Åsa' }]);
    expect(() =>
      insertGuest(db, {
        eventId,
        code: 'abcd1234',
        firstName: 'Bo',
        lastName: '',
        title: '',
        department: '',
        email: '',
        source: 'import',
      }),
    ).toThrow(/UNIQUE/);
  });
});
