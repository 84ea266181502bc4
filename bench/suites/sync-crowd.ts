// Issue 15: 50 stations push 2,000 offline check-ins each to one hub at the same moment, on loopback.
// The hub runs as its own process (`entre hub`, SQLite), as at a venue; the stations share this one.
// Rows: every check-in stored exactly once, the time until the last push was confirmed, and the push
// latency each station saw (from the common start until the hub confirmed its batch) at p50 and p95.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import { crowdOfStations, pushAllAtOnce } from '../../test/helpers/station-crowd';
import { startHubProcess } from '../fixtures/hub-process';
import { percentile, round, type BenchRow, type BenchSuite } from '../harness';

const SUITE = 'sync-crowd';
const STATIONS = 50;
const CHECK_INS_EACH = 2000;

export const suite: BenchSuite = {
  name: SUITE,
  async run(): Promise<BenchRow[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-bench-crowd-'));
    const hubFile = path.join(dir, 'hub.db');
    const hub = await startHubProcess(['--db', hubFile]);
    // Pairing codes are written to the hub's file from here, as `entre hub-code` does.
    const codes = openSqliteHubStorage(hubFile);
    try {
      const { eventId, stations } = await crowdOfStations(
        dir,
        hub.url,
        () => codes.createPairingCode(),
        STATIONS,
        CHECK_INS_EACH,
      );
      const pushMs = await pushAllAtOnce(stations);
      for (const station of stations) station.db.close();
      const attendance = (await codes.eventRecords(eventId)).filter((record) => record.type === 'attendance');
      const expected = STATIONS * CHECK_INS_EACH;
      const exactlyOnce = attendance.length === expected && new Set(attendance.map((r) => r.id)).size === expected;
      const p50 = percentile(pushMs, 50);
      const p95 = percentile(pushMs, 95);
      const last = Math.max(...pushMs);
      const label = `${STATIONS} stations × ${CHECK_INS_EACH} check-ins at once (SQLite hub process)`;
      return [
        {
          suite: SUITE,
          case: `${label}: all pushed`,
          value: round(last / 1000),
          unit: 's',
          goal: 'every check-in at the hub exactly once',
          met: exactlyOnce,
          note: `${attendance.length} stored of ${expected}`,
        },
        { suite: SUITE, case: `${label}: push latency p50`, value: round(p50, 0), unit: 'ms' },
        { suite: SUITE, case: `${label}: push latency p95`, value: round(p95, 0), unit: 'ms' },
      ];
    } finally {
      await codes.close();
      await hub.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
