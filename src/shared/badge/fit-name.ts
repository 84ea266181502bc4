// Setting a guest's name on a badge: the first name on its own line and largest, the surname on the
// next, at most SURNAME_SCALE of the first name so the first name visibly leads (equal only where both
// are at the floor), and neither below the preset's floor (presets.ts),
// the size that still reads at two metres. A part too long for one line at the floor goes onto a
// second line instead of shrinking further.
import { fitText, LINE_HEIGHT, wrapAtSize } from './fit-text';

/** The surname's largest size as a share of the first name's: the name a colleague calls out reads first. */
export const SURNAME_SCALE = 0.85;

export interface NameLine {
  text: string;
  size: number;
}

export interface NameRequest {
  /** First name(s), then surname; an empty part is left out. */
  parts: string[];
  maxWidth: number;
  maxHeight: number;
  /** The size a name is set at when it has the room. */
  maxSize: number;
  floor: number;
}

export const nameHeight = (lines: NameLine[]): number =>
  lines.reduce((height, line) => height + line.size * LINE_HEIGHT, 0);

/**
 * The name as large as the box allows up to maxSize, never below the floor; null when even at the
 * floor it needs more height than the box has, or (unless `breakWords`) a word broken inside to fit
 * the width: the caller then makes room, or squeezes it.
 */
export function fitName(request: NameRequest, breakWords: boolean): NameLine[] | null {
  const at = (cap: number) => setName(request, cap).lines;
  const atFloor = setName(request, request.floor);
  if (atFloor.brokenWord && !breakWords) return null;
  const largest = at(request.maxSize);
  if (nameHeight(largest) <= request.maxHeight) return largest;
  let best = atFloor.lines;
  if (nameHeight(best) > request.maxHeight) return null;
  // Height only grows with the size asked for, so the largest that fits is found by halving.
  let [low, high] = [request.floor, request.maxSize];
  for (let step = 0; step < 16; step++) {
    const middle = (low + high) / 2;
    const lines = at(middle);
    if (nameHeight(lines) <= request.maxHeight) [low, best] = [middle, lines];
    else high = middle;
  }
  return best;
}

/**
 * The last resort for a name the badge cannot hold at its floor even with everything else gone:
 * the floor's lines, scaled down until they fit. Names are never cut.
 */
export function squeezeName(request: NameRequest): NameLine[] {
  const { lines } = setName(request, request.floor);
  const scale = Math.min(1, request.maxHeight / nameHeight(lines));
  return lines.map((line) => ({ text: line.text, size: Math.floor(line.size * scale * 100) / 100 }));
}

/** Each part at most `cap`, every later part at most SURNAME_SCALE of the one before, but not below the floor. */
function setName(request: NameRequest, cap: number): { lines: NameLine[]; brokenWord: boolean } {
  const lines: NameLine[] = [];
  let brokenWord = false;
  let partCap = cap;
  for (const part of request.parts.filter((text) => text.trim() !== '')) {
    const fitted = fitPart(part, partCap, request.floor, request.maxWidth);
    partCap = Math.max(request.floor, Math.min(partCap, fitted.size) * SURNAME_SCALE);
    brokenWord ||= fitted.brokenWord;
    lines.push(...fitted.lines.map((text) => ({ text, size: fitted.size })));
  }
  return { lines, brokenWord };
}

/**
 * One line as large as fits; below the floor two lines, then as many as it takes at the floor;
 * only a word wider than the line at the floor is broken inside.
 */
function fitPart(
  text: string,
  cap: number,
  floor: number,
  maxWidth: number,
): { lines: string[]; size: number; brokenWord: boolean } {
  for (const [maxLines, maxSize] of [
    [1, cap],
    [2, cap],
    [Infinity, floor],
  ] as const) {
    const fitted = fitText({ text, bold: true, maxWidth, maxHeight: Infinity, maxLines, maxSize, minSize: 0 });
    if (fitted.size >= floor) return { ...fitted, brokenWord: false };
  }
  return { lines: wrapAtSize(text, floor, true, maxWidth), size: floor, brokenWord: true };
}
