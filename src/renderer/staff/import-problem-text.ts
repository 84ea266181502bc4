// A guest list's problems in the kiosk's language: the main process sends codes and values
// (shared/import-problems.ts), never its English, so a Swedish kiosk shows them in Swedish.
import type { ImportIssue, ImportIssueCode, ImportProblem } from '../../shared/import-problems';
import type { I18n, MessageKey } from '../i18n';

/** Each issue's words; a Record, so an issue added to the contract cannot go without them. */
export const IMPORT_ISSUE_KEYS: Record<ImportIssueCode, MessageKey> = {
  'file-unreadable': 'staff.import.problem.file-unreadable',
  'file-empty': 'staff.import.problem.file-empty',
  'file-is-pdf': 'staff.import.problem.file-is-pdf',
  'file-is-xls': 'staff.import.problem.file-is-xls',
  'file-is-ods': 'staff.import.problem.file-is-ods',
  'file-is-image': 'staff.import.problem.file-is-image',
  'no-guests': 'staff.import.problem.no-guests',
  'csv-unclosed-quote': 'staff.import.problem.csv-unclosed-quote',
  'csv-text-after-quote': 'staff.import.problem.csv-text-after-quote',
  'csv-space-before-quote': 'staff.import.problem.csv-space-before-quote',
  'csv-unreadable': 'staff.import.problem.csv-unreadable',
  'xlsx-unreadable': 'staff.import.problem.xlsx-unreadable',
  'xlsx-no-sheet': 'staff.import.problem.xlsx-no-sheet',
  'xlsx-sheet-empty': 'staff.import.problem.xlsx-sheet-empty',
  'garbled-header': 'staff.import.problem.garbled-header',
  'no-name-column': 'staff.import.problem.no-name-column',
  'extra-fields': 'staff.import.problem.extra-fields',
  'too-long': 'staff.import.problem.too-long',
  'control-characters': 'staff.import.problem.control-characters',
  'name-missing': 'staff.import.problem.name-missing',
  'invalid-email': 'staff.import.problem.invalid-email',
  'invalid-code': 'staff.import.problem.invalid-code',
  'duplicate-code': 'staff.import.problem.duplicate-code',
  'duplicate-email': 'staff.import.problem.duplicate-email',
};

/** One issue in words; a field is named as the preview's column mapping names it. */
function issueWords(t: I18n['t'], issue: ImportIssue): string {
  const params: Record<string, string | number> =
    issue.code === 'no-name-column'
      ? { headers: issue.headers.map((header) => `”${header}”`).join(', ') }
      : { ...issue };
  if ('field' in issue) params.field = t(`staff.import.field.${issue.field}`);
  return t(IMPORT_ISSUE_KEYS[issue.code], params);
}

/** A problem in words, with its line when it has one ("Rad 3: …"). */
export function importProblemText(t: I18n['t'], problem: ImportProblem): string {
  const words = problem.issues.map((issue) => issueWords(t, issue)).join(' ');
  return problem.line > 0 ? `${t('staff.import.line', { line: problem.line })} ${words}` : words;
}
