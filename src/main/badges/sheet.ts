// The whole guest list on A4 sheets of eight badges, for printing before the event.
import type { Db } from '../store/database';
import { getActiveEvent } from '../store/events';
import { listGuests } from '../store/guests';
import { printedBadgeDesign } from './printed-design';
import { layoutPages, renderBadgePdf } from './render-pdf';
import { badgeForumMarks } from './forum-badge';

export async function renderGuestListSheets(db: Db): Promise<{ pdf: Buffer; badges: number; pages: number }> {
  const event = getActiveEvent(db);
  if (!event) throw new Error('The store has no event yet: import a guest list first.');
  const people = listGuests(db, event.id).map((guest) => ({
    firstName: guest.firstName,
    lastName: guest.lastName,
    title: guest.title,
    department: guest.department,
    forum: badgeForumMarks(db, guest.id),
  }));
  if (people.length === 0) throw new Error(`"${event.name}" has no guests yet: import a guest list first.`);
  // The event's own look (logo, colour bands) on the sheet preset, whatever the label printer uses.
  const pages = layoutPages({ ...printedBadgeDesign(db, event.id), preset: 'a4-sheet-8' }, event, people);
  return { pdf: await renderBadgePdf(pages, `${event.name} badges`), badges: people.length, pages: pages.length };
}
