// What `entre import` tells the organizer: which column fed which field, which were ignored, the
// counts, and the guests on the list that the file no longer holds (and whether they were removed).
import { localDateTime } from '../../shared/event-time';
import type { GuestNotInFile } from '../../shared/staff';
import type { ImportResult } from './import-guest-list';

/** Names listed in full up to this many; beyond it the count says the rest. */
const NAMES_SHOWN = 20;

export function importReport(result: Extract<ImportResult, { ok: true }>, removeMissing: boolean): string[] {
  const lines = [`Columns read: ${result.columns.used.join(', ')}.`];
  if (result.columns.ignored.length > 0)
    lines.push(`Columns ignored (not imported): ${result.columns.ignored.join(', ')}.`);
  lines.push(
    `Imported into "${result.eventName}": ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged.`,
  );
  if (result.previousEventName !== null)
    lines.push(
      `The kiosk now checks guests in to "${result.eventName}"; "${result.previousEventName}" and its check-ins stay ` +
        'in the store.',
    );
  const missing = result.notInFile;
  if (missing.length === 0) return lines;
  const arrived = missing.filter((guest) => guest.arrivedAt !== null);
  const named = (guests: GuestNotInFile[]) =>
    guests
      .slice(0, NAMES_SHOWN)
      .map((guest) =>
        guest.arrivedAt
          ? `${guest.fullName} (arrived ${localDateTime(guest.arrivedAt, result.timeZone)})`
          : guest.fullName,
      )
      .join(', ') + (guests.length > NAMES_SHOWN ? ', …' : '');
  const count = (n: number) => `${n} guest${n === 1 ? '' : 's'}`;
  if (!removeMissing) {
    lines.push(
      `Not in this file but still on the list: ${count(missing.length)} (${named(missing)}). ` +
        'To take them off the list, import again with --remove-missing.',
    );
    return lines;
  }
  const removed = missing.filter((guest) => guest.arrivedAt === null);
  if (removed.length > 0)
    lines.push(
      `Removed ${count(removed.length)} no longer in the file: ${named(removed)}. Their check-ins stay in the log.`,
    );
  if (arrived.length > 0)
    lines.push(
      `Kept ${count(arrived.length)} not in the file who already arrived, so the attendance still shows them: ` +
        `${named(arrived)}. Remove them in staff mode (Gäster → Ta bort gäst) if they truly should go.`,
    );
  return lines;
}
