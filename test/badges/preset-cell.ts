// One badge's cell at the page's top left, as the preset cuts its sheet: for laying out a single badge.
import { type BadgePresetId, BADGE_PRESETS, POINTS_PER_MM } from '../../src/shared/badge/presets';

export function presetCell(preset: BadgePresetId) {
  const { pageWidthMm, pageHeightMm, columns, rows } = BADGE_PRESETS[preset];
  return {
    x: 0,
    y: 0,
    width: (pageWidthMm * POINTS_PER_MM) / columns,
    height: (pageHeightMm * POINTS_PER_MM) / rows,
  };
}
