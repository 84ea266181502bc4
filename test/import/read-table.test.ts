import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, headerLineFormat, parseCsv, readTableFile } from '../../src/main/import/read-table';
import { tempDir } from '../helpers/temp';

const SWEDISH =
  'Förnamn;Efternamn;Förvaltning\r\nÅsa;Öhman;Socialförvaltningen\r\nJöns;Bäck;Tekniska förvaltningen\r\n';
const SWEDISH_TABLE = {
  header: ['Förnamn', 'Efternamn', 'Förvaltning'],
  rows: [
    { line: 2, cells: ['Åsa', 'Öhman', 'Socialförvaltningen'] },
    { line: 3, cells: ['Jöns', 'Bäck', 'Tekniska förvaltningen'] },
  ],
};

function fileWith(bytes: Buffer | string, name = 'gaster.csv') {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('reading a guest list file: encodings', () => {
  it('reads UTF-8 without a BOM', async () => {
    expect(await readTableFile(fileWith(Buffer.from(SWEDISH, 'utf8')))).toEqual(SWEDISH_TABLE);
  });

  it('reads UTF-8 with a BOM, and the BOM does not stick to the first header', async () => {
    const table = await readTableFile(fileWith(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SWEDISH)])));
    expect(table).toEqual(SWEDISH_TABLE);
  });

  it('reads Windows-1252, as Swedish Excel saves "CSV (semikolonavgränsad)"', async () => {
    const bytes = iconv.encode(SWEDISH, 'windows-1252');
    expect(bytes.includes(0xc5)).toBe(true); // Å as one byte: really not UTF-8
    expect(await readTableFile(fileWith(bytes))).toEqual(SWEDISH_TABLE);
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text", tab-delimited)', async () => {
    const text = SWEDISH.replaceAll(';', '\t');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    expect(await readTableFile(fileWith(bytes, 'gaster.txt'))).toEqual(SWEDISH_TABLE);
  });

  it('decodes UTF-16BE with a BOM and keeps valid UTF-8 as UTF-8', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('Åsa', 'utf-16be')]))).toBe('Åsa');
    expect(decodeText(Buffer.from('Ärlig – “citat” €', 'utf8'))).toBe('Ärlig – “citat” €');
    expect(decodeText(iconv.encode('Ärlig – “citat” €', 'windows-1252'))).toBe('Ärlig – “citat” €');
  });
});

describe('reading a guest list file: delimiters', () => {
  const expected = { header: ['namn', 'titel'], rows: [{ line: 2, cells: ['Åsa Ek', 'Rektor'] }] };

  it.each([
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
  ])('splits on %s', (_name, delimiter) => {
    expect(parseCsv(`namn${delimiter}titel\nÅsa Ek${delimiter}Rektor\n`)).toEqual(expected);
  });

  it('decides by the header line, not by commas or line breaks inside quoted values', () => {
    expect(headerLineFormat('"Efternamn, Förnamn";Titel;Förvaltning\n"a,b,c,d";x;y')).toEqual({
      delimiter: ';',
      newline: '\n',
    });
    expect(headerLineFormat('"Namn\nen";titel\r\nÅsa;x\r\n')).toEqual({ delimiter: ';', newline: '\r\n' });
    expect(headerLineFormat('namn')).toEqual({ delimiter: ',', newline: undefined });
  });

  it("splits rows at the header line's line break however long that line is", () => {
    // Longer than the first MiB, where papaparse would guess the line break itself.
    const header = ['namn', ...Array.from({ length: 120_000 }, (_, i) => `kolumn${i}`)].join(';');
    for (const newline of ['\r\n', '\r']) {
      const table = parseCsv(`${header}${newline}Åsa Ek;Rektor${newline}Bo Ek;Chef${newline}`);
      expect(table.rows).toEqual([
        { line: 2, cells: ['Åsa Ek', 'Rektor'] },
        { line: 3, cells: ['Bo Ek', 'Chef'] },
      ]);
    }
  });
});

describe('reading a guest list file: quoting and line numbers', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const table = parseCsv(
      'name,title,department\n' +
        '"Pålsson, Anna-Karin","Chef för ""Unga vuxna""","Social-\nförvaltningen"\n' +
        'Bo Ek,Rektor,Skola\n',
    );
    expect(table.rows).toEqual([
      { line: 2, cells: ['Pålsson, Anna-Karin', 'Chef för "Unga vuxna"', 'Social-\nförvaltningen'] },
      { line: 4, cells: ['Bo Ek', 'Rektor', 'Skola'] },
    ]);
  });

  it('numbers rows as a text editor does, across multi-line fields and blank lines', () => {
    const text = [
      'namn;titel', // 1
      '"Åsa', // 2
      'Ek";"Rektor', // 3
      'Östra', // 4
      'skolan"', // 5
      '', // 6
      'Bo Ek;Chef', // 7
      '', // 8
      '', // 9
      '"Jöns ""JB"" Bäck";"a', // 10
      'b"', // 11
      'Lena Grön;x', // 12
    ];
    for (const newline of ['\r\n', '\n']) {
      const table = parseCsv(text.join(newline) + newline);
      expect(table.rows.map((row) => [row.line, row.cells[0]])).toEqual([
        [2, `Åsa${newline}Ek`],
        [7, 'Bo Ek'],
        [10, 'Jöns "JB" Bäck'],
        [12, 'Lena Grön'],
      ]);
    }
  });

  it('numbers rows right in Excel files: CRLF between records, LF inside cells', () => {
    const table = parseCsv('namn;titel\r\n"Åsa Ek";"Rektor\nÖstra\nskolan"\r\nBo Ek;Chef\r\n');
    expect(table.rows.map((row) => row.line)).toEqual([2, 5]);
  });

  it('refuses a broken file with a message naming the line', () => {
    expect(() => parseCsv('namn,titel\nÅsa Ek,Rektor\n"Bo Ek,Chef\nLena Grön,x\n')).toThrow(
      'line 3: the file cannot be read as CSV (a value that starts with a quote is never closed)',
    );
    expect(() => parseCsv('namn;titel\n"Åsa\nEk";Rektor\n"Bo" Ek;Chef\n')).toThrow(
      'line 4: the file cannot be read as CSV (a value in quotes is followed by more text before the next delimiter)',
    );
    expect(() => parseCsv('')).toThrow('the file is empty');
  });

  it('refuses a quoted value after a space rather than split it in two', () => {
    expect(() => parseCsv('namn, titel, förvaltning\nÅsa Ek, "Rektor, Östra skolan"\n')).toThrow(
      'line 2: the file cannot be read as CSV (a quote follows a space after the delimiter: remove the space so the quoted value stays whole)',
    );
  });

  it('keeps a quote inside an unquoted value as typed, as Excel reads it', () => {
    expect(parseCsv('namn,titel\nBo "Ekis" Ek,Chef\n').rows).toEqual([{ line: 2, cells: ['Bo "Ekis" Ek', 'Chef'] }]);
  });
});
