// Renders a sample badge of every preset to PDF and then to docs/badges/<preset>.png (pdftoppm), so
// the look can be reviewed without a printer: `npx tsx scripts/badge-previews.ts`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { layoutPages, renderBadgePdf } from '../src/main/badges/render-pdf';
import { DEFAULT_BADGE_DESIGN } from '../src/shared/badge/design';
import { BADGE_PRESET_IDS, BADGE_PRESETS, badgesPerPage } from '../src/shared/badge/presets';
import { DEMO_GUESTS } from '../src/main/demo/ledarforum';

const people = [
  {
    firstName: 'Christoffer',
    lastName: 'Bäckström-Grönqvist',
    title: 'Avdelningschef individ- och familjeomsorg',
    department: 'Socialförvaltningen',
  },
  ...DEMO_GUESTS.map(([firstName, lastName, title, department]) => ({ firstName, lastName, title, department })),
];
const logo = `data:image/png;base64,${fs.readFileSync('docs/badges/sample-logo.png').toString('base64')}`;
const outDir = 'docs/badges';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-badges-'));

for (const preset of BADGE_PRESET_IDS) {
  const design = { ...DEFAULT_BADGE_DESIGN, preset, logo: { dataUrl: logo, width: 240, height: 120 } };
  const count = badgesPerPage(BADGE_PRESETS[preset]);
  // Single labels show Anna-Karin Pålsson; the sheet shows the long name among others.
  const sample = count === 1 ? [people[1]!] : people.slice(0, count);
  const pdf = path.join(scratch, `${preset}.pdf`);
  fs.writeFileSync(
    pdf,
    await renderBadgePdf(layoutPages(design, { name: 'Ledarforum', startsOn: '2026-03-12' }, sample), preset),
  );
  execFileSync('pdftoppm', ['-png', '-r', count === 1 ? '200' : '80', '-singlefile', pdf, path.join(outDir, preset)]);
  console.log(`${outDir}/${preset}.png`);
}
fs.rmSync(scratch, { recursive: true, force: true });
