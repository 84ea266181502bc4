// Mingle groups for a recurring forum: tables of three or four people from different departments
// who have not sat together at an earlier forum. Pure and deterministic: the same guests, history
// and seed give the same groups, and guests already placed never move (docs/forums.md).

export type GroupSize = 3 | 4;
export const GROUP_SIZES: readonly GroupSize[] = [3, 4];

export interface MingleGuest {
  id: string;
  department: string;
}

/** guest id → group number (1, 2, …). */
export type GroupAssignment = ReadonlyMap<string, number>;

export interface MingleOptions {
  size: GroupSize;
  /** Varies the groups between events (the event id): same seed, same groups. */
  seed: string;
  /** Pairs of this forum's guests who sat in one group at an earlier forum (`pairKey`). */
  earlierPairs?: ReadonlySet<string>;
  /** Groups already handed out (printed on badges): kept as they are, newcomers fill around them. */
  existing?: GroupAssignment;
}

/** A sharing of one department costs more than any number of repeated pairs in one group. */
const SAME_DEPARTMENT = 1000;
const MAX_IMPROVEMENT_PASSES = 20;
/** Swapping one pair at a time can get stuck; a few other deals (seeds derived from the event's) rarely all do. */
const DEALS = 8;

export const pairKey = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

/** FNV-1a: a small, stable hash that runs alike in Node and the browser. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const seededOrder = (seed: string) => (a: string, b: string) =>
  stableHash(`${seed}:${a}`) - stableHash(`${seed}:${b}`) || byId(a, b);
const normalDepartment = (department: string): string => department.trim().toLocaleLowerCase('sv');

interface Costs {
  department: Map<string, string>;
  earlierPairs: ReadonlySet<string>;
}

/** What `guest` costs in a group of `members`, leaving out itself and `without` (a swap partner). */
function costIn(costs: Costs, guest: string, members: Iterable<string>, without?: string): number {
  let cost = 0;
  const department = costs.department.get(guest);
  for (const member of members) {
    if (member === guest || member === without) continue;
    if (department && costs.department.get(member) === department) cost += SAME_DEPARTMENT;
    if (costs.earlierPairs.has(pairKey(guest, member))) cost += 1;
  }
  return cost;
}

/**
 * Groups for every guest. Without `existing`: departments dealt round-robin (no department twice
 * in a group while no department has more guests than there are groups), then swaps that part
 * earlier pairs. With `existing`: those stay, and each newcomer joins the best group with room.
 */
export function assignMingleGroups(guests: readonly MingleGuest[], options: MingleOptions): Map<string, number> {
  const costs: Costs = {
    department: new Map(guests.map((guest) => [guest.id, normalDepartment(guest.department)])),
    earlierPairs: options.earlierPairs ?? new Set(),
  };
  const present = new Set(guests.map((guest) => guest.id));
  const kept = [...(options.existing ?? [])].filter(([id]) => present.has(id));
  if (kept.length === 0) return freshGroups(guests, options, costs);

  const groups = new Map<number, string[]>();
  for (const [id, group] of kept) groups.set(group, [...(groups.get(group) ?? []), id]);
  const groupCount = Math.max(Math.ceil(guests.length / options.size), ...groups.keys());
  for (let group = 1; group <= groupCount; group++) if (!groups.has(group)) groups.set(group, []);
  const assignment = new Map(kept);
  const newcomers = guests.map((guest) => guest.id).filter((id) => !assignment.has(id));
  for (const id of newcomers.sort(seededOrder(options.seed))) {
    const group = bestGroupWithRoom(costs, groups, id, options.size) ?? groups.size + 1;
    groups.set(group, [...(groups.get(group) ?? []), id]);
    assignment.set(id, group);
  }
  return assignment;
}

function bestGroupWithRoom(costs: Costs, groups: Map<number, string[]>, id: string, size: number): number | null {
  let best: { group: number; cost: number; members: number } | null = null;
  for (const [group, members] of [...groups].sort(([a], [b]) => a - b)) {
    if (members.length >= size) continue;
    const cost = costIn(costs, id, members);
    if (!best || cost < best.cost || (cost === best.cost && members.length < best.members))
      best = { group, cost, members: members.length };
  }
  return best?.group ?? null;
}

function freshGroups(guests: readonly MingleGuest[], options: MingleOptions, costs: Costs): Map<string, number> {
  const groupCount = Math.ceil(guests.length / options.size);
  const byDepartment = new Map<string, string[]>();
  for (const guest of guests) {
    const department = costs.department.get(guest.id)!;
    byDepartment.set(department, [...(byDepartment.get(department) ?? []), guest.id]);
  }
  const floor = unavoidableSameDepartmentPairs(guests, groupCount) * SAME_DEPARTMENT;
  let best: { groups: string[][]; cost: number } | null = null;
  for (let deal = 0; deal < DEALS && (!best || best.cost > floor); deal++) {
    const groups = dealtGroups(byDepartment, groupCount, deal === 0 ? options.seed : `${options.seed}#${deal}`);
    partEarlierPairs(costs, groups);
    const cost = totalCost(costs, groups);
    if (!best || cost < best.cost) best = { groups, cost };
  }
  const assignment = new Map<string, number>();
  best!.groups.forEach((members, index) => members.forEach((id) => assignment.set(id, index + 1)));
  return assignment;
}

/**
 * Largest departments first, each department's guests side by side: dealing them out one per
 * group in turn puts no two in one group unless a department outnumbers the groups.
 */
function dealtGroups(byDepartment: Map<string, string[]>, groupCount: number, seed: string): string[][] {
  const dealt = [...byDepartment]
    .sort(([a, x], [b, y]) => y.length - x.length || byId(a, b))
    .flatMap(([, ids]) => [...ids].sort(seededOrder(seed)));
  const groups: string[][] = Array.from({ length: groupCount }, () => []);
  dealt.forEach((id, index) => groups[index % groupCount]!.push(id));
  return groups;
}

/** Each pair counted once: what every guest costs in their group, halved. */
const totalCost = (costs: Costs, groups: string[][]): number =>
  groups.reduce((sum, members) => sum + members.reduce((part, id) => part + costIn(costs, id, members), 0), 0) / 2;

/** Swaps two guests of different groups while that lowers the total cost; sizes stay as dealt. */
function partEarlierPairs(costs: Costs, groups: string[][]): void {
  const groupOf = new Map<string, number>();
  groups.forEach((members, index) => members.forEach((id) => groupOf.set(id, index)));
  const everyone = [...groupOf.keys()];
  for (let pass = 0; pass < MAX_IMPROVEMENT_PASSES; pass++) {
    let improved = false;
    for (const guest of everyone) {
      const home = groups[groupOf.get(guest)!]!;
      const stay = costIn(costs, guest, home);
      if (stay === 0) continue;
      let best: { other: string; delta: number } | null = null;
      for (const other of everyone) {
        const away = groups[groupOf.get(other)!]!;
        if (away === home) continue;
        const before = stay + costIn(costs, other, away);
        const after =
          costIn(
            costs,
            guest,
            away.filter((id) => id !== other),
          ) +
          costIn(
            costs,
            other,
            home.filter((id) => id !== guest),
          );
        const delta = after - before;
        if (delta < 0 && (!best || delta < best.delta)) best = { other, delta };
      }
      if (!best) continue;
      const [from, to] = [groupOf.get(guest)!, groupOf.get(best.other)!];
      groups[from]![groups[from]!.indexOf(guest)] = best.other;
      groups[to]![groups[to]!.indexOf(best.other)] = guest;
      groupOf.set(guest, to);
      groupOf.set(best.other, from);
      improved = true;
    }
    if (!improved) return;
  }
}

/**
 * The group of a guest no assignment holds yet (a walk-in): decided from the guest's identity
 * (e-mail, else name and department) and the synced assignment alone, never from other walk-ins,
 * so every door answers alike even offline. Prefers a group with room, without the guest's
 * department, with fewest members; the identity breaks ties, which spreads walk-ins.
 */
export function placeWalkIn(
  assigned: readonly (MingleGuest & { group: number })[],
  walkIn: { identity: string; department: string },
  size: GroupSize,
): number {
  const groups = new Map<number, { members: number; sameDepartment: number }>();
  const department = normalDepartment(walkIn.department);
  for (const guest of assigned) {
    const group = groups.get(guest.group) ?? { members: 0, sameDepartment: 0 };
    group.members++;
    if (department && normalDepartment(guest.department) === department) group.sameDepartment++;
    groups.set(guest.group, group);
  }
  if (groups.size === 0) return 1;
  const rank = ([number, group]: [number, { members: number; sameDepartment: number }]) => [
    group.members >= size ? 1 : 0,
    group.sameDepartment,
    group.members,
    stableHash(`${walkIn.identity}:${number}`),
    number,
  ];
  const ranked = [...groups].map((entry) => ({ number: entry[0], rank: rank(entry) }));
  ranked.sort((a, b) => {
    for (let i = 0; i < a.rank.length; i++) if (a.rank[i] !== b.rank[i]) return a.rank[i]! - b.rank[i]!;
    return 0;
  });
  return ranked[0]!.number;
}

/** The identity the walk-in rule spreads by: the same person registered at two doors has one. */
export const walkInIdentity = (guest: { email: string; name: string; department: string }): string =>
  guest.email.trim() ? guest.email.trim().toLowerCase() : `${guest.name}\n${guest.department}`.trim().toLowerCase();

/** How a guest list fares in groups: same-department pairs, and pairs that sat together before. */
export function groupFigures(
  guests: readonly MingleGuest[],
  assignment: GroupAssignment,
  earlierPairs: ReadonlySet<string> = new Set(),
): { sameDepartmentPairs: number; repeatedPairs: number; groups: number } {
  const members = new Map<number, MingleGuest[]>();
  for (const guest of guests) {
    const group = assignment.get(guest.id);
    if (group !== undefined) members.set(group, [...(members.get(group) ?? []), guest]);
  }
  let sameDepartmentPairs = 0;
  let repeatedPairs = 0;
  for (const group of members.values())
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const department = normalDepartment(group[i]!.department);
        if (department && department === normalDepartment(group[j]!.department)) sameDepartmentPairs++;
        if (earlierPairs.has(pairKey(group[i]!.id, group[j]!.id))) repeatedPairs++;
      }
  return { sameDepartmentPairs, repeatedPairs, groups: members.size };
}

/** Fewest same-department pairs any grouping of these departments into `groupCount` groups can have. */
export function unavoidableSameDepartmentPairs(guests: readonly MingleGuest[], groupCount: number): number {
  const counts = new Map<string, number>();
  for (const guest of guests) {
    const department = normalDepartment(guest.department);
    if (department) counts.set(department, (counts.get(department) ?? 0) + 1);
  }
  let pairs = 0;
  for (const count of counts.values()) {
    const [base, extra] = [Math.floor(count / groupCount), count % groupCount];
    pairs += (extra * ((base + 1) * base)) / 2 + (groupCount - extra) * ((base * (base - 1)) / 2);
  }
  return pairs;
}
