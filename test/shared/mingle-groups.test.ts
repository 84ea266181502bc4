import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignMingleGroups,
  groupFigures,
  type MingleGuest,
  pairKey,
  placeWalkIn,
  unavoidableSameDepartmentPairs,
} from '../../src/shared/mingle-groups';

const guestList = (departments: number[]): MingleGuest[] =>
  departments.map((department, index) => ({
    id: `g${String(index).padStart(3, '0')}`,
    department: `Förv ${department}`,
  }));

const membersOf = (assignment: Map<string, number>) => {
  const groups = new Map<number, string[]>();
  for (const [id, group] of assignment) groups.set(group, [...(groups.get(group) ?? []), id].sort());
  return groups;
};

describe('mingle groups', () => {
  it('makes groups of the asked size with no department twice where the numbers allow', () => {
    const guests = guestList(Array.from({ length: 24 }, (_, i) => i % 6));
    const groups = assignMingleGroups(guests, { size: 4, seed: 'ev-1' });
    expect([...membersOf(groups).values()].map((members) => members.length)).toEqual([4, 4, 4, 4, 4, 4]);
    expect(groupFigures(guests, groups).sameDepartmentPairs).toBe(0);
  });

  it('keeps apart pairs who sat together at an earlier forum', () => {
    // Twelve guests in twelve departments, and a history that joined everyone to g000 and g001.
    const guests = guestList(Array.from({ length: 12 }, (_, i) => i));
    const earlier = new Set(guests.flatMap((guest) => [pairKey('g000', guest.id), pairKey('g001', guest.id)]));
    earlier.delete(pairKey('g000', 'g000'));
    const groups = assignMingleGroups(guests, {
      size: 3,
      seed: 'ev-1',
      earlierPairs: new Set([pairKey('g002', 'g003'), pairKey('g004', 'g005')]),
    });
    expect(
      groupFigures(guests, groups, new Set([pairKey('g002', 'g003'), pairKey('g004', 'g005')])).repeatedPairs,
    ).toBe(0);
    // Everyone sat with g000 before: some repeats are unavoidable, but no more than g000's own group.
    expect(
      groupFigures(guests, assignMingleGroups(guests, { size: 3, seed: 'ev-1', earlierPairs: earlier }), earlier)
        .repeatedPairs,
    ).toBeLessThanOrEqual(3);
  });

  it('parts every earlier table mate where a grouping without repeats exists, whatever the seed', () => {
    // The forums of test/hub/forums.test.ts: p01–p14 in groups of four at two earlier forums (the
    // second made apart from the first), then p01–p16 and one more of "Förv 2". One deal improved
    // by swaps got stuck at about one seed in seventy; every seed here must part all table mates.
    const person = (n: number): MingleGuest => ({
      id: `p${String(n).padStart(2, '0')}`,
      department: `Förv ${1 + (n % 6)}`,
    });
    const people = (numbers: number[]) => numbers.map(person);
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const tableMates = (groups: Map<string, number>, came: MingleGuest[]) =>
      [...membersOf(groups).values()].flatMap((members) => {
        const present = members.filter((id) => came.some((guest) => guest.id === id));
        return present.flatMap((a) => present.filter((b) => a < b).map((b) => pairKey(a, b)));
      });
    const thisForum = [...people(range(1, 16)), { id: 'karin', department: 'Förv 2' }];
    const stuck: string[] = [];
    for (let forum = 0; forum < 300; forum++) {
      const october = assignMingleGroups(people(range(1, 14)), { size: 4, seed: `october-${forum}` });
      const octoberPairs = new Set(tableMates(october, people([...range(1, 8), ...range(11, 14)])));
      const march = assignMingleGroups(people(range(1, 14)), {
        size: 4,
        seed: `march-${forum}`,
        earlierPairs: octoberPairs,
      });
      const earlierPairs = new Set([...octoberPairs, ...tableMates(march, people([...range(1, 6), ...range(11, 14)]))]);
      const now = assignMingleGroups(thisForum, { size: 4, seed: `now-${forum}`, earlierPairs });
      const figures = groupFigures(thisForum, now, earlierPairs);
      if (figures.repeatedPairs > 0 || figures.sameDepartmentPairs > 0) stuck.push(`now-${forum}`);
    }
    expect(stuck).toEqual([]);
  });

  it('keeps every group already handed out when one guest joins or leaves', () => {
    const guests = guestList(Array.from({ length: 20 }, (_, i) => i % 7));
    const first = assignMingleGroups(guests, { size: 4, seed: 'ev-1' });
    const newcomer = { id: 'walk-in', department: 'Förv 3' };
    const after = assignMingleGroups([...guests, newcomer], { size: 4, seed: 'ev-1', existing: first });
    for (const [id, group] of first) expect(after.get(id)).toBe(group);
    // All five groups are full: the newcomer opens the sixth.
    expect(after.get('walk-in')).toBe(6);
    const without = assignMingleGroups(guests.slice(1), { size: 4, seed: 'ev-1', existing: first });
    for (const guest of guests.slice(1)) expect(without.get(guest.id)).toBe(first.get(guest.id));
    expect(without.has(guests[0]!.id)).toBe(false);
  });

  it('places a newcomer in a group with room and without their department', () => {
    // Seven guests in groups of three: 3 + 2 + 2, and one of the two open groups has Förv 1 already.
    const guests = guestList([1, 2, 3, 1, 2, 3, 2]);
    const first = assignMingleGroups(guests, { size: 3, seed: 'ev-1' });
    const after = assignMingleGroups([...guests, { id: 'new', department: 'förv 1' }], {
      size: 3,
      seed: 'ev-1',
      existing: first,
    });
    const table = membersOf(after).get(after.get('new')!)!;
    expect(table.length).toBeLessThanOrEqual(3);
    expect(groupFigures([...guests, { id: 'new', department: 'Förv 1' }], after).sameDepartmentPairs).toBe(0);
  });

  it('places a walk-in by identity and the synced table alone, avoiding their department', () => {
    const guests = guestList([1, 2, 3, 4, 1, 2, 3, 5, 1, 2, 3]);
    const assigned = [...assignMingleGroups(guests, { size: 4, seed: 'ev-1' })].map(([id, group]) => ({
      ...guests.find((guest) => guest.id === id)!,
      group,
    }));
    const walkIn = { identity: 'ny.chef@kommun.se', department: 'Förv 4' };
    const group = placeWalkIn(assigned, walkIn, 4);
    // The table listed in another order (another door) gives the same group.
    expect(placeWalkIn([...assigned].reverse(), walkIn, 4)).toBe(group);
    const members = assigned.filter((guest) => guest.group === group);
    expect(members.length).toBeLessThan(4);
    expect(members.some((guest) => guest.department === 'Förv 4')).toBe(false);
  });

  it('is deterministic and keeps departments apart whenever the counts allow (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 80 }),
        fc.constantFrom(3 as const, 4 as const),
        fc.string({ maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(79), fc.nat(79)), { maxLength: 60 }),
        (departments, size, seed, pairs) => {
          const guests = guestList(departments);
          const ids = guests.map((guest) => guest.id);
          const earlierPairs = new Set(
            pairs
              .filter(([a, b]) => a !== b && a < ids.length && b < ids.length)
              .map(([a, b]) => pairKey(ids[a]!, ids[b]!)),
          );
          const groups = assignMingleGroups(guests, { size, seed, earlierPairs });
          expect(assignMingleGroups([...guests].reverse(), { size, seed, earlierPairs })).toEqual(groups);
          expect(groups.size).toBe(guests.length);
          const groupCount = Math.ceil(guests.length / size);
          for (const members of membersOf(groups).values()) expect(members.length).toBeLessThanOrEqual(size);
          expect(groupFigures(guests, groups).sameDepartmentPairs).toBe(
            unavoidableSameDepartmentPairs(guests, groupCount),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
