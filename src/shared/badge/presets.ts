// The media badges are printed on. Sizes are the badge as it is read (labels landscape); the page the
// PDF and the print job use is exactly this size, so the printer neither scales nor rotates it.

export const BADGE_PRESET_IDS = [
  'brother-dk-11202',
  'brother-62-continuous',
  'dymo-99014',
  'dymo-11356',
  'zebra-4x3',
  'a6',
  'a4-sheet-8',
] as const;

export type BadgePresetId = (typeof BADGE_PRESET_IDS)[number];

export interface BadgePreset {
  id: BadgePresetId;
  label: string;
  /** The page, in millimetres. */
  pageWidthMm: number;
  pageHeightMm: number;
  /** Badges per page: a sheet is cut into columns × rows equal cells. */
  columns: number;
  rows: number;
  /**
   * The smallest size a name is ever set at, in points (docs/badges.md lists each with its cap
   * height): capitals of at least 6.3 mm, which read at two metres, and no larger than lets a
   * 15-letter piece of a name ("Wilhelmsdotter-") still fit the badge's width on one line.
   */
  nameFloorPt: number;
}

const preset = (
  id: BadgePresetId,
  label: string,
  width: number,
  height: number,
  nameFloorPt: number,
  columns = 1,
  rows = 1,
) => ({ id, label, pageWidthMm: width, pageHeightMm: height, columns, rows, nameFloorPt });

export const BADGE_PRESETS: Record<BadgePresetId, BadgePreset> = {
  'brother-dk-11202': preset('brother-dk-11202', 'Brother DK-11202 (62 × 100 mm)', 100, 62, 26),
  'brother-62-continuous': preset('brother-62-continuous', 'Brother 62 mm continuous (62 × 90 mm)', 90, 62, 24.5),
  'dymo-99014': preset('dymo-99014', 'DYMO 99014 (54 × 101 mm)', 101, 54, 25),
  'dymo-11356': preset('dymo-11356', 'DYMO 11356 (41 × 89 mm)', 89, 41, 24.5),
  'zebra-4x3': preset('zebra-4x3', 'Zebra 4 × 3 in (102 × 76 mm)', 101.6, 76.2, 27),
  a6: preset('a6', 'A6 (105 × 148 mm)', 105, 148, 27),
  'a4-sheet-8': preset('a4-sheet-8', 'A4 sheet of 8 badges (105 × 74 mm each)', 210, 297, 28, 2, 4),
};

export const DEFAULT_BADGE_PRESET: BadgePresetId = 'brother-dk-11202';

export const badgesPerPage = (p: BadgePreset): number => p.columns * p.rows;

/** CUPS `media` option for the page: custom sizes in whole-or-decimal millimetres. */
export const cupsMedia = (p: BadgePreset): string => `Custom.${p.pageWidthMm}x${p.pageHeightMm}mm`;

export const POINTS_PER_MM = 72 / 25.4;
