import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { migrate, openDatabase, schemaVersion } from '../../src/main/store/database';
import { createEvent } from '../../src/main/store/events';
import { insertGuestBefore012 } from '../helpers/guests-before-012';
import { logStaffEvent, staffLog } from '../../src/main/staff/staff-log';
import { guestPhoto, saveGuestPhoto } from '../../src/main/store/photos';
import { FACE_JPEG } from '../photos/fixtures';

describe('migration 010 (guest photos)', () => {
  it('keeps the outbox and the door log, and queues a photo and records its consent', () => {
    const file = path.join(tempDir(), 'entre.db');
    const db = new Database(file);
    migrate(db, 8);
    const event = createEvent(db, { name: 'Ledarforum', startsOn: null, venue: null });
    const guest = insertGuestBefore012(db, {
      eventId: event.id,
      code: 'anna0001',
      firstName: 'Anna',
      lastName: 'Berg',
      title: '',
      department: '',
      email: '',
      source: 'import',
    });
    logStaffEvent(db, 'unlock', '', new Date('2026-11-27T08:00:00Z'));
    const outboxBefore = db.prepare('SELECT seq, kind, record_id FROM sync_outbox ORDER BY seq').all();
    expect(() => db.prepare("INSERT INTO sync_outbox (kind, record_id) VALUES ('photo', 'x')").run()).toThrow(
      /CHECK constraint failed/,
    );
    db.close();

    const migrated = openDatabase(file);
    expect(schemaVersion(migrated)).toBeGreaterThanOrEqual(10);
    expect(migrated.prepare('SELECT seq, kind, record_id FROM sync_outbox ORDER BY seq').all()).toEqual(outboxBefore);
    saveGuestPhoto(migrated, guest.id, FACE_JPEG, new Date('2026-11-27T08:01:00Z'));
    expect(guestPhoto(migrated, guest.id)!.jpeg.equals(FACE_JPEG)).toBe(true);
    expect(migrated.prepare("SELECT record_id FROM sync_outbox WHERE kind = 'photo'").all()).toEqual([
      { record_id: guest.id },
    ]);
    expect(staffLog(migrated)).toEqual([
      { at: '2026-11-27T08:00:00.000Z', kind: 'unlock', detail: '' },
      { at: '2026-11-27T08:01:00.000Z', kind: 'photo-consent', detail: guest.id },
    ]);
    // The table itself bounds a picture's size, whoever writes it.
    expect(() =>
      migrated
        .prepare(
          "INSERT INTO guest_photos (guest_id, event_id, jpeg, taken_at, updated_at) VALUES (?, ?, ?, 'now', 'now')",
        )
        .run(guest.id, event.id, Buffer.alloc(40 * 1024 + 1)),
    ).toThrow(/CHECK constraint failed/);
    migrated.close();
  });
});
