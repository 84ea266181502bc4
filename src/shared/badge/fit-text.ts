// Measuring and fitting badge text with DejaVu Sans's own advance widths, so that the PDF and the
// preview break lines and choose sizes identically, without a font engine in the browser.
import { BOLD_WIDTHS, METRIC_CHARACTERS, REGULAR_WIDTHS } from './font-metrics';

const widthTables = (widths: number[]) => new Map([...METRIC_CHARACTERS].map((char, i) => [char, widths[i]!]));
const REGULAR = widthTables(REGULAR_WIDTHS);
const BOLD = widthTables(BOLD_WIDTHS);
/** A character outside the table (rare scripts) counts as a full em: too wide rather than overflowing. */
const UNKNOWN_WIDTH = 1000;

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.18;
/** DejaVu Sans ascent, per unit of font size (hhea 1901/2048). */
export const ASCENT = 0.928;
/** Kerning can make a rendered line a hair wider than the sum of advances; keep this much room. */
const KERNING_ALLOWANCE = 0.97;

export function textWidth(text: string, size: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text) units += table.get(char) ?? UNKNOWN_WIDTH;
  return (units * size) / 1000;
}

export interface FitRequest {
  text: string;
  bold: boolean;
  maxWidth: number;
  maxHeight: number;
  maxLines: number;
  maxSize: number;
  /** Below this the text is cut with an ellipsis instead of shrinking further; 0 never cuts (names). */
  minSize: number;
}

export interface FittedText {
  lines: string[];
  size: number;
}

/** A piece between break opportunities; `attached` when it continues a word after its hyphen. */
interface Piece {
  text: string;
  attached: boolean;
}

/** Break opportunities: between words, and after the hyphen of a double name ("Anna-|Karin"). */
const pieces = (text: string): Piece[] =>
  text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) =>
      (word.match(/[^-]+-+|[^-]+$|-+/g) ?? [word]).map((part, i) => ({ text: part, attached: i > 0 })),
    );

const join = (line: string, piece: Piece) =>
  line === '' ? piece.text : piece.attached ? line + piece.text : `${line} ${piece.text}`;

/** Greedy line filling; null when one word alone is wider than the line (unless `lenient`). */
function wrap(words: Piece[], size: number, bold: boolean, maxWidth: number, lenient = false): string[] | null {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = join(line, word);
    if (textWidth(candidate, size, bold) <= maxWidth) line = candidate;
    else {
      if (!lenient && (line === '' || textWidth(word.text, size, bold) > maxWidth)) return null;
      if (line !== '') lines.push(line);
      line = word.text;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function fits(words: Piece[], size: number, request: FitRequest): string[] | null {
  const lines = wrap(words, size, request.bold, request.maxWidth * KERNING_ALLOWANCE);
  if (!lines || lines.length > request.maxLines || lines.length * size * LINE_HEIGHT > request.maxHeight) return null;
  return lines;
}

/** The largest size at which the text fits its box on at most maxLines lines (binary search). */
export function fitText(request: FitRequest): FittedText {
  const words = pieces(request.text);
  if (words.length === 0) return { lines: [], size: request.maxSize };
  const atMax = fits(words, request.maxSize, request);
  if (atMax) return { lines: atMax, size: request.maxSize };
  const floor = request.minSize > 0 ? request.minSize : 0.5;
  let low = floor;
  let high = request.maxSize;
  let best = fits(words, low, request);
  if (!best) return request.minSize > 0 ? cut(request, words) : { lines: [request.text.trim()], size: low };
  for (let step = 0; step < 18; step++) {
    const middle = (low + high) / 2;
    const lines = fits(words, middle, request);
    if (lines) [low, best] = [middle, lines];
    else high = middle;
  }
  return { lines: best, size: Math.floor(low * 100) / 100 };
}

/**
 * Lines at exactly this size, for a name at its floor: broken between words and after hyphens, and
 * inside a word only where that word alone is wider than the line (never shrunk, never cut).
 */
export function wrapAtSize(text: string, size: number, bold: boolean, maxWidth: number): string[] {
  const width = maxWidth * KERNING_ALLOWANCE;
  const split = pieces(text).flatMap((piece) => splitWide(piece, size, bold, width));
  return wrap(split, size, bold, width, true) ?? [];
}

/** A piece wider than the line, cut into the longest runs of letters that fit, the later ones attached. */
function splitWide(piece: Piece, size: number, bold: boolean, maxWidth: number): Piece[] {
  if (textWidth(piece.text, size, bold) <= maxWidth) return [piece];
  const runs: Piece[] = [];
  let rest = [...piece.text];
  let attached = piece.attached;
  while (rest.length > 0) {
    let count = rest.length;
    // Never start the next run with the hyphen of a double name: it would read as a new name.
    while (count > 1 && (textWidth(rest.slice(0, count).join(''), size, bold) > maxWidth || rest[count] === '-'))
      count--;
    runs.push({ text: rest.slice(0, count).join(''), attached });
    rest = rest.slice(count);
    attached = true;
  }
  return runs;
}

/** At the smallest size: fill the lines allowed and end the last one with an ellipsis. */
function cut(request: FitRequest, words: Piece[]): FittedText {
  const size = request.minSize;
  const maxWidth = request.maxWidth * KERNING_ALLOWANCE;
  const maxLines = Math.max(1, Math.min(request.maxLines, Math.floor(request.maxHeight / (size * LINE_HEIGHT))));
  const all = wrap(words, size, request.bold, maxWidth, true)!;
  const lines = all.slice(0, maxLines);
  const last = lines[lines.length - 1]!;
  if (all.length > maxLines || textWidth(last, size, request.bold) > maxWidth) {
    let kept = last;
    while (kept.length > 0 && textWidth(`${kept}…`, size, request.bold) > maxWidth) kept = kept.slice(0, -1);
    lines[lines.length - 1] = `${kept.trimEnd()}…`;
  }
  return { lines, size };
}
