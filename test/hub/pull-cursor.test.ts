// A lone door's pull cursor passes its own records: it used to stay where another door's record last
// left it, so every sync round the hub read past all the door's own check-ins since then (at 100k, a
// scan per round per door). Moving it must never skip a record another door pushes later.
import { describe, expect, it } from 'vitest';
import { HUB_BACKENDS, hubBackendMissing, tempBackendHub } from '../helpers/hub';
import { checkInRecord, eventRecord as makeEventRecord } from '../helpers/hub-records';

const eventRecord = makeEventRecord();
const EVENT_ID = eventRecord.id;

const checkIns = (stationId: string, count: number) =>
  Array.from({ length: count }, (_, i) => checkInRecord(EVENT_ID, stationId, {}, i));

describe.each(HUB_BACKENDS)('the pull cursor at a %s hub', (name) => {
  it.skipIf(hubBackendMissing(name))(
    "passes a lone door's own records, and still brings every record another door pushes afterwards",
    async () => {
      const { storage } = await tempBackendHub(name);
      const north = 'door-north';
      const south = 'door-south';
      await storage.push(north, [eventRecord, ...checkIns(north, 3)]);

      const alone = await storage.pull(EVENT_ID, north, 0, 10);
      expect(alone).toEqual({ records: [], cursor: 4, more: false });

      const fromSouth = checkIns(south, 3);
      await storage.push(south, fromSouth);
      // A full page keeps the cursor at its last record: the rest comes with the next page.
      const first = await storage.pull(EVENT_ID, north, alone.cursor, 2);
      expect(first).toEqual({ records: fromSouth.slice(0, 2), cursor: 6, more: true });
      await storage.push(north, checkIns(north, 2));
      const rest = await storage.pull(EVENT_ID, north, first.cursor, 2);
      expect(rest).toEqual({ records: fromSouth.slice(2), cursor: 9, more: false });
      expect(await storage.pull(EVENT_ID, north, rest.cursor, 2)).toEqual({ records: [], cursor: 9, more: false });
      // South's own pull brings north's records, none of its own.
      const southPull = await storage.pull(EVENT_ID, south, 0, 10);
      expect(southPull.records.map((record) => record.type === 'attendance' && record.stationId)).toEqual([
        false,
        north,
        north,
        north,
        north,
        north,
      ]);
      expect(southPull.cursor).toBe(9);
    },
  );
});
