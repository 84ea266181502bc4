// What staff choose per event for its badges, and the colour each department's band gets.
import { DEFAULT_BADGE_PRESET, type BadgePresetId } from './presets';

export interface BadgeLogo {
  /** A PNG or JPEG as a data: URL, drawn as-is by the PDF renderer and the preview. */
  dataUrl: string;
  /** Intrinsic size in pixels, for the aspect ratio. */
  width: number;
  height: number;
}

export interface BadgeDesign {
  preset: BadgePresetId;
  colourBand: boolean;
  /** Colours chosen by staff ("#1f6feb"); other departments get one from the palette. */
  departmentColours: Record<string, string>;
  logo: BadgeLogo | null;
}

export const DEFAULT_BADGE_DESIGN: BadgeDesign = {
  preset: DEFAULT_BADGE_PRESET,
  colourBand: true,
  departmentColours: {},
  logo: null,
};

/** Distinct, print-safe colours, each dark or light enough for readable text on it. */
export const BAND_PALETTE = ['#1f5fa8', '#c0392b', '#2e8b57', '#e6a700', '#7b3fa0', '#d35400', '#16818a', '#8a6d3b'];

/** A department's colour: the one staff chose, else a stable pick from the palette by its name. */
export function departmentColour(design: BadgeDesign, department: string): string {
  const chosen = design.departmentColours[department];
  if (chosen) return chosen;
  let hash = 0;
  for (const char of department) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return BAND_PALETTE[hash % BAND_PALETTE.length]!;
}

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
export function textColourOn(background: string): string {
  const channel = (i: number) => {
    const c = parseInt(background.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return luminance > 0.22 ? '#000000' : '#ffffff';
}
