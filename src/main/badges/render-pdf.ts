// Draws badge page layouts into a PDF with pdfkit: exactly the preset's page size, no margins, text
// as real text (searchable, sharp on any printer) in DejaVu Sans.
import type { BadgeDesign } from '../../shared/badge/design';
import { layoutPage, type BadgeEventInfo, type BadgePerson, type PageLayout } from '../../shared/badge/layout';
import { BADGE_PRESETS, badgesPerPage } from '../../shared/badge/presets';
import { startPdf } from './pdf-document';

/** Lays out the people onto as many pages of the design's preset as they need. */
export function layoutPages(design: BadgeDesign, event: BadgeEventInfo, people: BadgePerson[]): PageLayout[] {
  const perPage = badgesPerPage(BADGE_PRESETS[design.preset]);
  const pages: PageLayout[] = [];
  for (let i = 0; i < people.length; i += perPage) pages.push(layoutPage(design, event, people.slice(i, i + perPage)));
  return pages;
}

export async function renderBadgePdf(pages: PageLayout[], title: string): Promise<Buffer> {
  const { doc, finish } = await startPdf({ autoFirstPage: false, margin: 0, info: { Title: title, Creator: 'Entré' } });
  for (const page of pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    for (const line of page.cutLines)
      doc
        .moveTo(line.x1, line.y1)
        .lineTo(line.x2, line.y2)
        .lineWidth(0.3)
        .dash(2, { space: 2 })
        .stroke('#bbbbbb')
        .undash();
    for (const badge of page.badges) {
      if (badge.band) doc.rect(badge.band.x, badge.band.y, badge.band.width, badge.band.height).fill(badge.band.colour);
      if (badge.ribbon)
        doc.rect(badge.ribbon.x, badge.ribbon.y, badge.ribbon.width, badge.ribbon.height).fill(badge.ribbon.colour);
      if (badge.logo) drawLogo(doc, badge.logo);
      if (badge.photo)
        doc.image(dataUrlBytes(badge.photo.dataUrl), badge.photo.x, badge.photo.y, {
          width: badge.photo.width,
          height: badge.photo.height,
        });
      for (const text of badge.texts) {
        doc
          .font(text.bold ? 'bold' : 'regular')
          .fontSize(text.size)
          .fillColor(text.colour)
          .text(text.text, text.x, text.baseline, { lineBreak: false, baseline: 'alphabetic' });
      }
    }
  }
  return finish();
}

const dataUrlBytes = (dataUrl: string): Buffer => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

type PdfDocument = Awaited<ReturnType<typeof startPdf>>['doc'];
type PlacedLogo = NonNullable<PageLayout['badges'][number]['logo']>;

/**
 * The logo, or nothing when it cannot be drawn: the event's comes from whichever station set it, by sync,
 * and a picture pdfkit cannot decode must not stop every badge from printing (the photo is checked first).
 */
function drawLogo(doc: PdfDocument, logo: PlacedLogo): void {
  try {
    doc.image(dataUrlBytes(logo.dataUrl), logo.x, logo.y, { width: logo.width, height: logo.height });
  } catch {
    // Left out: the badge says who the guest is without it.
  }
}
