// webContents.print options for a badge, as plain data (no `electron` import) so a table test checks
// every preset. Chromium and the Windows printer drivers describe a sheet upright (width the short side)
// and turn it with `landscape`: a label wider than tall given as a wide page is printed rotated or on
// the driver's default paper. The page's CSS @page size says the same, for drivers that read it.
import type { BadgePreset } from '../../shared/badge/presets';

const MICRONS_PER_MM = 1000;

export function badgePrintOptions(preset: BadgePreset, printer: string) {
  const shortSide = Math.min(preset.pageWidthMm, preset.pageHeightMm);
  const longSide = Math.max(preset.pageWidthMm, preset.pageHeightMm);
  return {
    silent: true,
    deviceName: printer,
    printBackground: true,
    margins: { marginType: 'none' },
    landscape: preset.pageWidthMm > preset.pageHeightMm,
    pageSize: { width: Math.round(shortSide * MICRONS_PER_MM), height: Math.round(longSide * MICRONS_PER_MM) },
    copies: 1,
  } as const;
}
