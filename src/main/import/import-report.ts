// What `entre import` tells the organizer: which column fed which field, which were ignored, the
// counts, and the guests on the list that the file no longer holds (and whether they were removed).
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
  const missing = result.notInFile;
  if (missing.length === 0) return lines;
  const names = missing.slice(0, NAMES_SHOWN).join(', ') + (missing.length > NAMES_SHOWN ? ', …' : '');
  lines.push(
    removeMissing
      ? `Removed ${missing.length} guest${missing.length === 1 ? '' : 's'} no longer in the file: ${names}. Their check-ins stay in the log.`
      : `Not in this file but still on the list: ${missing.length} guest${missing.length === 1 ? '' : 's'} (${names}). ` +
          'To take them off the list, import again with --remove-missing.',
  );
  return lines;
}
