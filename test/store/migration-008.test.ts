import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { migrate, openDatabase, schemaVersion } from '../../src/main/store/database';
import { logStaffEvent, staffLog } from '../../src/main/staff/staff-log';

describe('migration 008 (door log records kiosk quits)', () => {
  it('keeps the door log and accepts a kiosk quit, still refusing unknown kinds', () => {
    const file = path.join(tempDir(), 'entre.db');
    const db = new Database(file);
    migrate(db, 7);
    logStaffEvent(db, 'unlock', '', new Date('2026-11-27T08:00:00Z'));
    expect(() => logStaffEvent(db, 'kiosk-quit')).toThrow(/CHECK constraint failed/);
    db.close();

    const migrated = openDatabase(file);
    expect(schemaVersion(migrated)).toBeGreaterThanOrEqual(8);
    logStaffEvent(migrated, 'kiosk-quit', '', new Date('2026-11-27T17:00:00Z'));
    expect(staffLog(migrated)).toEqual([
      { at: '2026-11-27T08:00:00.000Z', kind: 'unlock', detail: '' },
      { at: '2026-11-27T17:00:00.000Z', kind: 'kiosk-quit', detail: '' },
    ]);
    expect(() =>
      migrated.prepare("INSERT INTO staff_log (at, kind, detail) VALUES ('now', 'party', '')").run(),
    ).toThrow(/CHECK constraint failed/);
    migrated.close();
  });
});
