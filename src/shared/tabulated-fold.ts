// Folding text (lower case, diacritics off, separators collapsed) character by character from a table,
// for the characters of Swedish and most European names; importing 100,000 guests folds every name,
// e-mail and department, and the regular expressions of a folding cost several times more.

/** ASCII, Latin-1 and Latin Extended-A. */
const TABLE_SIZE = 0x180;

/**
 * The same folding, faster: `fold` must fold each character on its own, turn a run of separators into
 * one space and trim (as foldForSearch and the sort key's text do). Each character below U+0180 is folded
 * once, by `fold` itself, into a table; a character that folds to nothing is a separator. Text holding
 * any other character (a combining mark, Greek, ...) is folded whole by `fold`.
 *
 * The folded characters are gathered in a buffer and made into one string at the end: appending them
 * one by one builds a chain of string pieces per result, and 100,000 such chains kept until they are
 * written (an import's search columns) took most of an import's garbage collection.
 */
export function tabulatedFold(fold: (text: string) => string): (text: string) => string {
  const table = Array.from({ length: TABLE_SIZE }, (_, code) =>
    Array.from(fold(String.fromCharCode(code)), (letter) => letter.charCodeAt(0)),
  );
  // Each character adds at most its longest folding and the space before it.
  const growth = Math.max(...table.map((letters) => letters.length)) + 1;
  let buffer = new Uint16Array(256);
  const utf16 = new TextDecoder('utf-16le');
  return (text) => {
    if (buffer.length < text.length * growth) buffer = new Uint16Array(text.length * growth);
    let length = 0;
    let separated = false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= TABLE_SIZE) return fold(text);
      const letters = table[code]!;
      if (letters.length === 0) separated = length > 0;
      else {
        if (separated) buffer[length++] = 0x20;
        for (let j = 0; j < letters.length; j++) buffer[length++] = letters[j]!;
        separated = false;
      }
    }
    return utf16.decode(buffer.subarray(0, length));
  };
}
