// The one badge layout: where every piece of text, the logo and the colour band go, in PDF points
// from the page's top-left corner. The PDF renderer (src/main/badges) and the preview
// (src/renderer/badges) only draw what this computes, so a badge looks the same whichever path prints it.
import { departmentColour, textColourOn, type BadgeDesign } from './design';
import { swedishDate } from '../event-time';
import { ASCENT, fitText, LINE_HEIGHT, textWidth } from './fit-text';
import { fitName, nameHeight, type NameLine, squeezeName } from './fit-name';
import { BADGE_PRESETS, badgesPerPage, POINTS_PER_MM } from './presets';
import { type BadgeForumMarks, layoutForumMarks } from './forum-marks';

export interface BadgePerson {
  firstName: string;
  lastName: string;
  title: string;
  department: string;
  /** The guest's consented photo as a `data:image/jpeg` URL (docs/photos.md). */
  photo?: string | null;
  /** A recurring forum's group and first-timer ribbon (forum-marks.ts). */
  forum?: BadgeForumMarks;
}

export interface BadgeEventInfo {
  name: string;
  startsOn: string | null;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedText {
  /** Which part of the badge it shows; tests and the preview use it. */
  role: 'name' | 'title' | 'department' | 'event' | 'group' | 'ribbon';
  text: string;
  /** Left edge and baseline. */
  x: number;
  baseline: number;
  width: number;
  size: number;
  bold: boolean;
  colour: string;
}

export interface BadgeLayout extends Rect {
  band: (Rect & { colour: string }) | null;
  logo: (Rect & { dataUrl: string }) | null;
  photo: (Rect & { dataUrl: string }) | null;
  /** The first-timer ribbon's strip, drawn under its text. */
  ribbon: (Rect & { colour: string }) | null;
  texts: PlacedText[];
}

export interface PageLayout {
  width: number;
  height: number;
  badges: BadgeLayout[];
  /** Light guides between the cells of a sheet, for cutting. */
  cutLines: { x1: number; y1: number; x2: number; y2: number }[];
}

const INK = '#111111';
/** A photo smaller than this is no help in telling faces apart: the badge is then printed without it. */
const MIN_PHOTO_SIDE = 15 * POINTS_PER_MM;
const QUIET_INK = '#444444';

/** One page of badges: as many people as the preset has cells, in reading order. */
export function layoutPage(design: BadgeDesign, event: BadgeEventInfo, people: BadgePerson[]): PageLayout {
  const preset = BADGE_PRESETS[design.preset];
  if (people.length > badgesPerPage(preset))
    throw new RangeError(`${preset.label} holds ${badgesPerPage(preset)} badges per page, not ${people.length}`);
  const width = preset.pageWidthMm * POINTS_PER_MM;
  const height = preset.pageHeightMm * POINTS_PER_MM;
  const cellWidth = width / preset.columns;
  const cellHeight = height / preset.rows;
  const badges = people.map((person, i) =>
    layoutBadge(design, event, person, {
      x: (i % preset.columns) * cellWidth,
      y: Math.floor(i / preset.columns) * cellHeight,
      width: cellWidth,
      height: cellHeight,
    }),
  );
  const cutLines = [
    ...Array.from({ length: preset.columns - 1 }, (_, c) => ({
      x1: (c + 1) * cellWidth,
      y1: 0,
      x2: (c + 1) * cellWidth,
      y2: height,
    })),
    ...Array.from({ length: preset.rows - 1 }, (_, r) => ({
      x1: 0,
      y1: (r + 1) * cellHeight,
      x2: width,
      y2: (r + 1) * cellHeight,
    })),
  ];
  return { width, height, badges, cutLines };
}

/**
 * Top to bottom: a header (logo, event name and date), the name (fit-name.ts: first name on its own
 * line and largest, surname below, never under the preset's floor), the title in the room the name
 * leaves (smaller, then cut with "…", then left out), and the department, on its colour band when
 * the design has one. A photo goes beside the name on a landscape badge and above it on a portrait
 * one, where it is at least MIN_PHOTO_SIDE. When the name cannot keep its floor, the header and
 * then the photo give way to it.
 */
export function layoutBadge(design: BadgeDesign, event: BadgeEventInfo, person: BadgePerson, cell: Rect): BadgeLayout {
  const short = Math.min(cell.width, cell.height);
  const margin = Math.max(3 * POINTS_PER_MM, short * 0.07);
  const inner = { x: cell.x + margin, width: cell.width - 2 * margin };
  const texts: PlacedText[] = [];
  const centred = (
    role: PlacedText['role'],
    line: string,
    size: number,
    bold: boolean,
    baseline: number,
    colour = INK,
    box = inner,
  ) => {
    const width = textWidth(line, size, bold);
    texts.push({ role, text: line, x: box.x + (box.width - width) / 2, baseline, width, size, bold, colour });
  };

  const header = layoutHeader(design, event, cell, short, margin, inner);

  // Footer: the department, on its colour band or as quiet text.
  const footerHeight = short * 0.16;
  const footerTop = cell.y + cell.height - footerHeight - (design.colourBand ? 0 : margin * 0.6);
  const bandColour = design.colourBand && person.department ? departmentColour(design, person.department) : null;
  const band = bandColour
    ? { x: cell.x, y: footerTop, width: cell.width, height: cell.y + cell.height - footerTop, colour: bandColour }
    : null;
  const departmentFit = fitText({
    text: person.department,
    bold: true,
    maxWidth: inner.width,
    maxHeight: footerHeight * 0.8,
    maxLines: 1,
    maxSize: short * 0.075,
    minSize: Math.min(5.5, short * 0.075),
  });
  for (const line of departmentFit.lines) {
    const middle = band ? band.y + band.height / 2 : footerTop + footerHeight / 2;
    centred(
      'department',
      line,
      departmentFit.size,
      true,
      middle + (departmentFit.size * ASCENT) / 2 - departmentFit.size * 0.1,
      bandColour ? textColourOn(bandColour) : QUIET_INK,
    );
  }

  // The middle: the name first, at its floor or larger; the title gets the room it leaves.
  const middleBottom = footerTop - margin * 0.4;
  const floor = BADGE_PRESETS[design.preset].nameFloorPt;
  const room = arrangeMiddle(person, cell, inner, margin, header.bottom, middleBottom, short, floor);
  const titleGap = (size: number) => size * 0.5;
  const titleFit = fitText({
    text: person.title,
    bold: false,
    maxWidth: room.textBox.width,
    maxHeight: Math.min(room.height * 0.34, room.height - nameHeight(room.name)) / (1 + 0.5 / LINE_HEIGHT),
    maxLines: 2,
    maxSize: short * 0.075,
    minSize: Math.min(5.5, short * 0.075),
  });
  const titleHeight = titleFit.lines.length * titleFit.size * LINE_HEIGHT + titleGap(titleFit.size);
  const titleLines =
    titleFit.lines.length > 0 && titleHeight <= room.height - nameHeight(room.name) ? titleFit.lines : [];
  const gap = titleLines.length > 0 ? titleGap(titleFit.size) : 0;
  const textsHeight = nameHeight(room.name) + gap + titleLines.length * titleFit.size * LINE_HEIGHT;
  let top = room.top + (room.height - textsHeight) / 2;
  for (const line of room.name) {
    centred('name', line.text, line.size, true, top + line.size * ASCENT, INK, room.textBox);
    top += line.size * LINE_HEIGHT;
  }
  top += gap;
  for (const line of titleLines) {
    centred('title', line, titleFit.size, false, top + titleFit.size * ASCENT, QUIET_INK, room.textBox);
    top += titleFit.size * LINE_HEIGHT;
  }

  const forum = layoutForumMarks(person.forum, cell, margin);
  const headerTexts = room.header ? header.texts : [];
  return {
    ...cell,
    band,
    logo: room.header ? header.logo : null,
    photo: room.photo && person.photo ? { ...room.photo, dataUrl: person.photo } : null,
    ribbon: forum.ribbon,
    texts: [...headerTexts, ...texts, ...forum.texts],
  };
}

/** The header: logo on the left, event name and date beside it (centred when there is no logo). */
function layoutHeader(
  design: BadgeDesign,
  event: BadgeEventInfo,
  cell: Rect,
  short: number,
  margin: number,
  inner: { x: number; width: number },
): { texts: PlacedText[]; logo: BadgeLayout['logo']; bottom: number } {
  const headerHeight = short * 0.14;
  const headerTop = cell.y + margin * 0.8;
  let logo: BadgeLayout['logo'] = null;
  let eventBox = { x: inner.x, width: inner.width };
  if (design.logo) {
    const scale = Math.min(headerHeight / design.logo.height, (inner.width * 0.35) / design.logo.width);
    logo = {
      x: inner.x,
      y: headerTop,
      width: design.logo.width * scale,
      height: design.logo.height * scale,
      dataUrl: design.logo.dataUrl,
    };
    const gap = margin * 0.6;
    eventBox = { x: inner.x + logo.width + gap, width: inner.width - logo.width - gap };
  }
  const eventText = [event.name, swedishDate(event.startsOn)].filter(Boolean).join(' · ');
  const eventFit = fitText({
    text: eventText,
    bold: false,
    maxWidth: eventBox.width,
    maxHeight: headerHeight,
    maxLines: 1,
    maxSize: short * 0.06,
    minSize: Math.min(5, short * 0.06),
  });
  const texts = eventFit.lines.map((line): PlacedText => {
    const width = textWidth(line, eventFit.size, false);
    const x = logo ? eventBox.x + eventBox.width - width : eventBox.x + (eventBox.width - width) / 2;
    const baseline = headerTop + headerHeight / 2 + (eventFit.size * ASCENT) / 2 - eventFit.size * 0.1;
    return { role: 'event', text: line, x, baseline, width, size: eventFit.size, bold: false, colour: QUIET_INK };
  });
  return { texts, logo, bottom: headerTop + headerHeight + margin * 0.5 };
}

interface MiddleRoom {
  header: boolean;
  photo: Rect | null;
  textBox: { x: number; width: number };
  top: number;
  height: number;
  name: NameLine[];
}

/**
 * Where the name goes and at which sizes, trying the fullest badge first: with the header and the
 * photo, then without the header, then without the photo, until the name keeps its floor without
 * breaking a word. A name that no arrangement holds at its floor is squeezed into the barest one.
 */
function arrangeMiddle(
  person: BadgePerson,
  cell: Rect,
  inner: { x: number; width: number },
  margin: number,
  headerBottom: number,
  middleBottom: number,
  short: number,
  floor: number,
): MiddleRoom {
  const withPhoto = person.photo ? [true, false] : [false];
  const arrangements = withPhoto.flatMap((photo) => [
    { header: true, photo },
    { header: false, photo },
  ]);
  const parts = [person.firstName, person.lastName];
  const maxSize = Math.max(short * 0.2, floor);
  let room: Omit<MiddleRoom, 'name'> | null = null;
  for (const arrangement of arrangements) {
    // Without the header the name may rise to the top margin, below the forum marks.
    const middleTop = arrangement.header ? headerBottom : cell.y + margin * 0.8;
    const middleHeight = middleBottom - middleTop;
    const place = arrangement.photo ? placePhoto(cell, inner, middleTop, middleHeight, margin) : null;
    const top = place?.textTop ?? middleTop;
    room = {
      header: arrangement.header,
      photo: place?.rect ?? null,
      textBox: place?.textBox ?? inner,
      top,
      height: middleBottom - top,
    };
    const request = { parts, maxWidth: room.textBox.width, maxHeight: room.height, maxSize, floor };
    // A word is broken inside only on a badge without a photo: the photo gives way first.
    const name = fitName(request, !room.photo);
    if (name) return { ...room, name };
  }
  return {
    ...room!,
    name: squeezeName({ parts, maxWidth: room!.textBox.width, maxHeight: room!.height, maxSize, floor }),
  };
}

/**
 * Where the photo goes in the middle of a badge, and the room left for the name and title: on a
 * landscape badge a square at the left of the full middle height (at most a third of the width, so a
 * long name still fits on two lines); on a portrait one a square above the name (at most 45% of
 * the middle). Null when the square would be smaller than MIN_PHOTO_SIDE.
 */
function placePhoto(
  cell: Rect,
  inner: { x: number; width: number },
  middleTop: number,
  middleHeight: number,
  margin: number,
): { rect: Rect; textBox: { x: number; width: number }; textTop: number } | null {
  const gap = margin * 0.6;
  if (cell.width >= cell.height) {
    const side = Math.min(middleHeight, inner.width / 3);
    if (side < MIN_PHOTO_SIDE) return null;
    return {
      rect: { x: inner.x, y: middleTop + (middleHeight - side) / 2, width: side, height: side },
      textBox: { x: inner.x + side + gap, width: inner.width - side - gap },
      textTop: middleTop,
    };
  }
  const side = Math.min(middleHeight * 0.45, inner.width * 0.6);
  if (side < MIN_PHOTO_SIDE) return null;
  return {
    rect: { x: inner.x + (inner.width - side) / 2, y: middleTop, width: side, height: side },
    textBox: inner,
    textTop: middleTop + side + gap,
  };
}
