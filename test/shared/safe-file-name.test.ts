// File names from data must stay one file inside their folder, on every OS. The property test writes
// each name for real into a temporary folder and finds it there, and only there.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_BYTES, safeFileName } from '../../src/shared/safe-file-name';
import { tempDir } from '../helpers/temp';

const RUNS = 10_000;

const hostilePart = fc.constantFrom(
  '/',
  '\\',
  '..',
  '.',
  '../',
  '..\\',
  '\0',
  '\n',
  '\u202e',
  'CON',
  'nul',
  'COM1',
  'lpt9',
  'con.txt',
  'C:',
  '~',
  ' ',
  '.csv',
  'Åsa Öhman',
  '*?<>|":',
  '\ud800',
);
const hostileName = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(hostilePart, { maxLength: 12 }).map((parts) => parts.join('')),
  fc.array(fc.oneof(hostilePart, fc.string({ maxLength: 8 })), { maxLength: 20 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', minLength: 150, maxLength: 400 }),
);

describe('safe file names', () => {
  it('are always one non-empty name that stays inside its folder', { timeout: 300_000 }, () => {
    const dir = tempDir();
    const windowsDir = 'C:\\Users\\kiosk\\Documents';
    fc.assert(
      fc.property(hostileName, (name) => {
        const safe = safeFileName(name);
        expect(safe.length).toBeGreaterThan(0);
        expect(safe).not.toMatch(/[/\\<>:"|?*\p{Cc}\p{Cf}\p{Cs}]/u);
        expect(safe).not.toMatch(/^[\s.-]|[\s.-]$|\.\./u);
        expect(safe.split('.')[0]!.trim()).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i);
        expect(Buffer.byteLength(safe)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
        expect(safeFileName(safe)).toBe(safe);
        expect(path.win32.dirname(path.win32.join(windowsDir, safe))).toBe(windowsDir);
        const file = path.join(dir, safe);
        expect(path.dirname(file)).toBe(dir);
        fs.writeFileSync(file, 'x');
        expect(fs.readdirSync(dir)).toEqual([safe]);
        fs.rmSync(file);
      }),
      { numRuns: RUNS },
    );
  });

  it('leave ordinary names alone and keep the extension of shortened ones', () => {
    expect(safeFileName('Ledarforum-2026-attendance-2026-03-12.xlsx')).toBe(
      'Ledarforum-2026-attendance-2026-03-12.xlsx',
    );
    expect(safeFileName('Åsa Öhman.pdf')).toBe('Åsa Öhman.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFileName('CON.csv')).toBe('_CON.csv');
    expect(safeFileName('...', 'guest')).toBe('guest');
    const long = safeFileName(`${'Ö'.repeat(300)}.xlsx`);
    expect(long).toMatch(/^Ö+\.xlsx$/);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  });
});
