// Ten stations push their offline check-ins to one hub at the same moment (issue 15, at a tenth of
// the bench's scale): the hub and then every station hold each check-in exactly once.
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import { pendingCount } from '../../src/main/sync/outbox';
import { tempHub } from '../helpers/hub';
import { crowdOfStations, pushAllAtOnce, syncAllAtOnce } from '../helpers/station-crowd';
import { tempDir } from '../helpers/temp';

const STATIONS = 10;
const CHECK_INS_EACH = 200;

describe('many stations pushing at once', () => {
  it('converge at the hub and at every door with each check-in exactly once', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const storage = openSqliteHubStorage(path.join(dir, 'hub.db'));
    const hub = await tempHub(storage);
    const { eventId, stations } = await crowdOfStations(
      dir,
      hub.url,
      () => storage.createPairingCode(),
      STATIONS,
      CHECK_INS_EACH,
    );
    onTestFinished(() => stations.forEach((station) => station.db.close()));
    const hubAttendanceIds = async () =>
      (await storage.eventRecords(eventId)).filter((record) => record.type === 'attendance').map((record) => record.id);

    await pushAllAtOnce(stations);
    for (const { db } of stations) expect(pendingCount(db)).toBe(0);
    const atHub = await hubAttendanceIds();
    expect(atHub).toHaveLength(STATIONS * CHECK_INS_EACH);
    expect(new Set(atHub).size).toBe(STATIONS * CHECK_INS_EACH);

    // A whole round brings every door the others' check-ins and sends nothing twice.
    await syncAllAtOnce(stations);
    expect(await hubAttendanceIds()).toHaveLength(STATIONS * CHECK_INS_EACH);
    for (const { db } of stations) {
      expect(pendingCount(db)).toBe(0);
      const ids = db.prepare('SELECT id FROM attendance_events WHERE event_id = ?').pluck().all(eventId) as string[];
      expect(new Set(ids)).toEqual(new Set(atHub));
    }
  });
});
