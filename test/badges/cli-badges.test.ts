import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/store/database';
import { DEMO_GUESTS, seedDemoEventIfEmpty } from '../../src/main/demo/ledarforum';
import { runCli } from '../../e2e/helpers/cli';
import { pageSizesMm, pdfText } from './pdf-tools';

let dir: string;
let dbFile: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-cli-badges-'));
  dbFile = path.join(dir, 'entre.db');
  const db = openDatabase(dbFile);
  seedDemoEventIfEmpty(db);
  db.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('`entre badges` puts every guest on A4 sheets of eight', async () => {
  const out = path.join(dir, 'badges.pdf');
  const result = await runCli(['badges', '--out', out, '--db', dbFile]);
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain(
    `Wrote ${DEMO_GUESTS.length} badges on ${Math.ceil(DEMO_GUESTS.length / 8)} A4 pages`,
  );
  const pages = pageSizesMm(out);
  expect(pages).toHaveLength(Math.ceil(DEMO_GUESTS.length / 8));
  for (const page of pages) {
    expect(Math.abs(page.width - 210)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(page.height - 297)).toBeLessThanOrEqual(0.5);
  }
  // pdftotext joins a name broken after its hyphen ("Karlsson-|Nyberg") as one word without it.
  const text = pdfText(out).replaceAll('-', '');
  for (const [, lastName] of DEMO_GUESTS) expect(text).toContain(lastName.replaceAll('-', ''));
});

it('says which package to install when the badge font is missing, and writes nothing', async () => {
  const out = path.join(dir, 'no-font.pdf');
  const result = await runCli(['badges', '--out', out, '--db', dbFile], {
    ENTRE_DEJAVU_DIR: path.join(dir, 'no-fonts'),
  });
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/The badge font is missing .*fonts-dejavu-core/);
  expect(fs.existsSync(out)).toBe(false);
});
