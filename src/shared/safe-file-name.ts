// File names made from data (event names, guest names and ids, a download's suggested name) for files
// written inside a folder: always one path segment that Linux, macOS and Windows all accept, so a name
// like "../../x", "CON" or "a/b" can neither leave the folder nor fail to save.

/** Bytes of UTF-8 a name may take: file systems allow 255; room is left for a " (2)" a save dialog adds. */
export const MAX_FILE_NAME_BYTES = 200;

// Path separators, characters Windows forbids, control and invisible formatting characters (a
// right-to-left override can disguise "fdp.exe" as "exe.pdf"), line breaks and lone surrogates.
const UNSAFE = /[/\\<>:"|?*\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]+/gu;
const DOTS = /\.{2,}/g;
/** Device names Windows reserves, even with an extension ("nul.txt") or spaces before it. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\s*\..*|\s*)$/i;
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;

/**
 * `name` made safe as a single file name: unsafe characters and runs of dots become "-", dots, spaces
 * and dashes are trimmed from both ends (no hidden files, nothing Windows would strip), a reserved
 * device name gets a leading "_", and an over-long name is shortened before its extension. Never empty:
 * `fallback` (itself a safe name) stands in for a name with nothing usable left.
 */
export function safeFileName(name: string, fallback = 'entre'): string {
  // Shortening can leave an ending that now reads as an extension ("… x.abc"), which one more pass
  // tidies; a safe name then stays as it is.
  let safe = makeSafe(name, fallback);
  for (let again = makeSafe(safe, fallback); again !== safe; again = makeSafe(safe, fallback)) safe = again;
  return safe;
}

function makeSafe(name: string, fallback: string): string {
  const cleaned = trimEnds(name.normalize('NFC').replace(UNSAFE, '-'));
  // Split off before runs of dots go, so that "report...csv" keeps its extension.
  const extension = EXTENSION.exec(cleaned)?.[0] ?? '';
  const beforeExtension = trimEnds(cleaned.slice(0, cleaned.length - extension.length).replace(DOTS, '-'));
  const stem = trimEnds(shorten(beforeExtension, bytes(extension)));
  const result = stem ? stem + extension : fallback;
  return RESERVED.test(result) ? `_${result}` : result;
}

/** Also dashes: a name starting with one reads as an option in a shell. */
const trimEnds = (text: string) => text.replace(/^[\s.-]+|[\s.-]+$/gu, '');
const bytes = (text: string) => new TextEncoder().encode(text).length;

/** The stem cut at a character boundary so that it and `reserved` bytes fit the limit. */
function shorten(stem: string, reserved: number): string {
  let budget = MAX_FILE_NAME_BYTES - reserved;
  let out = '';
  for (const char of stem) {
    budget -= bytes(char);
    if (budget < 0) break;
    out += char;
  }
  return out;
}
