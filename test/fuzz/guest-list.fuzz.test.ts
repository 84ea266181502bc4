// Hostile guest lists: arbitrary text, arbitrary bytes, CSV-shaped noise and broken workbooks. Reading
// either succeeds or names the problem; a list with any bad row writes nothing at all.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv, readTableFile, TableReadError } from '../../src/main/import/read-table';
import { validateGuestList } from '../../src/main/import/guest-list';
import { importGuestListFile } from '../../src/main/import/import-guest-list';
import { tempStore } from '../helpers/temp';
import { problemText } from '../../src/main/import/problem-text';

const RUNS = 10_000;

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'Åsa',
    'Pålsson',
    '"',
    '""',
    ';',
    ',',
    '\t',
    '\n',
    '\r\n',
    '=1+1',
    'a@b.se',
    'not-an-email',
    'abcd1234',
  ),
);
const csvShaped = fc
  .tuple(
    fc.constantFrom('namn;titel;e-post;kod', 'first_name,last_name,email', 'Förnamn\tEfternamn\tAvdelning', 'x;y'),
    fc.constantFrom(';', ',', '\t'),
    fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
  )
  .map(([header, delimiter, rows]) => [header, ...rows.map((cells) => cells.join(delimiter))].join('\n'));

function readsOrRefuses(text: string): void {
  try {
    const validated = validateGuestList(parseCsv(text));
    if (!validated.ok) {
      for (const problem of validated.problems) {
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problemText(problem).length).toBeGreaterThan(0);
      }
    }
  } catch (error) {
    expect(error).toBeInstanceOf(TableReadError);
  }
}

describe('guest list reading', () => {
  it('reads or refuses CSV-shaped noise', () => {
    fc.assert(fc.property(csvShaped, readsOrRefuses), { numRuns: RUNS });
  });

  it('reads or refuses arbitrary text and bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 })), (input) => {
        readsOrRefuses(typeof input === 'string' ? input : decodeText(Buffer.from(input)));
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses broken workbooks with a message', { timeout: 300_000 }, async () => {
    const { dir } = tempStore();
    const file = path.join(dir, 'broken.xlsx');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        // A ZIP signature and then noise: what a truncated or damaged download looks like.
        fs.writeFileSync(file, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(bytes)]));
        await expect(readTableFile(file)).rejects.toBeInstanceOf(TableReadError);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('guest list import', () => {
  it('writes all of a list or nothing of it', { timeout: 300_000 }, async () => {
    const { db, dir } = tempStore();
    const file = path.join(dir, 'guests.csv');
    const guests = () => (db.prepare('SELECT count(*) AS n FROM guests').get() as { n: number }).n;
    await fc.assert(
      fc.asyncProperty(csvShaped, async (text) => {
        fs.writeFileSync(file, text);
        const before = guests();
        const result = await importGuestListFile(db, file, 'Fuzz');
        if (!result.ok) expect(guests()).toBe(before);
        else expect(guests()).toBe(before + result.added);
      }),
      { numRuns: 2_000 },
    );
  });
});
