// Issue 17's figures: mingle groups for 1,000 guests in 12 departments who met in groups at 5
// earlier forums — the time to make them, same-department pairs, and repeated pairs beside a
// random grouping of the same list.
import { performance } from 'node:perf_hooks';
import {
  assignMingleGroups,
  groupFigures,
  type MingleGuest,
  pairKey,
  unavoidableSameDepartmentPairs,
} from '../../src/shared/mingle-groups';
import { percentile, round, type BenchRow, type BenchSuite } from '../harness';

const SUITE = 'groups';
const GUESTS = 1000;
const DEPARTMENTS = 12;
const EARLIER_FORUMS = 5;
const SIZE = 4;

/** mulberry32: a seeded generator, so every run measures the same lists. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Groups of SIZE in list order. */
const chunked = (ids: readonly string[]): Map<string, number> =>
  new Map(ids.map((id, index) => [id, Math.floor(index / SIZE) + 1]));

export const suite: BenchSuite = {
  name: SUITE,
  async run() {
    const next = random(17);
    const guests: MingleGuest[] = Array.from({ length: GUESTS }, (_, i) => ({
      id: `person-${String(i).padStart(4, '0')}`,
      department: `Förvaltning ${1 + Math.floor(next() * DEPARTMENTS)}`,
    }));
    // Each earlier forum: about four in five of them came, seated in random groups of four.
    const earlierPairs = new Set<string>();
    for (let forum = 0; forum < EARLIER_FORUMS; forum++) {
      const came = shuffled(guests, next).filter(() => next() < 0.8);
      for (let i = 0; i < came.length; i += SIZE) {
        const group = came.slice(i, i + SIZE);
        for (const a of group) for (const b of group) if (a.id < b.id) earlierPairs.add(pairKey(a.id, b.id));
      }
    }

    const samples: number[] = [];
    let groups = new Map<string, number>();
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      groups = assignMingleGroups(guests, { size: SIZE, seed: 'ev-forum-6', earlierPairs });
      samples.push(performance.now() - started);
    }
    const ms = percentile(samples, 50);
    const ours = groupFigures(guests, groups, earlierPairs);
    const randomFigures = groupFigures(guests, chunked(shuffled(guests, next).map((g) => g.id)), earlierPairs);
    const unavoidable = unavoidableSameDepartmentPairs(guests, Math.ceil(GUESTS / SIZE));
    const list = `${GUESTS} guests, ${DEPARTMENTS} departments, ${EARLIER_FORUMS} earlier forums (${earlierPairs.size} earlier pairs)`;
    const rows: BenchRow[] = [
      {
        suite: SUITE,
        case: `groups of ${SIZE}: time`,
        value: round(ms, 1),
        unit: 'ms',
        goal: '≤ 1000 ms',
        met: ms <= 1000,
        note: list,
      },
      {
        suite: SUITE,
        case: 'same-department pairs',
        value: ours.sameDepartmentPairs,
        unit: 'pairs',
        goal: `0 (fewest possible: ${unavoidable})`,
        met: ours.sameDepartmentPairs === unavoidable && unavoidable === 0,
        note: `random grouping: ${randomFigures.sameDepartmentPairs}`,
      },
      {
        suite: SUITE,
        case: 'repeated pairs, random grouping',
        value: randomFigures.repeatedPairs,
        unit: 'pairs',
        note: 'the same list in random groups of four',
      },
      {
        suite: SUITE,
        case: 'repeated pairs, mingle groups',
        value: ours.repeatedPairs,
        unit: 'pairs',
        goal: `≥ 5× fewer than random (≤ ${Math.floor(randomFigures.repeatedPairs / 5)})`,
        met: ours.repeatedPairs * 5 <= randomFigures.repeatedPairs,
      },
    ];
    return rows;
  },
};
