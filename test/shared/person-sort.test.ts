import { describe, expect, it } from 'vitest';
import { personSortKey, sortPeople } from '../../src/shared/person-sort';
import { attendanceReport } from '../../src/main/export/attendance-report';
import { allStaffGuests } from '../helpers/staff-guests';
import { tempStation } from '../helpers/temp';

const person = (name: string) => {
  const [firstName, ...rest] = name.split(' ');
  return { firstName: firstName!, lastName: rest.join(' ') };
};
const names = (list: { firstName: string; lastName: string }[]) => list.map((p) => [p.firstName, p.lastName].join(' '));

describe('Swedish order of people', () => {
  it('files Å, Ä and Ö after Z, ignores case and other accents, and "von Essen" under E', () => {
    const sorted = sortPeople(
      [
        'Karin Yilmaz',
        'Björn Öhman',
        'Åsa Ärlig',
        'Carl von Essen',
        'anna ekström',
        'Åsa Åberg',
        'Émile Zola',
        'Eva Ek',
        'Hugo Ødegaard',
        'Lis Müller',
        'Per Mörk',
      ].map(person),
    );
    expect(names(sorted)).toEqual([
      'Eva Ek',
      'anna ekström',
      'Carl von Essen',
      'Lis Müller',
      'Per Mörk',
      'Karin Yilmaz',
      'Émile Zola',
      'Åsa Åberg',
      'Åsa Ärlig',
      'Hugo Ødegaard',
      'Björn Öhman',
    ]);
  });

  it('agrees with Intl.Collator("sv") on surname, then first name, for names without particles', () => {
    const collator = new Intl.Collator('sv');
    const people = [
      'Åke Öst',
      'Anna Andersson',
      'Ärla Ahl',
      'Zeb Zetterberg',
      'Örjan Åkesson',
      'Bo Ängel',
      'Eva Ek-Berg',
      'Eva Ekberg',
    ].map(person);
    const byCollator = [...people].sort(
      (a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName),
    );
    expect(names(sortPeople(people))).toEqual(names(byCollator));
  });

  it('keys are plain text a store can sort by: shorter surnames first, first name after the surname', () => {
    expect(
      personSortKey({ firstName: 'Bo', lastName: 'Ek' }) < personSortKey({ firstName: 'Al', lastName: 'Ekman' }),
    ).toBe(true);
    expect(personSortKey({ firstName: 'Anna', lastName: '' })).toBe(personSortKey({ firstName: '', lastName: 'Anna' }));
  });

  it('orders the staff list and the export the same Swedish way', () => {
    const { db, eventId } = tempStation([
      { code: 'oh000001', firstName: 'Björn', lastName: 'Öhman' },
      { code: 'ye000001', firstName: 'Karin', lastName: 'Yilmaz' },
      { code: 've000001', firstName: 'Carl', lastName: 'von Essen' },
      { code: 'aa000001', firstName: 'Åsa', lastName: 'Åberg' },
    ]);
    const expected = ['Carl von Essen', 'Karin Yilmaz', 'Åsa Åberg', 'Björn Öhman'];
    expect(allStaffGuests(db, eventId).map((guest) => guest.fullName)).toEqual(expected);
    expect(attendanceReport(db, eventId).map((row) => row.name)).toEqual(expected);
  });
});
