// A guest list's problems in staff mode's language: files with every kind of problem an upload can have
// are previewed as staff mode previews them, and the problems read in Swedish at a Swedish kiosk (and in
// English in English mode), with the file's values and line numbers in them.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ImportIssueCode, ImportProblem } from '../../src/shared/import-problems';
import { applyImport, previewImport } from '../../src/main/staff/import-upload';
import { IMPORT_ISSUE_KEYS, importProblemText } from '../../src/renderer/staff/import-problem-text';
import { messages, translate, type Language } from '../../src/renderer/i18n';
import { tempStore } from '../helpers/temp';
import { placeholders } from '../helpers/words';

const words = (language: Language, problem: ImportProblem) =>
  importProblemText((key, params) => translate(language, key, params), problem);

async function workbook(rows: string[][] | null): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  if (rows) book.addWorksheet('Gäster').addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** How an OpenDocument spreadsheet begins: a ZIP whose first entry, stored as it is, is its "mimetype". */
function openDocumentStart(): Buffer {
  const type = Buffer.from('application/vnd.oasis.opendocument.spreadsheet');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(type.length, 18);
  header.writeUInt32LE(type.length, 22);
  header.writeUInt16LE('mimetype'.length, 26);
  return Buffer.concat([header, Buffer.from('mimetype'), type, Buffer.from('PK\u0003\u0004')]);
}

/** Uploads that staff could choose, each with the Swedish words its first problem must read as. */
async function badUploads(): Promise<[string, Buffer, string][]> {
  const csv = (text: string) => Buffer.from(text);
  return [
    ['tom.csv', csv(''), 'Filen är tom.'],
    ['bara-rubriker.csv', csv('förnamn;efternamn;e-post\n;;\n'), 'Filen har en rubrikrad men inga gäster.'],
    ['gaster.pdf', csv('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'Filen är en PDF. Spara gästlistan som Excel-arbetsbok (.xlsx)'],
    [
      'gaster.xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      'Filen har Excels gamla format (.xls). Öppna den i Excel',
    ],
    ['gaster.ods', openDocumentStart(), 'Filen är ett OpenDocument-kalkylblad (.ods).'],
    [
      'gaster.csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'Filen är en bild, inte en gästlista.',
    ],
    [
      'citat.csv',
      csv('namn,titel\nÅsa Ek,Rektor\n"Bo Ek,Chef\n'),
      'Rad 3: Filen kan inte läsas som CSV: ett värde som börjar med citattecken avslutas aldrig.',
    ],
    [
      'efter-citat.csv',
      csv('namn;titel\n"Bo" Ek;Chef\n'),
      'Rad 2: Filen kan inte läsas som CSV: efter ett värde inom citattecken kommer mer text före nästa avgränsare.',
    ],
    [
      'mellanslag.csv',
      csv('namn, titel\nÅsa Ek, "Rektor, Östra skolan"\n'),
      'Rad 2: Filen kan inte läsas som CSV: det står ett mellanslag mellan avgränsaren och ett citattecken. ' +
        'Ta bort mellanslaget så att värdet inom citattecken hålls ihop.',
    ],
    [
      'trasig.xlsx',
      Buffer.from('PK\u0003\u0004 inte en arbetsbok'),
      'Filen kan inte läsas som en Excel-arbetsbok. Spara den igen i Excel och försök på nytt. (Teknisk detalj: ',
    ],
    ['utan-blad.xlsx', await workbook(null), 'Arbetsboken har inget kalkylblad.'],
    ['tomt-blad.xlsx', await workbook([]), 'Arbetsbokens första kalkylblad är tomt.'],
    [
      'fel-teckenkodning.csv',
      csv('FÃ¶rnamn;Efternamn\nÅsa;Ek\n'),
      'Rad 1: Rubriken ”FÃ¶rnamn” har fått fel tecken, som när en fil sparas med en teckenkodning och läses med ' +
        'en annan. Spara listan igen som ”CSV UTF-8” (Excel) eller som XLSX-arbetsbok och importera den.',
    ],
    [
      'utan-namn.csv',
      csv('titel;e-post\nRektor;a@b.se\n'),
      'Rad 1: Ingen namnkolumn hittades (rubrikraden har ”titel”, ”e-post”). Listan behöver en kolumn ”namn”, ' +
        'eller ”förnamn” och ”efternamn” (engelska rubriker fungerar också).',
    ],
    [
      'rader.csv',
      csv(
        [
          'förnamn;efternamn;titel;e-post;kod',
          'Åsa;Ek;Rektor;asa@kommun.se;ASA1',
          'Bo;Ek;Chef;bo@kommun.se;x',
          ';;Chef;;',
          `Eva;${'Ö'.repeat(81)};;;`,
          'Lena;Grön;"Chef\u0007";;',
          'Nils;Ek;;nils.kommun.se;',
          'Åsa;Lund;;ASA@kommun.se;asa1',
          'Per;Ek;;;;extra',
        ].join('\n'),
      ),
      'Rad 3: Koden ”x” får bara innehålla bokstäverna a–z och siffror, 4 till 64 tecken.',
    ],
  ];
}

describe('import problems in staff mode', () => {
  it.each(Object.keys(IMPORT_ISSUE_KEYS) as ImportIssueCode[])('%s is worded in Swedish and English', (code) => {
    const key = IMPORT_ISSUE_KEYS[code];
    expect(key).toBe(`staff.import.problem.${code}`);
    expect(messages.sv[key]).not.toBe(messages.en[key]);
    expect(placeholders(messages.sv[key])).toEqual(placeholders(messages.en[key]));
  });

  it('reads every problem an upload can have in Swedish, with its line and the values from the file', async () => {
    const { db } = tempStore();
    const seen = new Set<ImportIssueCode>();
    for (const [fileName, bytes, firstProblem] of await badUploads()) {
      const { problems } = await previewImport(db, bytes, fileName);
      for (const issue of problems.flatMap((problem) => problem.issues)) seen.add(issue.code);
      const swedish = problems.map((problem) => words('sv', problem));
      expect(swedish[0], fileName).toContain(firstProblem);
      for (const text of swedish) expect(text, fileName).not.toMatch(/\{\w+\}| the | is | cannot /);
    }
    // Every code but the two an upload cannot cause: a file that cannot be opened (the command line
    // reads files by name) and a CSV error papaparse has no code for.
    const uploadCodes = Object.keys(IMPORT_ISSUE_KEYS).filter(
      (code) => code !== 'file-unreadable' && code !== 'csv-unreadable',
    );
    expect([...seen].sort()).toEqual(uploadCodes.sort());
  });

  it('words the rows of one file, several problems of a row together, in Swedish and in English', async () => {
    const { db } = tempStore();
    const [, bytes] = (await badUploads()).find(([fileName]) => fileName === 'rader.csv')!;
    const { problems } = await previewImport(db, bytes, 'rader.csv');
    expect(problems.map((problem) => words('sv', problem))).toEqual([
      'Rad 3: Koden ”x” får bara innehålla bokstäverna a–z och siffror, 4 till 64 tecken.',
      'Rad 4: Namnet saknas.',
      'Rad 5: Efternamn är längre än 80 tecken.',
      'Rad 6: Titel innehåller osynliga styrtecken.',
      'Rad 7: E-postadressen ”nils.kommun.se” är inte en giltig adress.',
      'Rad 8: Koden ”asa1” finns också på rad 2. E-postadressen ”ASA@kommun.se” finns också på rad 2.',
      'Rad 9: Raden har 6 fält, men rubrikraden har 5 (en avgränsare i ett värde utan citattecken?).',
    ]);
    expect(words('en', problems[1]!)).toBe('Line 4: The name is missing.');
    expect(words('en', problems[5]!)).toBe(
      'Line 8: The code “asa1” is also on line 2. The e-mail “ASA@kommun.se” is also on line 2.',
    );
  });

  it('words the problems of an import that staff applied, and imports nothing', async () => {
    const { db } = tempStore();
    const outcome = await applyImport(db, Buffer.from('förnamn;efternamn;titel\nBo;Ek;Chef\n;;Chef\n'), 'lista.csv', {
      removeMissing: false,
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((problem) => words('sv', problem))).toEqual(['Rad 3: Namnet saknas.']);
    expect(db.prepare('SELECT count(*) AS n FROM guests').get()).toEqual({ n: 0 });
  });
});
