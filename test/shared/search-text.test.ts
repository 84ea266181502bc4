import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/shared/search-text';

describe('foldForSearch', () => {
  it('drops case and Swedish diacritics', () => {
    expect(foldForSearch('Pålsson')).toBe('palsson');
    expect(foldForSearch('Åsa')).toBe('asa');
    expect(foldForSearch('ÖHMAN Bäckström')).toBe('ohman backstrom');
  });

  it('folds letters that have no combining mark', () => {
    expect(foldForSearch('Søren Løkke Jæger')).toBe('soren lokke jaeger');
  });

  it('turns hyphens and other punctuation into single spaces', () => {
    expect(foldForSearch('  Anna-Karin   Karlsson-Nyberg ')).toBe('anna karin karlsson nyberg');
    expect(foldForSearch("O'Brien, Seán")).toBe('o brien sean');
    expect(foldForSearch('first_name')).toBe('first name');
  });
});
