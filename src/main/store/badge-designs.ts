import { BAND_PALETTE, DEFAULT_BADGE_DESIGN, type BadgeDesign } from '../../shared/badge/design';
import { DEFAULT_PRINTER_SETTINGS, type BadgePrinterSettings, type BadgeSettings } from '../../shared/badge/print-jobs';
import { type Db, prepared } from './database';
import { jpegDataUrl } from './photos';
import { getSetting, setSetting } from './settings';

/** The event's design, every department given a colour: palette colours in turn, distinct while they last. */
export function getBadgeDesign(db: Db, eventId: string): BadgeDesign {
  const row = prepared(db, 'SELECT design FROM badge_designs WHERE event_id = ?').get(eventId) as
    { design: string } | undefined;
  const design = row
    ? { ...DEFAULT_BADGE_DESIGN, ...(JSON.parse(row.design) as Partial<BadgeDesign>) }
    : DEFAULT_BADGE_DESIGN;
  const colours = { ...design.departmentColours };
  const unused = BAND_PALETTE.filter((colour) => !Object.values(colours).includes(colour));
  eventDepartments(db, eventId)
    .filter((department) => !colours[department])
    .forEach((department, i) => (colours[department] = unused[i] ?? BAND_PALETTE[i % BAND_PALETTE.length]!));
  return { ...design, departmentColours: colours };
}

export function saveBadgeDesign(db: Db, eventId: string, design: BadgeDesign): void {
  prepared(
    db,
    `INSERT INTO badge_designs (event_id, design, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(event_id) DO UPDATE SET design = excluded.design, updated_at = excluded.updated_at`,
  ).run(eventId, JSON.stringify(design), new Date().toISOString());
}

/** The printer is the station's, not the event's: it is what stands next to this kiosk. */
export function getPrinterSettings(db: Db): BadgePrinterSettings {
  return {
    printer: getSetting(db, 'badge_printer') ?? DEFAULT_PRINTER_SETTINGS.printer,
    printOnCheckIn: (getSetting(db, 'badge_print_on_check_in') ?? 'true') === 'true',
  };
}

export function savePrinterSettings(db: Db, settings: BadgePrinterSettings): void {
  setSetting(db, 'badge_printer', settings.printer);
  setSetting(db, 'badge_print_on_check_in', String(settings.printOnCheckIn));
}

export function eventDepartments(db: Db, eventId: string): string[] {
  const rows = prepared(
    db,
    `SELECT DISTINCT department FROM guests WHERE event_id = ? AND department <> '' ORDER BY department`,
  ).all(eventId) as { department: string }[];
  return rows.map((row) => row.department);
}

/** The guest with the longest name: the preview shows the hardest case. */
/**
 * The guest the badge preview shows: the longest name, among the guests with a photo when any has
 * one (so staff see the photo layout as it will print).
 */
export function badgeSample(db: Db, eventId: string): BadgeSettings['sample'] {
  const row = prepared(
    db,
    `SELECT g.first_name, g.last_name, g.title, g.department, p.jpeg FROM guests g
     LEFT JOIN guest_photos p ON p.guest_id = g.id AND p.jpeg IS NOT NULL
     WHERE g.event_id = ? AND g.removed_at IS NULL ORDER BY p.jpeg IS NULL, length(g.first_name) + length(g.last_name) DESC, g.rowid LIMIT 1`,
  ).get(eventId) as
    { first_name: string; last_name: string; title: string; department: string; jpeg: Buffer | null } | undefined;
  if (!row) return null;
  return {
    firstName: row.first_name,
    lastName: row.last_name,
    title: row.title,
    department: row.department,
    photo: row.jpeg && jpegDataUrl(row.jpeg),
  };
}
