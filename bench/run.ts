import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow, BenchSuite } from './harness';

const suitesDir = path.resolve('bench/suites');
const only = process.argv.slice(2);
const rows: BenchRow[] = [];

for (const file of fs
  .readdirSync(suitesDir)
  .filter((name) => name.endsWith('.ts'))
  .sort()) {
  const { suite } = (await import(pathToFileURL(path.join(suitesDir, file)).href)) as { suite: BenchSuite };
  if (only.length > 0 && !only.includes(suite.name)) continue;
  console.error(`running ${suite.name} ...`);
  rows.push(...(await suite.run()));
}

console.table(
  rows.map((row) => ({
    suite: row.suite,
    case: row.case,
    value: `${row.value} ${row.unit}`,
    goal: row.goal ?? '',
    met: row.met === undefined ? '' : row.met ? 'yes' : 'NO',
    note: row.note ?? '',
  })),
);
fs.mkdirSync('bench/results', { recursive: true });
const out = path.join('bench/results', 'latest.json');
fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2));
console.error(`written ${out}`);
