// Issue 5's figures: the cost of one PIN check (slow on purpose, but not so slow that reception waits),
// and the work behind each dashboard poll and each walk-in duplicate check as the list grows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { importGuestListFile } from '../../src/main/import/import-guest-list';
import { checkInGuest } from '../../src/main/kiosk/check-in';
import { dashboardFigures } from '../../src/main/staff/dashboard';
import { staffGuests } from '../../src/main/staff/guest-list';
import { hashPin, verifyPin } from '../../src/main/staff/pin';
import { probableDuplicates } from '../../src/main/staff/walk-ins';
import { openDatabase } from '../../src/main/store/database';
import { getActiveEvent } from '../../src/main/store/events';
import { stationId } from '../../src/main/store/settings';
import { syntheticCsv } from '../fixtures/guest-list';
import { percentile, round, type BenchRow, type BenchSuite } from '../harness';

const SUITE = 'staff';
const POLL_MS = 2000;

function timeMs(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return percentile(samples, 50);
}

export const suite: BenchSuite = {
  name: SUITE,
  async run() {
    const stored = hashPin('2468');
    const pinMs = timeMs(() => verifyPin('2468', stored), 5);
    const rows: BenchRow[] = [
      {
        suite: SUITE,
        case: 'PIN check (scrypt N=2^15)',
        value: round(pinMs, 1),
        unit: 'ms',
        goal: '≥ 20 ms (slow to guess offline), ≤ 500 ms (no wait at the door)',
        met: pinMs >= 20 && pinMs <= 500,
      },
    ];
    for (const size of [200, 10_000]) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-bench-staff-'));
      try {
        const csv = path.join(dir, 'guests.csv');
        fs.writeFileSync(csv, syntheticCsv(size));
        const db = openDatabase(path.join(dir, 'entre.db'));
        await importGuestListFile(db, csv, 'Bench');
        const event = getActiveEvent(db)!;
        const station = { db, stationId: stationId(db) };
        const guests = staffGuests(db, event.id);
        for (const guest of guests.slice(0, Math.floor(size * 0.6))) checkInGuest(station, guest.id, 'wedge');

        const pollMs = timeMs(() => dashboardFigures(staffGuests(db, event.id)), 7);
        rows.push({
          suite: SUITE,
          case: `dashboard poll, ${size} guests (60% arrived)`,
          value: round(pollMs, 1),
          unit: 'ms',
          goal: `≤ 10% of the ${POLL_MS} ms poll interval`,
          met: pollMs <= POLL_MS / 10,
        });
        const duplicateMs = timeMs(
          () => probableDuplicates(staffGuests(db, event.id), { firstName: 'Emma', lastName: 'Johanson', email: '' }),
          7,
        );
        rows.push({
          suite: SUITE,
          case: `walk-in duplicate check, ${size} guests`,
          value: round(duplicateMs, 1),
          unit: 'ms',
          goal: '≤ 300 ms (answer before staff look up)',
          met: duplicateMs <= 300,
        });
        db.close();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    return rows;
  },
};
