// The benchmark harness: every file in bench/suites exports `run()` returning rows of figures.
// `npm run bench` prints them as one table and writes bench/results/latest.json.

export interface BenchRow {
  suite: string;
  case: string;
  /** The figure, with its unit in `unit`. */
  value: number;
  unit: string;
  /** What the issue asks for, in words ("≤ 1.5× raw"), and whether it was met when that is decidable. */
  goal?: string;
  met?: boolean;
  note?: string;
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;
