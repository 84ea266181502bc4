// The whole export in memory, for a test that reads its bytes at once and for the bench's
// "collected first" row; the product streams every export (attendanceExport in src/main/export).
import { attendanceCsvPieces } from '../../src/main/export/csv';
import { attendanceExport } from '../../src/main/export/export-file';
import type { AttendanceRow } from '../../src/main/export/attendance-report';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  /** Guests in the file. */
  rows: number;
}

/** The streamed export collected into one buffer. */
export async function exportAttendance(...args: Parameters<typeof attendanceExport>): Promise<ExportedFile> {
  const file = attendanceExport(...args);
  const chunks: Buffer[] = [];
  for await (const piece of file.pieces) chunks.push(piece);
  return { fileName: file.fileName, mimeType: file.mimeType, bytes: Buffer.concat(chunks), rows: file.rows() };
}

/** The attendance CSV as one text. */
export const attendanceCsv = (rows: Iterable<AttendanceRow>): string => [...attendanceCsvPieces(rows)].join('');

/** The attendance CSV for Swedish Excel as one text. */
export const swedishExcelCsv = (rows: Iterable<AttendanceRow>): string =>
  [...attendanceCsvPieces(rows, { excelSv: true })].join('');
