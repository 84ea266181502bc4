// A guest list's problems in English, as the command line prints them (staff mode translates the codes).
import type { ImportIssue, ImportProblem } from '../../shared/import-problems';

const cannotReadCsv = (reason: string) => `the file cannot be read as CSV (${reason})`;

export function issueText(issue: ImportIssue): string {
  switch (issue.code) {
    case 'file-unreadable':
      return issue.reason;
    case 'file-empty':
      return 'the file is empty';
    case 'file-is-pdf':
      return 'the file is a PDF: save the guest list as an Excel workbook (.xlsx) or as CSV and import that';
    case 'file-is-xls':
      return (
        "the file is in Excel's old format (.xls): open it in Excel and save it as an Excel workbook (.xlsx) or as " +
        'CSV, then import that'
      );
    case 'file-is-ods':
      return 'the file is an OpenDocument spreadsheet (.ods): save it as an Excel workbook (.xlsx) or as CSV, then import that';
    case 'file-is-image':
      return 'the file is a picture, not a guest list: choose the Excel workbook (.xlsx) or CSV file with the guests';
    case 'no-guests':
      return 'the file has a header but no guests: nothing was imported, and nobody was taken off the list';
    case 'csv-unclosed-quote':
      return cannotReadCsv('a value that starts with a quote is never closed');
    case 'csv-text-after-quote':
      return cannotReadCsv('a value in quotes is followed by more text before the next delimiter');
    case 'csv-space-before-quote':
      return cannotReadCsv(
        'a quote follows a space after the delimiter: remove the space so the quoted value stays whole',
      );
    case 'csv-unreadable':
      return cannotReadCsv(issue.reason);
    case 'xlsx-unreadable':
      return `the file cannot be read as an Excel workbook (${issue.reason})`;
    case 'xlsx-no-sheet':
      return 'the workbook has no sheet';
    case 'xlsx-sheet-empty':
      return 'the first sheet is empty';
    case 'garbled-header':
      return (
        `the header "${issue.header}" is garbled, as when a file is saved in one character set and read in another; ` +
        'save the list again as "CSV UTF-8" (Excel) or as an XLSX workbook and import that'
      );
    case 'no-name-column':
      return (
        `no name column found (the header has ${issue.headers.map((header) => `"${header}"`).join(', ')}); ` +
        'expected "namn"/"name", or "förnamn" and "efternamn" / "first_name" and "last_name"'
      );
    case 'extra-fields':
      return `has ${issue.fields} fields but the header has ${issue.headerFields} (a delimiter inside an unquoted value?)`;
    case 'too-long':
      return `${issue.field} is longer than ${issue.limit} characters`;
    case 'control-characters':
      return `${issue.field} contains control characters`;
    case 'name-missing':
      return 'the name is missing';
    case 'invalid-email':
      return `the e-mail "${issue.email}" is not a valid address`;
    case 'invalid-code':
      return `the code "${issue.value}" may only hold letters a-z and digits, 4 to 64 of them`;
    case 'duplicate-code':
      return `the code "${issue.value}" is also on line ${issue.firstLine}`;
    case 'duplicate-email':
      return `the e-mail "${issue.email}" is also on line ${issue.firstLine}`;
  }
}

/** A line's problems in English, as the command line prints them after "line N:". */
export const problemText = (problem: ImportProblem): string => problem.issues.map(issueText).join('; ');
