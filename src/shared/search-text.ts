// Folding used for name search, so that "palsson" finds "Pålsson" and "asa" finds "Åsa".
import { tabulatedFold } from './tabulated-fold';

const SPECIAL_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l', þ: 'th' };

/** Lower case, diacritics removed, anything but letters and digits turned into single spaces. */
export const foldForSearch = tabulatedFold(foldForSearchWhole);

/** foldForSearch by its definition, for any text (foldForSearch uses it beyond Latin letters). */
export function foldForSearchWhole(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæßđłþ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
