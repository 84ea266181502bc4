// The power cord test: a child checks guests in as fast as it can and reports every acknowledged
// check-in; it is killed with SIGKILL at a random moment after the first, the store is reopened, and
// every acknowledged check-in must be there, still queued for the hub, with an intact database and outbox.
// ENTRE_KILL_CYCLES sets the number of cycles; `npm run bench` runs the crash suite's 1000.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killCycles, type KillStore, prepareKillStore, removeKillStore } from './kill-cycles';

const CYCLES = Number(process.env.ENTRE_KILL_CYCLES ?? 200);

describe('a kiosk killed at random moments', () => {
  let store: KillStore;
  beforeAll(async () => {
    store = await prepareKillStore(20_000);
  }, 120_000);
  afterAll(() => removeKillStore(store));

  it(
    `keeps every acknowledged check-in, queued for sync, over ${CYCLES} kills`,
    { timeout: CYCLES * 5_000 },
    async () => {
      const totals = await killCycles(store, CYCLES, (cycle, _acknowledged, after) => {
        expect(after.integrity, `cycle ${cycle}: integrity_check`).toBe('ok');
        expect(after.lost, `cycle ${cycle}: acknowledged check-ins lost`).toEqual([]);
        expect(after.unqueued, `cycle ${cycle}: records missing from the sync outbox`).toEqual([]);
        expect(after.dangling, `cycle ${cycle}: outbox entries without their record`).toEqual([]);
      });
      // Each kill is armed at a cycle's first acknowledged check-in; more acknowledged than cycles shows
      // kills landing while further check-ins flowed (mid-transaction, mid-fsync), or the test proves nothing.
      expect(totals.acknowledged).toBeGreaterThan(CYCLES);
    },
  );
});
