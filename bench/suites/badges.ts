// Badges: how long one badge takes from layout to PDF bytes, and how many badges a minute go through
// the real CUPS queue (rendered, submitted with lp, finished by cups-pdf), as the print worker does them.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { percentile, round, type BenchRow, type BenchSuite } from '../harness';
import { layoutPages, renderBadgePdf } from '../../src/main/badges/render-pdf';
import { cupsBackend } from '../../src/main/badges/cups';
import { DEFAULT_BADGE_DESIGN } from '../../src/shared/badge/design';
import { BADGE_PRESETS } from '../../src/shared/badge/presets';
import { DEMO_GUESTS } from '../../src/main/demo/ledarforum';
import { createPdfQueue, printedPdfs } from '../../e2e/helpers/cups';

const SUITE = 'badges';
const RENDERS = 60;
const PRINTS = 20;
const event = { name: 'Ledarforum', startsOn: '2026-03-12' };
const people = DEMO_GUESTS.map(([first, last, title, department]) => ({
  firstName: first,
  lastName: last,
  title,
  department,
}));

async function renderTimes(): Promise<number[]> {
  const times: number[] = [];
  for (let i = -5; i < RENDERS; i++) {
    const start = performance.now();
    await renderBadgePdf(layoutPages(DEFAULT_BADGE_DESIGN, event, [people[Math.abs(i) % people.length]!]), 'bench');
    if (i >= 0) times.push(performance.now() - start);
  }
  return times;
}

async function badgesPerMinute(): Promise<number> {
  const queue = createPdfQueue();
  const backend = cupsBackend();
  const title = `entre-bench-${Date.now()}`;
  try {
    const start = performance.now();
    for (let i = 0; i < PRINTS; i++) {
      const pages = layoutPages(DEFAULT_BADGE_DESIGN, event, [people[i % people.length]!]);
      await backend.print({
        printer: queue.name,
        preset: BADGE_PRESETS[DEFAULT_BADGE_DESIGN.preset],
        pages,
        title: `${title}-${i}`,
        pdf: () => renderBadgePdf(pages, title),
      });
    }
    return (PRINTS / (performance.now() - start)) * 60_000;
  } finally {
    queue.remove();
    printedPdfs(title).forEach((file) => fs.rmSync(file));
  }
}

export const suite: BenchSuite = {
  name: SUITE,
  async run() {
    const times = await renderTimes();
    const p50 = round(percentile(times, 50));
    const rows: BenchRow[] = [
      {
        suite: SUITE,
        case: 'render one badge to PDF, p50',
        value: p50,
        unit: 'ms',
        goal: '≤ 300 ms',
        met: p50 <= 300,
        note: `${RENDERS} badges, Brother DK-11202`,
      },
      { suite: SUITE, case: 'render one badge to PDF, p95', value: round(percentile(times, 95)), unit: 'ms' },
    ];
    try {
      rows.push({
        suite: SUITE,
        case: 'badges per minute through CUPS',
        value: round(await badgesPerMinute(), 1),
        unit: 'badges/min',
        note: `${PRINTS} badges one after another, each until cups-pdf finished it`,
      });
    } catch (error) {
      rows.push({
        suite: SUITE,
        case: 'badges per minute through CUPS',
        value: NaN,
        unit: 'badges/min',
        note: `CUPS unavailable: ${(error as Error).message}`,
      });
    }
    return rows;
  },
};
