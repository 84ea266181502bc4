// The live preview: the very layout the PDF renderer draws, shown as SVG. Each line is stretched to
// the width the layout measured (textLength), so the preview matches the print even if the browser
// substitutes another font.
import { useMemo } from 'react';
import type { BadgeDesign } from '../../shared/badge/design';
import { layoutPage, type BadgeEventInfo, type BadgePerson } from '../../shared/badge/layout';
import { BADGE_PRESETS, badgesPerPage } from '../../shared/badge/presets';

export function BadgePreview({
  design,
  event,
  person,
  label,
}: {
  design: BadgeDesign;
  event: BadgeEventInfo;
  person: BadgePerson;
  label: string;
}) {
  const page = useMemo(
    () => layoutPage(design, event, Array(badgesPerPage(BADGE_PRESETS[design.preset])).fill(person)),
    [design, event, person],
  );
  return (
    <svg
      className="badge-preview"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${page.width} ${page.height}`}
      data-width-mm={BADGE_PRESETS[design.preset].pageWidthMm}
      data-height-mm={BADGE_PRESETS[design.preset].pageHeightMm}
    >
      <rect width={page.width} height={page.height} fill="#ffffff" stroke="#999999" strokeWidth={0.5} />
      {page.cutLines.map((line, i) => (
        <line key={i} {...line} stroke="#bbbbbb" strokeWidth={0.3} strokeDasharray="2 2" />
      ))}
      {page.badges.map((badge, b) => (
        <g key={b}>
          {badge.band && (
            <rect
              x={badge.band.x}
              y={badge.band.y}
              width={badge.band.width}
              height={badge.band.height}
              fill={badge.band.colour}
            />
          )}
          {badge.logo && (
            <image
              href={badge.logo.dataUrl}
              x={badge.logo.x}
              y={badge.logo.y}
              width={badge.logo.width}
              height={badge.logo.height}
            />
          )}
          {badge.texts.map((text, t) => (
            <text
              key={t}
              data-role={text.role}
              x={text.x}
              y={text.baseline}
              fontSize={text.size}
              fontWeight={text.bold ? 700 : 400}
              fontFamily="'DejaVu Sans', sans-serif"
              fill={text.colour}
              textLength={text.width}
              lengthAdjust="spacingAndGlyphs"
            >
              {text.text}
            </text>
          ))}
        </g>
      ))}
    </svg>
  );
}
