// The mingle groups on A4 for the tables: each group's number large, its members with their
// departments beneath, as many groups to a page as fit.
import type { GroupsResponse } from '../../shared/sync-protocol';
import { startPdf } from '../badges/pdf-document';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const COLUMNS = 2;
const HEADING = 18;
const LINE = 13;
/** Room for a group of four and one more (a walk-in when every table was full). */
const MEMBERS_PER_BLOCK = 5;

export async function renderGroupsPdf(
  eventName: string,
  groups: GroupsResponse['groups'],
  groupWord: string,
): Promise<Buffer> {
  const { doc, finish } = await startPdf({
    autoFirstPage: false,
    margin: 0,
    info: { Title: `${eventName}: ${groupWord}`, Creator: 'Entré' },
  });
  const columnWidth = (A4.width - 2 * MARGIN) / COLUMNS;
  const blockHeight = HEADING + 6 + MEMBERS_PER_BLOCK * 2 * LINE + 12;
  const perPage = Math.floor((A4.height - 2 * MARGIN) / blockHeight) * COLUMNS;
  groups.forEach(({ group, members }, index) => {
    const slot = index % perPage;
    if (slot === 0) {
      doc.addPage({ size: [A4.width, A4.height], margin: 0 });
      doc
        .font('regular')
        .fontSize(10)
        .fillColor('#444444')
        .text(eventName, MARGIN, MARGIN - 24, { lineBreak: false });
    }
    const x = MARGIN + (slot % COLUMNS) * columnWidth;
    let y = MARGIN + Math.floor(slot / COLUMNS) * blockHeight;
    doc.font('bold').fontSize(HEADING).fillColor('#111111').text(`${groupWord} ${group}`, x, y, { lineBreak: false });
    y += HEADING + 6;
    for (const member of members) {
      const cell = { width: columnWidth - 12, lineBreak: false, ellipsis: true };
      doc.font('bold').fontSize(10).fillColor('#111111').text(member.name, x, y, cell);
      doc
        .font('regular')
        .fontSize(9)
        .fillColor('#444444')
        .text(member.department, x, y + LINE - 1, cell);
      y += 2 * LINE;
    }
  });
  return finish();
}
