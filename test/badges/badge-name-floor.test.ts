// Names on every preset never go below the preset's floor (docs/badges.md), read back from the PDF
// as a reviewer would: pdftotext's word boxes give each word's size (DejaVu Sans's box is 1.164 em
// tall), pdffonts that it is DejaVu Sans Bold. The layout says which line is the first name.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutPages, renderBadgePdf } from '../../src/main/badges/render-pdf';
import { DEFAULT_BADGE_DESIGN } from '../../src/shared/badge/design';
import { SURNAME_SCALE } from '../../src/shared/badge/fit-name';
import { type BadgePerson, layoutBadge } from '../../src/shared/badge/layout';
import { BADGE_PRESET_IDS, BADGE_PRESETS, POINTS_PER_MM } from '../../src/shared/badge/presets';
import { FACE_JPEG } from '../photos/fixtures';
import { tempDir } from '../helpers/temp';
import { wordBoxes } from './pdf-tools';
import { presetCell } from './preset-cell';

const event = { name: 'Ledarforum', startsOn: '2026-03-12' };
const WORD_BOX_EM = 0.928 + 0.236;
const CAP_HEIGHT_EM = 1493 / 2048;
const photo = `data:image/jpeg;base64,${FACE_JPEG.toString('base64')}`;
const person = (firstName: string, lastName: string): BadgePerson => ({
  firstName,
  lastName,
  title: 'Avdelningschef individ- och familjeomsorg',
  department: 'Barn- och utbildningsförvaltningen',
});
const NAMES = [
  person('Christoffer', 'Bäckström-Grönqvist'),
  person('Maximiliana', 'Wilhelmsdotter-Östergårdhson'),
  person('Karl-Fredrik', 'Leijonhufvud af Björneborg'),
  // One word wider than the smallest labels at the floor: it breaks inside the word, never shrinks.
  person('Anna-Karin', 'Wolfeschlegelsteinhausen'),
  { ...person('Christoffer', 'Bäckström-Grönqvist'), photo },
];
const label = (p: BadgePerson) => `${p.firstName} ${p.lastName}${p.photo ? ' with a photo' : ''}`;

describe.each(BADGE_PRESET_IDS)('names on the %s badge', (preset) => {
  const design = { ...DEFAULT_BADGE_DESIGN, preset };
  const floor = BADGE_PRESETS[preset].nameFloorPt;

  it.each(NAMES.map((p) => [label(p), p] as const))('%s: never below the floor, in the PDF too', async (_, guest) => {
    const [page] = layoutPages(design, event, [guest]);
    const badge = page!.badges[0]!;
    const name = badge.texts.filter((text) => text.role === 'name');
    const letters = (text: string) => text.replace(/\s/g, '');
    let firstCount = 0;
    while (
      letters(
        name
          .slice(0, firstCount)
          .map((line) => line.text)
          .join(''),
      ) !== letters(guest.firstName)
    ) {
      if (++firstCount > name.length) break;
    }
    const [firstLines, surnameLines] = [name.slice(0, firstCount), name.slice(firstCount)];
    // The first name on its own line(s), largest; the surname below it, whole, visibly smaller unless
    // both are at the floor.
    expect(firstLines.map((line) => line.text).join('')).toBe(guest.firstName);
    expect(letters(surnameLines.map((line) => line.text).join(''))).toBe(letters(guest.lastName));
    for (const line of surnameLines) expect(line.text).not.toMatch(/^-/);
    for (const line of name) expect(line.size, line.text).toBeGreaterThanOrEqual(floor);
    if (firstLines[0]!.size > floor) {
      expect(surnameLines[0]!.size).toBeLessThanOrEqual(Math.max(floor, firstLines[0]!.size * SURNAME_SCALE) + 0.01);
      expect(surnameLines[0]!.size).toBeLessThan(firstLines[0]!.size);
    } else expect(surnameLines[0]!.size).toBe(floor);
    for (const line of name) expect(line.width, line.text).toBeLessThanOrEqual(badge.width);

    const file = path.join(tempDir(), `${preset}.pdf`);
    fs.writeFileSync(file, await renderBadgePdf([page!], 'floor'));
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/DejaVuSans-Bold/);
    const printed = wordBoxes(file).filter((word) => name.some((line) => line.text.includes(word.word)));
    expect(printed.length).toBeGreaterThanOrEqual(name.length);
    for (const word of printed) {
      const size = (word.yMax - word.yMin) / WORD_BOX_EM;
      expect(size, word.word).toBeGreaterThanOrEqual(floor - 0.05);
      expect(word.xMin, word.word).toBeGreaterThanOrEqual(badge.x);
      expect(word.xMax, word.word).toBeLessThanOrEqual(badge.x + badge.width);
      expect(word.yMin, word.word).toBeGreaterThanOrEqual(badge.y);
      expect(word.yMax, word.word).toBeLessThanOrEqual(badge.y + badge.height);
    }
  });

  it('gives the name its size before the title: shortened or left out, never the name shrunk for it', () => {
    const cell = presetCell(preset);
    for (const guest of [...NAMES, person('Anna-Karin', 'Pålsson'), person('Bo', 'Ek')]) {
      const sizes = (p: BadgePerson) =>
        layoutBadge(design, event, p, cell)
          .texts.filter((text) => text.role === 'name')
          .map((text) => [text.text, text.size]);
      expect(sizes(guest), label(guest)).toEqual(sizes({ ...guest, title: '' }));
    }
  });

  it('sets a name that has the room with the first name visibly larger than the surname', () => {
    for (const guest of [person('Bo', 'Ek'), person('Åsa', 'Lindqvist'), person('Erik', 'Öhman')]) {
      const [first, surname] = layoutBadge(design, event, guest, presetCell(preset)).texts.filter(
        (text) => text.role === 'name',
      );
      expect(first!.text).toBe(guest.firstName);
      // The smallest labels hold two name lines only at the floor; the default preset has room.
      if (preset === DEFAULT_BADGE_DESIGN.preset) expect(first!.size, label(guest)).toBeGreaterThan(floor);
      if (first!.size === floor) expect(surname!.size, label(guest)).toBe(floor);
      else {
        expect(surname!.size, label(guest)).toBeLessThanOrEqual(Math.max(floor, first!.size * SURNAME_SCALE) + 0.01);
        expect(surname!.size, label(guest)).toBeLessThan(first!.size);
      }
    }
  });

  it('is listed in docs/badges.md with its floor in points and the cap height in millimetres', () => {
    const docs = fs.readFileSync('docs/badges.md', 'utf8');
    const capMm = ((floor * CAP_HEIGHT_EM) / POINTS_PER_MM).toFixed(1);
    const row = docs.split('\n').find((line) => line.includes(`\`${preset}\``));
    expect(row, preset).toBeDefined();
    expect(row).toContain(`${floor} pt`);
    expect(row).toContain(`${capMm} mm`);
    // At two metres a capital letter of 6.3 mm subtends about 11 arcminutes: readable (docs/badges.md).
    expect(Number(capMm)).toBeGreaterThanOrEqual(6.3);
  });
});
