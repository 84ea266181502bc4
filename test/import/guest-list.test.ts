import { describe, expect, it } from 'vitest';
import { splitFullName, validateGuestList } from '../../src/main/import/guest-list';
import { parseCsv } from '../../src/main/import/read-table';
import { problemText } from '../../src/main/import/problem-text';

const validate = (csv: string) => validateGuestList(parseCsv(csv));
const rowsOf = (csv: string) => {
  const result = validate(csv);
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result.rows.map(({ line: _line, ...row }) => row);
};

const ASA = {
  firstName: 'Åsa',
  lastName: 'Öhman-Lind',
  title: 'Rektor',
  department: 'Barn- och utbildningsförvaltningen',
  email: 'asa.ohman-lind@kommun.se',
  code: 'abcd1234',
};

describe('guest list headers, in Swedish or English and any case', () => {
  it.each([
    [
      'Swedish, full name',
      'Namn;Titel;Förvaltning;E-post;Kod\nÅsa Öhman-Lind;Rektor;Barn- och utbildningsförvaltningen;asa.ohman-lind@kommun.se;abcd1234',
    ],
    [
      'English, full name',
      'name,title,department,email,code\nÅsa Öhman-Lind,Rektor,Barn- och utbildningsförvaltningen,asa.ohman-lind@kommun.se,abcd1234',
    ],
    [
      'Swedish, first and last name',
      'FÖRNAMN;EFTERNAMN;TITEL;AVDELNING;E-POST;KOD\nÅsa;Öhman-Lind;Rektor;Barn- och utbildningsförvaltningen;asa.ohman-lind@kommun.se;abcd1234',
    ],
    [
      'English, first_name and last_name',
      'First_Name\tLast_Name\tTitle\tDepartment\tEmail\tCode\nÅsa\tÖhman-Lind\tRektor\tBarn- och utbildningsförvaltningen\tasa.ohman-lind@kommun.se\tabcd1234',
    ],
    [
      'organisation, columns in another order',
      'kod,e-post,organisation,titel,efternamn,förnamn\nabcd1234,asa.ohman-lind@kommun.se,Barn- och utbildningsförvaltningen,Rektor,Öhman-Lind,Åsa',
    ],
    [
      'förvaltning, forvaltning without diacritics',
      'fornamn;efternamn;titel;forvaltning;epost;kod\nÅsa;Öhman-Lind;Rektor;Barn- och utbildningsförvaltningen;asa.ohman-lind@kommun.se;abcd1234',
    ],
    [
      '"Efternamn, Förnamn" in one name column',
      'namn;titel;förvaltning;e-post;kod\n"Öhman-Lind, Åsa";Rektor;Barn- och utbildningsförvaltningen;asa.ohman-lind@kommun.se;abcd1234',
    ],
  ])('%s', (_name, csv) => {
    expect(rowsOf(csv)).toEqual([ASA]);
  });

  it('needs only a name: the other columns are optional', () => {
    expect(rowsOf('namn\nBo Ek\n')).toEqual([
      { firstName: 'Bo', lastName: 'Ek', title: '', department: '', email: '', code: null },
    ]);
  });

  it('ignores columns it does not know', () => {
    expect(rowsOf('namn,kost,titel\nBo Ek,vegan,Chef\n')[0]).toMatchObject({ firstName: 'Bo', title: 'Chef' });
  });

  it('refuses a file without a name column, saying which headers it found and which it expects', () => {
    const result = validate('titel,e-post\nRektor,a@b.se\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]!.line).toBe(1);
      expect(problemText(result.problems[0]!)).toContain('no name column found');
      expect(problemText(result.problems[0]!)).toContain('"titel", "e-post"');
      expect(problemText(result.problems[0]!)).toContain('förnamn');
    }
  });
});

describe('guest list values', () => {
  it('joins line breaks and runs of spaces inside a cell into single spaces, and lowercases codes', () => {
    expect(rowsOf('name,title,code\n"  Bo   Ek ","Chef för\nstaben",ABCD1234\n')[0]).toMatchObject({
      firstName: 'Bo',
      lastName: 'Ek',
      title: 'Chef för staben',
      code: 'abcd1234',
    });
  });

  it('skips blank rows, including rows of empty cells', () => {
    expect(rowsOf('namn;titel\n\n;\nBo Ek;Chef\n  ;  \n')).toHaveLength(1);
  });

  it('splits a full name at the last space (keeping a particle such as "von" with the surname), or at a comma', () => {
    expect(splitFullName('Anna-Karin Pålsson')).toEqual({ firstName: 'Anna-Karin', lastName: 'Pålsson' });
    expect(splitFullName('Per Olof von Ekström')).toEqual({ firstName: 'Per Olof', lastName: 'von Ekström' });
    expect(splitFullName('Carl af Klint')).toEqual({ firstName: 'Carl', lastName: 'af Klint' });
    expect(splitFullName('Pålsson, Anna-Karin')).toEqual({ firstName: 'Anna-Karin', lastName: 'Pålsson' });
    expect(splitFullName('Cher')).toEqual({ firstName: 'Cher', lastName: '' });
  });
});

describe('validating the whole file first', () => {
  it('reports one message per bad row, with its line and what is wrong', () => {
    const result = validate(
      [
        'namn;titel;e-post;kod', // 1
        'Åsa Ek;Rektor;asa@kommun.se;abcd1234', // 2
        ';Chef;bo@kommun.se;', // 3: no name
        'Bo Ek;Chef;bo(at)kommun.se;', // 4: bad e-mail
        'Cilla Ek;Chef;cilla@kommun.se;ab-12', // 5: bad code
        'Dan Ek;Chef;dan@kommun.se;ABCD1234', // 6: code of line 2
        'Eva Ek;Chef;ASA@kommun.se;', // 7: e-mail of line 2
        `Fia Ek;${'x'.repeat(161)};;`, // 8: too long
        'Gun Ek;Chef;gun@kommun.se;;extra', // 9: too many fields
        'Hans Ek;Chef;;', // 10: fine
        ';;;', // 11: blank, skipped
        ';Chef;bad;', // 12: two problems, one message
      ].join('\n'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 12]);
    const message = (line: number) => problemText(result.problems.find((problem) => problem.line === line)!);
    expect(message(3)).toBe('the name is missing');
    expect(message(4)).toBe('the e-mail "bo(at)kommun.se" is not a valid address');
    expect(message(5)).toBe('the code "ab-12" may only hold letters a-z and digits, 4 to 64 of them');
    expect(message(6)).toBe('the code "abcd1234" is also on line 2');
    expect(message(7)).toBe('the e-mail "ASA@kommun.se" is also on line 2');
    expect(message(8)).toBe('title is longer than 160 characters');
    expect(message(9)).toContain('has 5 fields but the header has 4');
    expect(message(12)).toBe('the name is missing; the e-mail "bad" is not a valid address');
  });

  it('gives the right line for a bad row after a quoted field with line breaks', () => {
    const result = validate('namn,titel\n"Åsa Ek","Rektor\nÖstra skolan\nvid torget"\nBo Ek,Chef\n,Chef\n');
    expect(result).toEqual({
      ok: false,
      problems: [{ line: 6, issues: [{ code: 'name-missing' }] }],
    });
  });

  it('refuses control characters in a value', () => {
    const result = validate('namn,titel\nBo Ek,"Chef\u0007"\n');
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          line: 2,
          issues: [{ code: 'control-characters', field: 'title' }],
        },
      ],
    });
  });
});
