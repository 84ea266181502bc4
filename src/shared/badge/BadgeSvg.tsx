// A badge page as SVG, drawn from the one layout (layout.ts): the staff preview shows it, and the
// Electron shell prints it silently. Each line is stretched to the width the layout measured
// (textLength), so it matches the PDF even if the browser substitutes another font.
import type { PageLayout, Rect } from './layout';

/** A colour strip of the badge: the department's band, the first-timer ribbon. */
function FilledRect({ rect }: { rect: Rect & { colour: string } }) {
  return <rect x={rect.x} y={rect.y} width={rect.width} height={rect.height} fill={rect.colour} />;
}

export function BadgeSvg({ page, label }: { page: PageLayout; label: string }) {
  return (
    <svg
      className="badge-preview"
      role="img"
      aria-label={label}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${page.width} ${page.height}`}
    >
      <rect width={page.width} height={page.height} fill="#ffffff" />
      {page.cutLines.map((line, i) => (
        <line key={i} {...line} stroke="#bbbbbb" strokeWidth={0.3} strokeDasharray="2 2" />
      ))}
      {page.badges.map((badge, b) => (
        <g key={b}>
          {badge.band && <FilledRect rect={badge.band} />}
          {badge.ribbon && <FilledRect rect={badge.ribbon} />}
          {badge.logo && (
            <image
              href={badge.logo.dataUrl}
              x={badge.logo.x}
              y={badge.logo.y}
              width={badge.logo.width}
              height={badge.logo.height}
            />
          )}
          {badge.photo && (
            <image
              data-role="photo"
              href={badge.photo.dataUrl}
              x={badge.photo.x}
              y={badge.photo.y}
              width={badge.photo.width}
              height={badge.photo.height}
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
