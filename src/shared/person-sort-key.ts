// The order the staff guest list shows, as one string per guest that the store indexes and compares
// byte by byte: last name, then first name, case ignored, Swedish letters last (å, ä, ö after z).
// Computed here, when a guest is written, because SQLite cannot sort by a JavaScript collator.

/** Å, Ä and Ö (and their Danish and Norwegian cousins) sort after z: the three code points after "z". */
const AFTER_Z: Record<string, string> = { å: '{', ä: '|', æ: '|', ö: '}', ø: '}' };

function sortWord(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[åäæöø]/g, (letter) => AFTER_Z[letter]!)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}{|}]+/gu, ' ')
    .trim();
}

/** Last name, then first name; a separator below every letter keeps "Ek, Bo" before "Eke, Al". */
export function personSortKey(name: { firstName: string; lastName: string }): string {
  return `${sortWord(name.lastName)}\u0001${sortWord(name.firstName)}`;
}
