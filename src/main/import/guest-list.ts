// Turning a table into guest rows: headers recognised in Swedish or English, every row checked,
// and every problem reported with its line, so an organizer can fix the file in one go.
import { normalizeInvitationCode } from '../../shared/invitation-code';
import { foldForSearch } from '../../shared/search-text';
import { SURNAME_PARTICLES } from '../../shared/person-sort';
import { EMAIL_PATTERN, GUEST_FIELD_LIMITS as LIMITS } from '../../shared/guest-fields';
import type { GuestListField, ImportIssue, ImportProblem } from '../../shared/import-problems';
import type { GuestFields } from '../store/guests';
import type { Table } from './read-table';

export interface GuestRow extends GuestFields {
  line: number;
  code: string | null;
}

export type ValidatedList = { ok: true; rows: GuestRow[] } | { ok: false; problems: ImportProblem[] };

/** Header spellings, folded (lower case, no diacritics, punctuation as spaces), most specific first. */
const HEADER_NAMES: Record<GuestListField, string[]> = {
  name: ['namn', 'name', 'fullstandigt namn', 'full name', 'deltagare'],
  firstName: ['fornamn', 'first name', 'firstname', 'given name'],
  lastName: ['efternamn', 'last name', 'lastname', 'surname', 'family name'],
  title: ['titel', 'title', 'befattning', 'roll', 'job title'],
  department: ['forvaltning', 'avdelning', 'organisation', 'department', 'organization', 'enhet'],
  email: [
    'e post',
    'epost',
    'e postadress',
    'epostadress',
    'email',
    'e mail',
    'mail',
    'mejl',
    'mejladress',
    'mailadress',
  ],
  code: ['kod', 'code', 'inbjudningskod', 'invitation code'],
};

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Text read in the wrong character set: UTF-8 shown as Windows-1252 ("fÃ¶rnamn" for "förnamn") or
 * bytes no character set could decode (U+FFFD). Such headers name no column, and their rows would
 * import with empty names and departments.
 */
const GARBLED = /[ÃÂ][\u0080-\uFFFF]|\uFFFD/;

export function mapColumns(
  header: string[],
): { columns: Partial<Record<GuestListField, number>> } | { problem: ImportIssue } {
  const garbled = header.find((cell) => GARBLED.test(cell));
  if (garbled !== undefined) return { problem: { code: 'garbled-header', header: garbled } };
  const folded = header.map((cell) => foldForSearch(cell));
  const columns: Partial<Record<GuestListField, number>> = {};
  for (const field of Object.keys(HEADER_NAMES) as GuestListField[]) {
    for (const name of HEADER_NAMES[field]) {
      const index = folded.indexOf(name);
      if (index >= 0) {
        columns[field] = index;
        break;
      }
    }
  }
  if (columns.name === undefined && columns.firstName === undefined && columns.lastName === undefined) {
    return { problem: { code: 'no-name-column', headers: header } };
  }
  return { columns };
}

const FIELD_LABELS: Record<GuestListField, string> = {
  name: 'full name',
  firstName: 'first name',
  lastName: 'last name',
  title: 'title',
  department: 'department',
  email: 'e-mail',
  code: 'invitation code',
};

/** Which header fed which field, and the headers no field reads (their values are not imported). */
export function describeColumns(header: string[]): { used: string[]; ignored: string[] } {
  const mapped = mapColumns(header);
  const columns = 'columns' in mapped ? mapped.columns : {};
  const used = (Object.entries(columns) as [GuestListField, number][]).sort((a, b) => a[1] - b[1]);
  const usedIndexes = new Set(used.map(([, index]) => index));
  return {
    used: used.map(([field, index]) => `"${header[index]}" → ${FIELD_LABELS[field]}`),
    ignored: header.filter((cell, index) => !usedIndexes.has(index) && cell.trim() !== '').map((cell) => `"${cell}"`),
  };
}

/** Validates every row before anything is written. Blank rows are skipped. */
export function validateGuestList(table: Table): ValidatedList {
  const mapped = mapColumns(table.header);
  if ('problem' in mapped) return { ok: false, problems: [{ line: 1, issues: [mapped.problem] }] };
  const { columns } = mapped;
  const problems: ImportProblem[] = [];
  const rows: GuestRow[] = [];
  const seenCodes = new Map<string, number>();
  const seenEmails = new Map<string, number>();

  const limited = Object.keys(LIMITS) as (keyof typeof LIMITS)[];
  const width = table.header.length;
  for (const { line, cells } of table.rows) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const issues: ImportIssue[] = [];
    // Each field's text once per row: a list of 100k rows reads each of them several times below.
    const read = (field: GuestListField) => {
      const index = columns[field];
      return index === undefined ? '' : (cells[index] ?? '').replace(/\s+/g, ' ').trim();
    };
    const values = {
      name: read('name'),
      firstName: read('firstName'),
      lastName: read('lastName'),
      title: read('title'),
      department: read('department'),
      email: read('email'),
    };
    let extra = 0;
    for (let index = width; index < cells.length; index++) if (cells[index]!.trim() !== '') extra++;
    if (extra > 0) issues.push({ code: 'extra-fields', fields: width + extra, headerFields: width });
    for (const field of limited) {
      const value = values[field];
      if (value.length > LIMITS[field]) issues.push({ code: 'too-long', field, limit: LIMITS[field] });
      if (CONTROL_CHARACTERS.test(value)) issues.push({ code: 'control-characters', field });
    }

    const { firstName, lastName } =
      columns.name !== undefined && !values.firstName && !values.lastName ? splitFullName(values.name) : values;
    if (!firstName && !lastName) issues.push({ code: 'name-missing' });

    const { email } = values;
    if (email && !EMAIL_PATTERN.test(email)) issues.push({ code: 'invalid-email', email });
    const rawCode = read('code');
    const code = rawCode ? normalizeInvitationCode(rawCode) : null;
    if (rawCode && !code) issues.push({ code: 'invalid-code', value: rawCode });

    const codeSeenOn = code ? firstLineOf(seenCodes, code, line) : undefined;
    if (code && codeSeenOn !== undefined) issues.push({ code: 'duplicate-code', value: code, firstLine: codeSeenOn });
    const emailSeenOn = email ? firstLineOf(seenEmails, email.toLowerCase(), line) : undefined;
    if (emailSeenOn !== undefined) issues.push({ code: 'duplicate-email', email, firstLine: emailSeenOn });

    if (issues.length > 0) problems.push({ line, issues });
    else rows.push({ line, firstName, lastName, title: values.title, department: values.department, email, code });
  }
  // On the header's line: it is all the file holds.
  if (problems.length === 0 && rows.length === 0) problems.push({ line: 1, issues: [{ code: 'no-guests' }] });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

/** The line a key was first seen on, when it was seen before; otherwise notes `line` as its first. */
function firstLineOf(seen: Map<string, number>, key: string, line: number): number | undefined {
  const first = seen.get(key);
  if (first === undefined) seen.set(key, line);
  return first;
}

/** "Anna-Karin Pålsson" → Anna-Karin + Pålsson; "Pålsson, Anna-Karin" → the same; "Carl von Essen" → Carl + von Essen. */
export function splitFullName(name: string): { firstName: string; lastName: string } {
  const comma = name.indexOf(',');
  if (comma >= 0) return { firstName: name.slice(comma + 1).trim(), lastName: name.slice(0, comma).trim() };
  const words = name.split(' ');
  let start = words.length - 1;
  while (start > 1 && SURNAME_PARTICLES.has(words[start - 1]!)) start--;
  return words.length < 2
    ? { firstName: name, lastName: '' }
    : { firstName: words.slice(0, start).join(' '), lastName: words.slice(start).join(' ') };
}
