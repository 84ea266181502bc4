// `entre badges` as the organizer prints the sheets: people in the order a Swede looks them up, read
// back from the PDF (poppler) in reading order, page by page, row by row, left to right.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, entre, foldersRemovedAfterAll } from '../helpers/cli';
import { wordBoxes } from '../badges/pdf-tools';

const [A4_WIDTH_PT, A4_HEIGHT_PT] = [595.28, 841.89];
const tempDir = foldersRemovedAfterAll('entre-badges-');

describe('entre badges', { timeout: CLI_TIMEOUT }, () => {
  it('lists people in Swedish order: "von Essen" under E, Å Ä Ö after Z', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'entre.db');
    const list = path.join(dir, 'lista.csv');
    // Surnames each one word on the badge but "von Essen", listed out of order.
    const people = [
      ['Örjan', 'Öberg'],
      ['Yvonne', 'Yilmaz'],
      ['Ärla', 'Ängkvist'],
      ['Erik', 'von Essen'],
      ['Åke', 'Åberg'],
      ['Zara', 'Zetterlund'],
      ['Anna', 'Andersson'],
      ['Vera', 'Wallin'],
      ['Bo', 'Ek'],
    ];
    fs.writeFileSync(list, `Förnamn;Efternamn\n${people.map((p) => p.join(';')).join('\n')}\n`);
    const imported = await entre(['import', list, '--db', dbFile]);
    expect(imported.code, imported.stderr).toBe(0);
    const pdf = path.join(dir, 'badges.pdf');
    const printed = await entre(['badges', '--db', dbFile, '--out', pdf]);
    expect(printed.code, printed.stderr).toBe(0);

    // A4 sheets of eight: two columns, four rows; a badge's cell read left to right, top to bottom.
    const cell = (word: { xMin: number; yMin: number }) =>
      Math.floor(word.yMin / (A4_HEIGHT_PT / 4)) * 2 + (word.xMin < A4_WIDTH_PT / 2 ? 0 : 1);
    const surnames = new Set(people.map(([, last]) => last!.split(' ').at(-1)!));
    const order = wordBoxes(pdf)
      .filter((word) => surnames.has(word.word))
      .sort((a, b) => a.page - b.page || cell(a) - cell(b))
      .map((word) => word.word);
    // "von" is not sorted on: von Essen stands among the E's.
    expect(order).toEqual(['Andersson', 'Ek', 'Essen', 'Wallin', 'Yilmaz', 'Zetterlund', 'Åberg', 'Ängkvist', 'Öberg']);
  });
});
