// Sorting people as a Swedish list does: by surname, then first name, with Å Ä Ö after Z, case and
// other accents ignored (é as e, ü as y, æ/ø as ä/ö) and a nobiliary particle set aside, so that
// "von Essen" stands under E. The key is plain text whose code-point order is that order, so the
// same key can be stored in a column and sorted by SQLite's default (binary) collation.
import { tabulatedFold } from './tabulated-fold';

/** Particles that do not decide where a surname is sorted ("von Essen" under E, "af Klint" under K). */
export const SURNAME_PARTICLES = new Set([
  'af',
  'av',
  'da',
  'de',
  'del',
  'den',
  'der',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'zu',
]);

/** Å, Ä, Ö just after z in code-point order ({ | } follow z), and the letters Swedish files with them. */
const SWEDISH_LETTERS: Record<string, string> = { å: '{', ä: '|', æ: '|', ö: '}', ø: '}', ü: 'y', ß: 'ss' };

/** Separates surname from first name: below every character a name can hold. */
const SEPARATOR = '\u0001';

/** Case and accents off, Å Ä Ö after z, runs of white space as one space (see tabulatedFold). */
const sortText = tabulatedFold(sortTextWhole);

/** sortText by its definition, for any text. */
export function sortTextWhole(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åäæöøüß]/g, (letter) => SWEDISH_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "von Essen" → surname "Essen" with particle "von"; a surname of particles only is kept whole. */
function splitParticle(lastName: string): { surname: string; particle: string } {
  const words = lastName.trim().split(/\s+/);
  let start = 0;
  while (start < words.length - 1 && SURNAME_PARTICLES.has(words[start]!.toLowerCase())) start++;
  return { surname: words.slice(start).join(' '), particle: words.slice(0, start).join(' ') };
}

/** The key a person sorts by; compare keys with < (code points), never with localeCompare. */
export function personSortKey(name: { firstName: string; lastName: string }): string {
  // Someone known by one name only ("Anna", a walk-in) is filed under it.
  const { surname, particle } = splitParticle(name.lastName || name.firstName);
  const first = name.lastName ? name.firstName : '';
  return [surname, first, particle].map(sortText).join(SEPARATOR);
}

/** A sorted copy of the people, each key computed once. */
export function sortPeople<Person extends { firstName: string; lastName: string }>(people: Person[]): Person[] {
  return people
    .map((person) => ({ person, key: personSortKey(person) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ person }) => person);
}
