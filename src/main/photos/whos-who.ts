// The who's-who: an A4 booklet of the guests who consented to a photo, grouped by department
// (Swedish alphabetical order), each with photo, name and title. Guests without a photo are left
// out, or shown with their initials when the station's setting says so.
import type { Db } from '../store/database';
import { getActiveEvent } from '../store/events';
import { fullName, listGuests } from '../store/guests';
import { eventPhotos } from '../store/photos';
import { startPdf } from '../badges/pdf-document';
import { POINTS_PER_MM } from '../../shared/badge/presets';
import { receivedBadgePhoto } from './jpeg';
import { fetchHubWhosWho } from '../sync/client';
import { getPhotoSettings } from './settings';
import { whosWhoOf, type WhosWhoCard } from './whos-who-entries';

/** A card with the JPEG; null shows the initials. */
export type WhosWhoEntry = WhosWhoCard<Buffer>;

const collator = new Intl.Collator('sv');
const PAGE = { width: 210 * POINTS_PER_MM, height: 297 * POINTS_PER_MM };
const MARGIN = 15 * POINTS_PER_MM;
const COLUMNS = 4;
const GAP = 5 * POINTS_PER_MM;
const CELL_WIDTH = (PAGE.width - 2 * MARGIN - (COLUMNS - 1) * GAP) / COLUMNS;
const CELL_HEIGHT = CELL_WIDTH + 14 * POINTS_PER_MM;
const HEADING_HEIGHT = 12 * POINTS_PER_MM;
const NO_DEPARTMENT = 'Övriga';

/** The station's guests for the booklet, by its own setting for those without a photo. */
export function whosWhoEntries(db: Db): { event: string; entries: WhosWhoEntry[] } {
  const event = getActiveEvent(db);
  if (!event) throw new Error('No event is loaded: import a guest list first.');
  const photos = new Map([...eventPhotos(db, event.id)].map(([guestId, photo]) => [guestId, photo.jpeg]));
  const guests = listGuests(db, event.id).map((guest) => ({ ...guest, fullName: fullName(guest) }));
  return { event: event.name, entries: whosWhoOf(guests, photos, getPhotoSettings(db).whosWhoInitials) };
}

/**
 * The booklet's guests from the hub, every door's, by this station's setting for those without a
 * photo. Each photo is checked as one pulled by sync is: one that fails counts as no photo.
 */
export async function hubWhosWhoEntries(db: Db, hubUrl: string): Promise<{ event: string; entries: WhosWhoEntry[] }> {
  const { whosWhoInitials } = getPhotoSettings(db);
  const booklet = await fetchHubWhosWho(db, hubUrl, whosWhoInitials);
  if (!booklet.event) throw new Error("The hub holds no event yet: sync the organizer's station first.");
  return {
    event: booklet.event.name,
    entries: booklet.cards.flatMap((card) => {
      const photo = card.photo === null ? null : receivedBadgePhoto(card.photo);
      return photo || whosWhoInitials ? [{ ...card, photo }] : [];
    }),
  };
}

/** The booklet as staff mode and `entre whos-who` write it. */
export async function whosWhoPdf(event: string, entries: WhosWhoEntry[]): Promise<Buffer> {
  return renderWhosWho(`Deltagare · ${event}`, entries);
}

const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase())
    .slice(0, 3)
    .join('');

/** Departments in Swedish order, each with its people in the order given: the guest list's, by surname. */
export function groupByDepartment(entries: WhosWhoEntry[]): [string, WhosWhoEntry[]][] {
  const groups = new Map<string, WhosWhoEntry[]>();
  for (const entry of entries) {
    const department = entry.department.trim() || NO_DEPARTMENT;
    groups.set(department, [...(groups.get(department) ?? []), entry]);
  }
  return [...groups.entries()].sort(([a], [b]) => collator.compare(a, b));
}

export async function renderWhosWho(title: string, entries: WhosWhoEntry[]): Promise<Buffer> {
  const { doc, finish } = await startPdf({ size: 'A4', margin: 0, info: { Title: title, Creator: 'Entré' } });

  doc
    .font('bold')
    .fontSize(20)
    .fillColor('#111111')
    .text(title, MARGIN, MARGIN, { width: PAGE.width - 2 * MARGIN });
  let y = MARGIN + 14 * POINTS_PER_MM;
  const bottom = PAGE.height - MARGIN;
  for (const [department, people] of groupByDepartment(entries)) {
    // A heading never stands alone at the foot of a page.
    if (y + HEADING_HEIGHT + CELL_HEIGHT > bottom) [y] = [MARGIN, doc.addPage()];
    doc.font('bold').fontSize(14).fillColor('#1f5fa8').text(department, MARGIN, y, { lineBreak: false });
    y += HEADING_HEIGHT;
    people.forEach((person, index) => {
      const column = index % COLUMNS;
      if (column === 0 && index > 0) y += CELL_HEIGHT;
      if (y + CELL_HEIGHT > bottom) [y] = [MARGIN, doc.addPage()];
      const x = MARGIN + column * (CELL_WIDTH + GAP);
      if (person.photo) doc.image(person.photo, x, y, { width: CELL_WIDTH, height: CELL_WIDTH });
      else {
        doc.rect(x, y, CELL_WIDTH, CELL_WIDTH).fill('#e8eef6');
        doc
          .font('bold')
          .fontSize(CELL_WIDTH * 0.3)
          .fillColor('#1f5fa8')
          .text(initialsOf(person.fullName), x, y + CELL_WIDTH * 0.33, { width: CELL_WIDTH, align: 'center' });
      }
      doc
        .font('bold')
        .fontSize(9)
        .fillColor('#111111')
        .text(person.fullName, x, y + CELL_WIDTH + 2 * POINTS_PER_MM, {
          width: CELL_WIDTH,
          height: 12,
          ellipsis: true,
        });
      doc
        .font('regular')
        .fontSize(8)
        .fillColor('#444444')
        .text(person.title, x, y + CELL_WIDTH + 6.5 * POINTS_PER_MM, { width: CELL_WIDTH, height: 20, ellipsis: true });
    });
    y += CELL_HEIGHT + GAP;
  }
  return finish();
}
