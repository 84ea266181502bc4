import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutPages, renderBadgePdf } from '../../src/main/badges/render-pdf';
import { DEFAULT_BADGE_DESIGN } from '../../src/shared/badge/design';
import type { BadgePerson } from '../../src/shared/badge/layout';
import { BADGE_PRESET_IDS, BADGE_PRESETS, POINTS_PER_MM } from '../../src/shared/badge/presets';
import { pageSizesMm, pdfText, wordBoxes } from './pdf-tools';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-badge-pdf-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const event = { name: 'Ledarforum', startsOn: '2026-03-12' };
const annaKarin = {
  firstName: 'Anna-Karin',
  lastName: 'Pålsson',
  title: 'Förvaltningschef',
  department: 'Socialförvaltningen',
};

async function render(preset: (typeof BADGE_PRESET_IDS)[number], person: BadgePerson, name: string) {
  const design = { ...DEFAULT_BADGE_DESIGN, preset };
  const pages = layoutPages(design, event, [person]);
  const file = path.join(dir, `${preset}-${name}.pdf`);
  fs.writeFileSync(file, await renderBadgePdf(pages, name));
  return { file, pages };
}

describe.each(BADGE_PRESET_IDS)('the %s badge', (preset) => {
  const { pageWidthMm, pageHeightMm } = BADGE_PRESETS[preset];

  it('is a PDF of exactly the preset page size with name, title, department and event as text', async () => {
    const { file } = await render(preset, annaKarin, 'anna-karin');
    const [size, ...more] = pageSizesMm(file);
    expect(more).toEqual([]);
    expect(Math.abs(size!.width - pageWidthMm)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(size!.height - pageHeightMm)).toBeLessThanOrEqual(0.5);
    const text = pdfText(file);
    // The name may be set on two lines; the words are all there, å included.
    expect(text).toMatch(/Anna-\s?Karin Pålsson/);
    // The 41 mm label has room for the name at its floor and no more: the title gives way (docs/badges.md).
    expect(text.includes('Förvaltningschef')).toBe(preset !== 'dymo-11356');
    expect(text).toContain('Socialförvaltningen');
    expect(text).toContain('Ledarforum · torsdag 12 mars 2026');
  });

  it('keeps a 40-character name inside the badge, whole, first name on its own line', async () => {
    const person = {
      firstName: 'Maximiliana',
      lastName: 'Wilhelmsdotter-Östergårdhson',
      title: 'Avdelningschef individ- och familjeomsorg',
      department: 'Barn- och utbildningsförvaltningen',
    };
    expect(`${person.firstName} ${person.lastName}`).toHaveLength(40);
    const { file, pages } = await render(preset, person, 'long');
    const badge = pages[0]!.badges[0]!;
    const nameLines = badge.texts.filter((text) => text.role === 'name');
    expect(nameLines[0]!.text).toBe('Maximiliana');
    expect(
      nameLines
        .slice(1)
        .map((line) => line.text)
        .join(''),
    ).toBe(person.lastName);

    // Where the words really landed in the PDF: inside the badge's cell, clear of its edges.
    const words = wordBoxes(file);
    const edge = 2 * POINTS_PER_MM;
    for (const word of words) {
      expect(word.xMin, word.word).toBeGreaterThanOrEqual(badge.x + edge);
      expect(word.xMax, word.word).toBeLessThanOrEqual(badge.x + badge.width - edge);
      expect(word.yMin, word.word).toBeGreaterThanOrEqual(badge.y);
      expect(word.yMax, word.word).toBeLessThanOrEqual(badge.y + badge.height);
    }
    expect(words.map((w) => w.word).join(' ')).toMatch(/Öster/);
  });
});

it('puts eight badges on each A4 sheet, one page per eight guests', async () => {
  const people = Array.from({ length: 9 }, (_, i) => ({ ...annaKarin, firstName: 'Gäst', lastName: `Nummer${i + 1}` }));
  const file = path.join(dir, 'sheet.pdf');
  fs.writeFileSync(
    file,
    await renderBadgePdf(layoutPages({ ...DEFAULT_BADGE_DESIGN, preset: 'a4-sheet-8' }, event, people), 'sheet'),
  );
  expect(pageSizesMm(file)).toHaveLength(2);
  const text = pdfText(file);
  for (let i = 1; i <= 9; i++) expect(text).toContain(`Nummer${i} `);
});
