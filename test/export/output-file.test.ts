// An export written with --out appears only whole: one that stops half-way (the store failing under
// it) leaves the organizer's older file as it was, no truncated file and no leftovers, and says so.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { writeOutputPieces } from '../../src/main/file-problems';
import { tempDir } from '../helpers/temp';

async function* stopsAfterOnePiece() {
  yield 'Förnamn;Efternamn\n';
  throw new Error('database disk image is malformed');
}

it('leaves the older file as it was when an export stops half-way, and writes a whole one', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'narvaro.csv');
  fs.writeFileSync(file, 'last week’s export\n');

  await expect(writeOutputPieces(file, stopsAfterOnePiece())).rejects.toThrow(
    `${file} was not written: the export stopped (database disk image is malformed).`,
  );
  expect(fs.readFileSync(file, 'utf8')).toBe('last week’s export\n');
  expect(fs.readdirSync(dir)).toEqual(['narvaro.csv']);

  await writeOutputPieces(file, ['Förnamn;Efternamn\n', 'Åsa;Öhman\n']);
  expect(fs.readFileSync(file, 'utf8')).toBe('Förnamn;Efternamn\nÅsa;Öhman\n');
  expect(fs.readdirSync(dir)).toEqual(['narvaro.csv']);
});
