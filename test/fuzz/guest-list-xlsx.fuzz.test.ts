// Valid guest lists as Excel writes them: Swedish and other letters, apostrophes, long names, numbers
// kept as text, values starting with = + - @, empty optional cells, numbers and dates in cells, e-mail
// addresses Excel turned into links, blank rows, columns in any order. Importing one yields exactly its
// guests and nothing else. A list with bad rows is refused whole, every bad row named by its Excel row
// number, and nothing is written.
//
// How the case count is reached: one workbook per fast-check run costs a zip, an XML parse and a fresh
// store (~50-100 ms), so 10,000 one-row workbooks would take far too long. Each run instead writes a
// workbook of 100-160 generated rows, all of which the import must return exactly: 100 runs give at
// least 10,000 generated valid rows (asserted below). The refusal property runs 60 workbooks, each of
// 20-80 valid rows with 1-6 bad rows mixed in.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importGuestListFile } from '../../src/main/import/import-guest-list';
import { getActiveEvent } from '../../src/main/store/events';
import { listGuests } from '../../src/main/store/guests';
import { tempStore } from '../helpers/temp';
import { problemText } from '../../src/main/import/problem-text';

const VALID_WORKBOOKS = 100;
const MIN_ROWS = 100;
const INVALID_WORKBOOKS = 60;
/** A counterexample is a whole workbook: shrinking 100+ rows through exceljs would outlast any timeout. */
const NO_SHRINKING = { endOnFailure: true };

/** A value as it sits in an Excel cell: text, a number, a date, or an e-mail Excel made a link of. */
type CellValue = string | number | Date | { text: string; hyperlink: string } | null;

interface GeneratedGuest {
  cells: { firstName: CellValue; lastName: CellValue; title: CellValue; department: CellValue };
  email: CellValue;
  code: CellValue;
  registered: Date | null;
  /** Leave a blank row before this one, as people do between groups. */
  blankBefore: boolean;
}

// Characters beyond the BMP (emoji, rare scripts) are left out: exceljs 4.4 decodes each chunk of the
// workbook's XML on its own, so one split across two chunks reads back as U+FFFD (found by this test;
// an exceljs bug, reported rather than worked around here).
const plainWord = (word: string) => word.length > 0 && !/[\s\p{Cc}\p{Cs}\uFFFE\uFFFF\u{10000}-\u{10FFFF}]/u.test(word);
const word = fc.oneof(
  fc.constantFrom('Åsa', 'Öhman', 'Pålsson', 'Ärlig', "O'Brien", "d'Artagnan", 'Lind-Ek', 'Müller', 'Łukasz', 'Nguyễn'),
  fc.constantFrom('0701234567', '007', '1,5', '12e3', '=SUMMA(A1:A3)', '+46', '-', '--', '@kommun', '=', "'"),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter(plainWord),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@'), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 10 }))
    .map(([lead, rest]) => lead + rest)
    .filter(plainWord),
);
/** Text of at most `limit` characters, words separated by single spaces (the import collapses runs). */
const text = (limit: number, minWords = 0) =>
  fc
    .oneof(
      { weight: 4, arbitrary: fc.array(word, { minLength: minWords, maxLength: 4 }).map((words) => words.join(' ')) },
      { weight: 1, arbitrary: fc.stringMatching(new RegExp(`^[A-Za-zÅÄÖåäöé'-]{${limit - 10},${limit}}$`)) },
    )
    .filter((value) => value.length <= limit);
const date = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((day) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate())));
/** Title and department: text, or what Excel made of what was typed (a number, a date). */
const optionalCell = (limit: number): fc.Arbitrary<CellValue> =>
  fc.oneof(
    { weight: 6, arbitrary: text(limit).map((value) => value || null) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_000_000_000 }) },
    { weight: 1, arbitrary: date },
  );

/** A row of the list; e-mails and codes get the row's index once placed, since a list must not repeat them. */
const guestRow: fc.Arbitrary<(index: number) => GeneratedGuest> = fc
  .record({
    firstName: text(80),
    lastName: text(80),
    fallbackName: text(80, 1).filter((value) => value !== ''),
    title: optionalCell(160),
    department: optionalCell(160),
    email: fc.option(
      fc.tuple(
        fc.stringMatching(/^[a-zA-Z0-9åäöÅÄÖ._+'-]{1,20}$/),
        fc.constantFrom('kommun.se', 'Ånge.se', 'example.org'),
        fc.boolean(),
      ),
      { nil: null },
    ),
    code: fc.oneof(fc.constant(null), fc.stringMatching(/^[a-zA-Z0-9]{4,20}$/), fc.integer({ min: 0, max: 999_999 })),
    registered: fc.option(date, { nil: null }),
    blankBefore: fc.nat(9).map((n) => n === 0),
  })
  .map(
    ({ firstName, lastName, fallbackName, title, department, email, code, registered, blankBefore }) =>
      (index: number): GeneratedGuest => ({
        cells: {
          firstName: firstName || (lastName ? null : fallbackName),
          lastName: lastName || null,
          title,
          department,
        },
        email: email && emailCell(`${email[0]}.${index}@${email[1]}`, email[2]),
        // Text codes end in "z" and the index, number codes start with it: no two rows share one.
        code: code === null ? null : typeof code === 'number' ? (index + 1) * 1_000_000 + code : `${code}z${index}`,
        registered,
        blankBefore,
      }),
  );

const emailCell = (email: string, link: boolean): CellValue =>
  link ? { text: email, hyperlink: `mailto:${email}` } : email;

const rows = (min: number, max: number) =>
  fc.array(guestRow, { minLength: min, maxLength: max }).map((makers) => makers.map((make, index) => make(index)));

const HEADERS = [
  ['Förnamn', 'Efternamn', 'Titel', 'Förvaltning', 'E-post', 'Kod', 'Anmäld'],
  ['First name', 'Last name', 'Title', 'Department', 'Email', 'Code', 'Registered'],
];
const layout = fc.record({
  header: fc.constantFrom(...HEADERS),
  // Where each of the seven columns goes, left to right.
  order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6], { minLength: 7, maxLength: 7 }),
});

/** What a cell reads as in the guest list: dates as 2026-03-12, numbers as Excel shows small ones. */
function expectedText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return value.text;
  return String(value);
}

type Row = CellValue[];

/** Writes the rows below a header, in the column order given; returns each row's Excel row number. */
async function writeWorkbook(
  file: string,
  { header, order }: { header: string[]; order: number[] },
  body: { row: Row; blankBefore: boolean }[],
): Promise<number[]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Gäster');
  const place = (values: CellValue[]) => order.map((column) => values[column] ?? null);
  sheet.getRow(1).values = place(header);
  let rowNumber = 1;
  const numbers = body.map(({ row, blankBefore }) => {
    rowNumber += blankBefore ? 2 : 1;
    const excelRow = sheet.getRow(rowNumber);
    place(row).forEach((value, column) => {
      if (value === null) return;
      const cell = excelRow.getCell(column + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
    return rowNumber;
  });
  fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return numbers;
}

const rowOf = (guest: GeneratedGuest): Row => [
  guest.cells.firstName,
  guest.cells.lastName,
  guest.cells.title,
  guest.cells.department,
  guest.email,
  guest.code,
  guest.registered,
];

describe('importing a valid Excel guest list', () => {
  it('yields exactly its guests', { timeout: 300_000 }, async () => {
    let generatedRows = 0;
    await fc.assert(
      fc.asyncProperty(layout, rows(MIN_ROWS, 160), async (columns, guests) => {
        const { db, dir } = tempStore();
        const file = path.join(dir, 'gäster.xlsx');
        await writeWorkbook(
          file,
          columns,
          guests.map((guest) => ({ row: rowOf(guest), blankBefore: guest.blankBefore })),
        );

        const result = await importGuestListFile(db, file);
        expect(result).toMatchObject({ ok: true, added: guests.length, updated: 0, unchanged: 0 });

        const givenCodes = new Set(
          guests.flatMap((g) => (g.code === null ? [] : [expectedText(g.code).toLowerCase()])),
        );
        const expected = guests.map((guest) =>
          JSON.stringify([
            ...Object.values(guest.cells).map(expectedText),
            expectedText(guest.email),
            guest.code === null ? '(generated)' : expectedText(guest.code).toLowerCase(),
          ]),
        );
        const imported = listGuests(db, getActiveEvent(db)!.id).map((guest) =>
          JSON.stringify([
            guest.firstName,
            guest.lastName,
            guest.title,
            guest.department,
            guest.email,
            givenCodes.has(guest.code) || !/^[a-z0-9]{16}$/.test(guest.code) ? guest.code : '(generated)',
          ]),
        );
        expect(imported.sort()).toEqual(expected.sort());
        generatedRows += guests.length;
      }),
      { numRuns: VALID_WORKBOOKS, ...NO_SHRINKING },
    );
    expect(generatedRows).toBeGreaterThanOrEqual(10_000);
  });
});

/** A row the import must refuse, and the words its problem must contain (`{line}` is the row it repeats). */
const badRow: fc.Arbitrary<{ row: Row; problem: string; repeats?: Row }> = fc.oneof(
  text(160, 1).map((title) => ({ row: [null, null, title, null, null, null, null], problem: 'the name is missing' })),
  fc.constantFrom('fel', 'a@b', 'namn@kommun', 'två ord@kommun.se', 'a@@b.se').map((email) => ({
    row: ['Åsa', 'Öhman', null, null, email, null, null],
    problem: `the e-mail "${email}" is not a valid address`,
  })),
  fc.constantFrom('ab1', 'abc-1234', 'åäö1234', 'x'.repeat(65)).map((code) => ({
    row: ['Åsa', 'Öhman', null, null, null, code, null],
    problem: `the code "${code}" may only hold letters a-z and digits, 4 to 64 of them`,
  })),
  fc.stringMatching(/^[A-Za-zÅÄÖåäö]{81,120}$/).map((firstName) => ({
    row: [firstName, 'Öhman', null, null, null, null, null],
    problem: 'firstName is longer than 80 characters',
  })),
  fc.integer({ min: 1, max: 99_999 }).map((n) => ({
    repeats: ['Bo', 'Ek', null, null, `dubbel${n}@kommun.se`, null, null],
    row: ['Bo', 'Ek', null, null, `DUBBEL${n}@kommun.se`, null, null],
    problem: `the e-mail "DUBBEL${n}@kommun.se" is also on line {line}`,
  })),
  fc.integer({ min: 1, max: 99_999 }).map((n) => ({
    repeats: ['Bo', 'Ek', null, null, null, `dubbelkod${n}`, null],
    row: ['Bo', 'Ek', null, null, null, `DubbelKod${n}`, null],
    problem: `the code "dubbelkod${n}" is also on line {line}`,
  })),
);

describe('importing an Excel guest list with bad rows', () => {
  it(
    'refuses the whole file, names every bad row by its Excel row number, and writes nothing',
    { timeout: 300_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          layout,
          rows(20, 80),
          // Unique problems: two identical duplicate rows would also repeat each other.
          fc.uniqueArray(fc.tuple(badRow, fc.nat()), { minLength: 1, maxLength: 6, selector: ([row]) => row.problem }),
          async (columns, guests, bad) => {
            const { db, dir } = tempStore();
            type Entry = { row: Row; blankBefore: boolean; problem?: string; original?: Entry };
            const body: Entry[] = guests.map((guest) => ({ row: rowOf(guest), blankBefore: guest.blankBefore }));
            for (const [{ row, problem, repeats }, at] of bad) {
              const original: Entry | undefined = repeats && { row: repeats, blankBefore: false };
              const entries: Entry[] = [{ row, blankBefore: false, problem, original }];
              if (original) entries.unshift(original);
              body.splice(at % (body.length + 1), 0, ...entries);
            }
            const file = path.join(dir, 'fel.xlsx');
            const numbers = await writeWorkbook(file, columns, body);

            const expected = body.flatMap((entry, index) =>
              entry.problem
                ? [
                    {
                      line: numbers[index]!,
                      message: entry.problem.replace('{line}', String(numbers[body.indexOf(entry.original!)])),
                    },
                  ]
                : [],
            );
            const result = await importGuestListFile(db, file);
            expect(result.ok).toBe(false);
            if (!result.ok)
              expect(result.problems.map((problem) => ({ line: problem.line, message: problemText(problem) }))).toEqual(
                expected,
              );
            expect(
              db.prepare('SELECT (SELECT count(*) FROM guests) + (SELECT count(*) FROM events) AS n').get(),
            ).toEqual({
              n: 0,
            });
          },
        ),
        { numRuns: INVALID_WORKBOOKS, ...NO_SHRINKING },
      );
    },
  );
});
