// The forum's marks on a badge (docs/forums.md): a discreet ribbon in the top-left corner for a
// guest at their first forum ("Första Ledarforum"), and the mingle group ("Grupp 7") top right.
// Both sit in the badge's top margin, so the rest of the layout does not move for them.
import { ASCENT, fitText, textWidth } from './fit-text';
import type { PlacedText, Rect } from './layout';

export interface BadgeForumMarks {
  /** "Grupp 7", or null without groups. */
  group: string | null;
  /** The event's own word for a first-timer, or null. */
  ribbon: string | null;
}

/** The words a station uses until it is given the event's own (entre forum-badge). */
export const DEFAULT_FORUM_WORDS = { group: 'Grupp', ribbon: 'Första gången' } as const;

const RIBBON_COLOUR = '#1f5f8b';

export function layoutForumMarks(
  marks: BadgeForumMarks | undefined,
  cell: Rect,
  margin: number,
): { texts: PlacedText[]; ribbon: (Rect & { colour: string }) | null } {
  const texts: PlacedText[] = [];
  let ribbon: (Rect & { colour: string }) | null = null;
  if (!marks) return { texts, ribbon };
  const height = margin * 0.78;
  const pad = height * 0.3;
  const fit = (text: string, bold: boolean, maxWidth: number) =>
    fitText({ text, bold, maxWidth, maxHeight: height * 0.8, maxLines: 1, maxSize: height * 0.62, minSize: 0 });
  const baselineOf = (size: number) => cell.y + height / 2 + (size * ASCENT) / 2 - size * 0.1;
  const half = (cell.width - 2 * margin) / 2;
  if (marks.ribbon) {
    const fitted = fit(marks.ribbon, true, half - 2 * pad);
    const line = fitted.lines[0] ?? '';
    const width = textWidth(line, fitted.size, true);
    ribbon = { x: cell.x + margin, y: cell.y, width: width + 2 * pad, height, colour: RIBBON_COLOUR };
    texts.push({
      role: 'ribbon',
      text: line,
      x: ribbon.x + pad,
      baseline: baselineOf(fitted.size),
      width,
      size: fitted.size,
      bold: true,
      colour: '#ffffff',
    });
  }
  if (marks.group) {
    const fitted = fit(marks.group, true, half);
    const line = fitted.lines[0] ?? '';
    const width = textWidth(line, fitted.size, true);
    texts.push({
      role: 'group',
      text: line,
      x: cell.x + cell.width - margin - width,
      baseline: baselineOf(fitted.size),
      width,
      size: fitted.size,
      bold: true,
      colour: '#111111',
    });
  }
  return { texts, ribbon };
}
