// Issue 17's figures: mingle groups for 1,000 guests in 12 departments who met in groups at 5
// earlier forums — the time to make them, same-department pairs, and repeated pairs beside a
// random grouping of the same list; and the organizer's whole request (a paired station asks a real
// hub on loopback, which holds those five forums, to make the sixth forum's groups).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startHub } from '../../src/main/hub/server';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import { appendAttendance } from '../../src/main/store/attendance';
import { type Db, openDatabase } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { insertGuests } from '../../src/main/store/guests';
import { stationId } from '../../src/main/store/settings';
import { pairWithHub, requestHubGroups, syncOnce } from '../../src/main/sync/client';
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

/**
 * `requestHubGroups` as `entre groups --hub` and staff mode send it: ms from the station's call until it has the
 * sixth forum's groups, made by a SQLite hub that holds five earlier forums of the same people (each with about
 * four in five attending, seated in groups the hub made). One station per forum, each synced before.
 */
async function wholeRequestMs(guests: MingleGuest[], next: () => number): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-bench-groups-'));
  const storage = openSqliteHubStorage(path.join(dir, 'hub.db'));
  const hub = await startHub(storage, '127.0.0.1', 0);
  const stores: Db[] = [];
  try {
    for (let forum = 0; forum <= EARLIER_FORUMS; forum++) {
      const db = openDatabase(path.join(dir, `forum-${forum}.db`));
      stores.push(db);
      const event = createEvent(db, {
        name: `Ledarforum ${forum + 1}`,
        startsOn: `2026-0${forum + 1}-12`,
        venue: null,
      });
      setActiveEvent(db, event.id);
      db.transaction(() => {
        const listed = insertGuests(
          db,
          guests.map((guest, i) => ({
            eventId: event.id,
            code: `f${forum}g${i}`,
            firstName: 'Chef',
            lastName: guest.id,
            title: '',
            department: guest.department,
            email: `${guest.id}@kommun.example`,
            source: 'import' as const,
          })),
        );
        if (forum < EARLIER_FORUMS)
          for (const guest of listed)
            if (next() < 0.8)
              appendAttendance(db, {
                eventId: event.id,
                guestId: guest.id,
                stationId: stationId(db),
                kind: 'check-in',
                method: 'search',
              });
      })();
      await pairWithHub(db, stationId(db), hub.url, await storage.createPairingCode());
      await syncOnce(db, stationId(db));
      if (forum < EARLIER_FORUMS) await requestHubGroups(db, SIZE);
    }
    const started = performance.now();
    await requestHubGroups(stores.at(-1)!, SIZE);
    return performance.now() - started;
  } finally {
    await hub.close();
    await storage.close();
    for (const db of stores) db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

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
    const requestMs = await wholeRequestMs(guests, next);
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
        case: `groups of ${SIZE}: the organizer's whole request`,
        value: round(requestMs, 1),
        unit: 'ms',
        goal: '≤ 1000 ms',
        met: requestMs <= 1000,
        note: `requestHubGroups (entre groups --hub) to a SQLite hub on loopback holding ${EARLIER_FORUMS} earlier forums of ${GUESTS}`,
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
