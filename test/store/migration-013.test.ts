import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { migrate, openDatabase, schemaVersion } from '../../src/main/store/database';
import { logStaffEvent, staffLog } from '../../src/main/staff/staff-log';

describe('migration 013 (kiosk page restarts in the door log; badges sent to the printer)', () => {
  it('keeps the door log and the print jobs, and accepts the new kind and state only', () => {
    const file = path.join(tempDir(), 'entre.db');
    const db = new Database(file);
    migrate(db, 8);
    logStaffEvent(db, 'kiosk-quit', '', new Date('2026-11-27T08:00:00Z'));
    expect(() => logStaffEvent(db, 'kiosk-restarted', 'crashed')).toThrow(/CHECK constraint failed/);
    db.close();

    const migrated = openDatabase(file);
    expect(schemaVersion(migrated)).toBeGreaterThanOrEqual(13);
    logStaffEvent(migrated, 'kiosk-restarted', 'crashed (exit code 139)', new Date('2026-11-27T09:00:00Z'));
    expect(staffLog(migrated)).toEqual([
      { at: '2026-11-27T08:00:00.000Z', kind: 'kiosk-quit', detail: '' },
      { at: '2026-11-27T09:00:00.000Z', kind: 'kiosk-restarted', detail: 'crashed (exit code 139)' },
    ]);
    const printJobsSql = migrated.prepare("SELECT sql FROM sqlite_master WHERE name = 'print_jobs'").pluck().get();
    expect(printJobsSql).toContain("state = 'failed' OR state = 'sent'");
    expect(printJobsSql).not.toContain("state = 'lost'");
    expect(() =>
      migrated.prepare("INSERT INTO staff_log (at, kind, detail) VALUES ('now', 'party', '')").run(),
    ).toThrow(/CHECK constraint failed/);
    migrated.close();
  });
});
