// What can be wrong with a guest list file, as codes with parameters: staff mode words them in the
// kiosk's language (`staff.import.problem.<code>`), the command line in English (main/import/problem-text.ts).

/** The guest fields a list's columns are read into. */
export type GuestListField = 'name' | 'firstName' | 'lastName' | 'title' | 'department' | 'email' | 'code';

export type ImportIssue =
  /** The file could not be opened (command line only: staff mode uploads bytes); `reason` is English. */
  | { code: 'file-unreadable'; reason: string }
  | { code: 'file-empty' }
  /** A file of another kind than a guest list, chosen by mistake: told by its first bytes. */
  | { code: 'file-is-pdf' }
  | { code: 'file-is-xls' }
  | { code: 'file-is-ods' }
  | { code: 'file-is-image' }
  /** Only the header: importing it would add nothing (and, removing missing guests, remove everyone). */
  | { code: 'no-guests' }
  | { code: 'csv-unclosed-quote' }
  | { code: 'csv-text-after-quote' }
  | { code: 'csv-space-before-quote' }
  /** A CSV error papaparse names only in its own English words. */
  | { code: 'csv-unreadable'; reason: string }
  | { code: 'xlsx-unreadable'; reason: string }
  | { code: 'xlsx-no-sheet' }
  | { code: 'xlsx-sheet-empty' }
  | { code: 'garbled-header'; header: string }
  | { code: 'no-name-column'; headers: string[] }
  | { code: 'extra-fields'; fields: number; headerFields: number }
  | { code: 'too-long'; field: GuestListField; limit: number }
  | { code: 'control-characters'; field: GuestListField }
  | { code: 'name-missing' }
  | { code: 'invalid-email'; email: string }
  | { code: 'invalid-code'; value: string }
  | { code: 'duplicate-code'; value: string; firstLine: number }
  | { code: 'duplicate-email'; email: string; firstLine: number };

export type ImportIssueCode = ImportIssue['code'];

/** Everything wrong on one line of the file (line 0: the file as a whole). */
export interface ImportProblem {
  /** Line (CSV) or row (XLSX) where the record starts, as a spreadsheet counts; 0 for the whole file. */
  line: number;
  issues: ImportIssue[];
}
