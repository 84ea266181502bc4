import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { migrate, openDatabase, schemaVersion } from '../../src/main/store/database';
import { logStaffEvent, staffLog } from '../../src/main/staff/staff-log';
import { createEvent } from '../../src/main/store/events';
import { getGuest, insertGuest, listGuests, removeGuests } from '../../src/main/store/guests';

describe('migration 009 (removed guests)', () => {
  it('keeps guests and the door log, then marks a guest removed without deleting them and logs it', () => {
    const file = path.join(tempDir(), 'entre.db');
    const db = new Database(file);
    migrate(db, 8);
    const event = createEvent(db, { name: 'Ledarforum', startsOn: null, venue: null });
    db.prepare(
      `INSERT INTO guests (id, event_id, code, first_name, last_name, search_text, source, created_at, updated_at)
       VALUES ('g1', ?, 'bo000001', 'Bo', 'Ek', 'bo ek', 'import', 'then', 'then')`,
    ).run(event.id);
    logStaffEvent(db, 'kiosk-quit', '', new Date('2026-11-27T08:00:00Z'));
    expect(() => logStaffEvent(db, 'guest-removed', 'Bo Ek')).toThrow(/CHECK constraint failed/);
    db.close();

    const migrated = openDatabase(file);
    expect(schemaVersion(migrated)).toBeGreaterThanOrEqual(9);
    expect(getGuest(migrated, 'g1')).toMatchObject({ firstName: 'Bo', removedAt: null });
    removeGuests(migrated, ['g1'], new Date('2026-11-27T09:00:00Z'));
    expect(getGuest(migrated, 'g1')).toMatchObject({ firstName: 'Bo', removedAt: '2026-11-27T09:00:00.000Z' });
    expect(listGuests(migrated, event.id)).toEqual([]);
    logStaffEvent(migrated, 'guest-removed', 'Bo Ek', new Date('2026-11-27T09:00:00Z'));
    expect(staffLog(migrated)).toEqual([
      { at: '2026-11-27T08:00:00.000Z', kind: 'kiosk-quit', detail: '' },
      { at: '2026-11-27T09:00:00.000Z', kind: 'guest-removed', detail: 'Bo Ek' },
    ]);
    insertGuest(migrated, {
      eventId: event.id,
      code: 'asa00001',
      firstName: 'Åsa',
      lastName: 'Öhman',
      title: '',
      department: '',
      email: '',
      source: 'import',
    });
    expect(listGuests(migrated, event.id).map((guest) => guest.firstName)).toEqual(['Åsa']);
    migrated.close();
  });
});
