// Crash safety soak: the kill test's harness for 1000 cycles (CI runs 200). Every cycle SIGKILLs a
// worker that is checking guests in, reopens the store and checks that every acknowledged check-in is
// there and queued for sync, the outbox names only existing records, and integrity_check is ok.
// ENTRE_BENCH_KILL_CYCLES overrides the count.
import { performance } from 'node:perf_hooks';
import { round, type BenchRow, type BenchSuite } from '../harness';
import { killCycles, prepareKillStore, removeKillStore } from '../../test/crash/kill-cycles';

const SUITE = 'crash';
const CYCLES = Number(process.env.ENTRE_BENCH_KILL_CYCLES ?? 1000);
/** 3-10 check-ins were acknowledged per cycle here (4 on a loaded machine); room for far more on a fast disk. */
const GUESTS = 40_000;

export const suite: BenchSuite = {
  name: SUITE,
  async run() {
    const store = await prepareKillStore(GUESTS);
    try {
      const start = performance.now();
      const totals = await killCycles(store, CYCLES);
      const seconds = (performance.now() - start) / 1000;
      const row = (name: string, value: number, unit: string, extra: Partial<BenchRow> = {}): BenchRow => ({
        suite: SUITE,
        case: name,
        value,
        unit,
        ...extra,
      });
      return [
        row('kill cycles (SIGKILL while checking in)', totals.cycles, 'cycles', {
          goal: '≥ 1000',
          met: totals.cycles >= 1000,
        }),
        row('check-ins acknowledged before a kill', totals.acknowledged, 'check-ins', {
          goal: '> cycles (kills land mid-flow)',
          met: totals.acknowledged > totals.cycles,
        }),
        row('acknowledged check-ins lost', totals.lost, 'check-ins', { goal: '0', met: totals.lost === 0 }),
        row('records missing from the sync outbox', totals.unqueued, 'records', {
          goal: '0',
          met: totals.unqueued === 0,
        }),
        row('outbox entries without their record', totals.dangling, 'entries', {
          goal: '0',
          met: totals.dangling === 0,
        }),
        row('integrity_check failures', totals.integrityFailures, 'cycles', {
          goal: '0',
          met: totals.integrityFailures === 0,
        }),
        row('soak time', round(seconds, 1), 's', { note: `${round((seconds / totals.cycles) * 1000)} ms per cycle` }),
      ];
    } finally {
      removeKillStore(store);
    }
  },
};
