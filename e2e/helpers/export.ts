// Reading `entre export` as an organizer's spreadsheet would: one record per guest, keyed by name.
import { parse } from 'csv-parse/sync';
import { expect } from '@playwright/test';
import type { Station } from '../fixtures/station';

export type ExportRow = Record<
  'name' | 'title' | 'department' | 'email' | 'checked_in' | 'checked_in_at' | 'station' | 'method',
  string
>;

export async function exportAttendance(station: Station): Promise<Map<string, ExportRow>> {
  const exported = await station.cli(['export', '--format', 'csv']);
  expect(exported.code, exported.stderr).toBe(0);
  expect(exported.stdout.startsWith('\ufeff'), 'export starts with a UTF-8 BOM').toBe(true);
  const rows = parse(exported.stdout, { bom: true, columns: true }) as ExportRow[];
  return new Map(rows.map((row) => [row.name, row]));
}
