// The SVG the staff preview and Electron's printing draw: the same layout as the PDF, so the band,
// the first-timer ribbon and the name at its floor are where and as large as the layout says.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { BadgeSvg } from '../../src/shared/badge/BadgeSvg';
import { DEFAULT_BADGE_DESIGN } from '../../src/shared/badge/design';
import { layoutPage } from '../../src/shared/badge/layout';
import { BADGE_PRESETS } from '../../src/shared/badge/presets';

it('draws the band, the ribbon and each name line from the layout', () => {
  const design = { ...DEFAULT_BADGE_DESIGN, preset: 'dymo-11356' as const, departmentColours: { Kultur: '#7b3fa0' } };
  const page = layoutPage(design, { name: 'Ledarforum', startsOn: '2026-03-12' }, [
    {
      firstName: 'Christoffer',
      lastName: 'Bäckström-Grönqvist',
      title: 'Kulturchef',
      department: 'Kultur',
      forum: { group: 'Grupp 3', ribbon: 'Första gången' },
    },
  ]);
  const svg = renderToStaticMarkup(createElement(BadgeSvg, { page, label: 'Förhandsvisning' }));
  const rects = [...svg.matchAll(/<rect ([^>]*)><\/rect>/g)].map((m) => m[1]!);
  const { band, ribbon, texts } = page.badges[0]!;
  for (const strip of [band!, ribbon!])
    expect(rects).toContain(
      `x="${strip.x}" y="${strip.y}" width="${strip.width}" height="${strip.height}" fill="${strip.colour}"`,
    );
  expect(band!.colour).toBe('#7b3fa0');
  const names = [...svg.matchAll(/data-role="name"[^>]*font-size="([\d.]+)"[^>]*>([^<]*)</g)];
  expect(names.map((m) => m[2])).toEqual(['Christoffer', 'Bäckström-', 'Grönqvist']);
  for (const [, size] of names) expect(Number(size)).toBeGreaterThanOrEqual(BADGE_PRESETS['dymo-11356'].nameFloorPt);
  expect(texts.filter((text) => text.role === 'name')).toHaveLength(3);
});
