// The table-driven foldings give exactly what their definitions give, for any text: Latin letters
// through the table, anything else (combining marks, Greek's final sigma, ...) folded whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortTextWhole } from '../../src/shared/person-sort';
import { foldForSearch, foldForSearchWhole } from '../../src/shared/search-text';
import { tabulatedFold } from '../../src/shared/tabulated-fold';

const CHARACTERS = [
  ..."aAzZ09 -_'.,@\t\n\r\u00a0\u00ad",
  ...'åäöÅÄÖéÉüÜøØæÆßðþÞñçİıŁłĐđŒœſ½²',
  '\u0301', // a combining acute accent: text holding one is folded whole
  ...'ΣσςΑ',
  ...'ЖжŻż\u017f\u0180ǅ',
];
const text = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 24 }).map((characters) => characters.join(''));

describe('tabulatedFold', () => {
  it('folds for search exactly as foldForSearch is defined', () => {
    fc.assert(
      fc.property(text, (value) => foldForSearch(value) === foldForSearchWhole(value)),
      {
        numRuns: 5000,
      },
    );
  });

  it('folds for sorting exactly as the sort key’s text is defined', () => {
    const sortText = tabulatedFold(sortTextWhole);
    fc.assert(
      fc.property(text, (value) => sortText(value) === sortTextWhole(value)),
      { numRuns: 5000 },
    );
  });

  it('folds long text as its definition does', () => {
    const long = 'Åsa-Märta  Öhman, Socialförvaltningen; '.repeat(5000);
    expect(foldForSearch(long)).toBe(foldForSearchWhole(long));
    expect(tabulatedFold(sortTextWhole)(long)).toBe(sortTextWhole(long));
  });

  it('keeps what the definitions do to Swedish names', () => {
    expect(foldForSearch(' Åsa-Märta  Öhman ')).toBe('asa marta ohman');
    expect(tabulatedFold(sortTextWhole)(' Åsa-Märta  Öhman ')).toBe('{sa-m|rta }hman');
  });
});
