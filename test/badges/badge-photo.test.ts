// The badge with a consented photo, for every preset: the PDF holds the picture as an image
// (pdfimages) and the name still as text (pdftotext), the photo never covers the name, and the name
// keeps as much of its size as the room beside or under the photo allows.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutPages, renderBadgePdf } from '../../src/main/badges/render-pdf';
import { DEFAULT_BADGE_DESIGN } from '../../src/shared/badge/design';
import { layoutBadge } from '../../src/shared/badge/layout';
import { BADGE_PRESET_IDS, POINTS_PER_MM } from '../../src/shared/badge/presets';
import { FACE_JPEG } from '../photos/fixtures';
import { tempDir } from '../helpers/temp';
import { pdfText } from './pdf-tools';
import { presetCell } from './preset-cell';

const event = { name: 'Ledarforum', startsOn: '2026-03-12' };
const photo = `data:image/jpeg;base64,${FACE_JPEG.toString('base64')}`;
const annaKarin = {
  firstName: 'Anna-Karin',
  lastName: 'Pålsson',
  title: 'Förvaltningschef',
  department: 'Socialförvaltningen',
};

/** pdfimages -list rows: type, size and encoding of each image in the file. */
const pdfImages = (file: string) =>
  execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      return { type: columns[2], width: Number(columns[3]), height: Number(columns[4]), encoding: columns[8] };
    });

describe.each(BADGE_PRESET_IDS)('the %s badge with a photo', (preset) => {
  const design = { ...DEFAULT_BADGE_DESIGN, preset };
  const cell = presetCell(preset);

  it('prints the picture as an image and the name as text', async () => {
    const file = path.join(tempDir(), `${preset}.pdf`);
    fs.writeFileSync(file, await renderBadgePdf(layoutPages(design, event, [{ ...annaKarin, photo }]), 'photo'));
    expect(pdfImages(file)).toEqual([{ type: 'image', width: 256, height: 256, encoding: 'jpeg' }]);
    // Beside the photo "Anna-Karin" may wrap after its hyphen, which pdftotext joins up again.
    expect(pdfText(file)).toMatch(/Anna-?\s?Karin Pålsson/);
    // The plain badge holds no image at all.
    fs.writeFileSync(file, await renderBadgePdf(layoutPages(design, event, [annaKarin]), 'plain'));
    expect(pdfImages(file)).toEqual([]);
  });

  it('keeps the photo clear of the name and title, at least 15 mm, inside the badge', () => {
    const badge = layoutBadge(design, event, { ...annaKarin, photo }, cell);
    const picture = badge.photo!;
    expect(picture.width).toBeGreaterThanOrEqual(15 * POINTS_PER_MM - 0.01);
    expect(picture.width).toBeCloseTo(picture.height);
    expect(picture.x).toBeGreaterThanOrEqual(0);
    expect(picture.y).toBeGreaterThanOrEqual(0);
    expect(picture.x + picture.width).toBeLessThanOrEqual(cell.width);
    expect(picture.y + picture.height).toBeLessThanOrEqual(cell.height);
    for (const text of badge.texts.filter((t) => t.role === 'name' || t.role === 'title')) {
      const top = text.baseline - text.size;
      const besideIt = text.x >= picture.x + picture.width || text.x + text.width <= picture.x;
      const belowIt = top >= picture.y + picture.height;
      expect(besideIt || belowIt, `${text.role} "${text.text}" overlaps the photo`).toBe(true);
    }
  });

  it('keeps the name as large as the room left allows', () => {
    const plainName = layoutBadge(design, event, annaKarin, cell).texts.find((t) => t.role === 'name')!;
    const withPhoto = layoutBadge(design, event, { ...annaKarin, photo }, cell);
    const name = withPhoto.texts.filter((t) => t.role === 'name');
    // Never larger than without the photo, and at least half of it: the name is still the badge's headline.
    expect(name[0]!.size).toBeLessThanOrEqual(plainName.size + 0.01);
    expect(name[0]!.size).toBeGreaterThanOrEqual(plainName.size * 0.5);
    expect(name.map((t) => t.text).join(' ')).toMatch(/Anna-\s?Karin Pålsson/);
  });
});
