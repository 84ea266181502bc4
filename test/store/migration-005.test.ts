import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { migrate, openDatabase, schemaVersion } from '../../src/main/store/database';
import { appendAttendance } from '../../src/main/store/attendance';
import { createEvent } from '../../src/main/store/events';
import { insertGuest, updateGuestFields } from '../../src/main/store/guests';
import { insertGuestBefore012 } from '../helpers/guests-before-012';

const tempFile = () => path.join(tempDir(), 'entre.db');

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (row) => row.name,
  );
const outbox = (db: Database.Database) =>
  db.prepare('SELECT kind, record_id FROM sync_outbox ORDER BY seq').all() as { kind: string; record_id: string }[];

const guest = (eventId: string, code: string) => ({
  eventId,
  code,
  firstName: 'Åsa',
  lastName: 'Lindqvist',
  title: '',
  department: '',
  email: `${code}@example.se`,
  source: 'import' as const,
});

describe('migration 005 (sync)', () => {
  it('adds the outbox and aliases, keeps the data, and queues what was there for the hub', () => {
    const file = tempFile();
    const db = new Database(file);
    migrate(db, 1);
    expect(tables(db)).not.toContain('sync_outbox');
    const event = createEvent(db, { name: 'Ledarforum', startsOn: null, venue: null });
    const existing = insertGuestBefore012(db, guest(event.id, 'abcd1234'));
    const checkIn = appendAttendance(db, {
      eventId: event.id,
      guestId: existing.id,
      stationId: 'door-a',
      kind: 'check-in',
      method: 'wedge',
    });
    db.close();

    const migrated = openDatabase(file);
    expect(schemaVersion(migrated)).toBeGreaterThanOrEqual(5);
    expect(tables(migrated)).toEqual(expect.arrayContaining(['sync_outbox', 'guest_aliases', 'sync_applying_remote']));
    expect(migrated.prepare('SELECT id FROM attendance_events').all()).toEqual([{ id: checkIn.id }]);
    expect(outbox(migrated)).toEqual([
      { kind: 'event', record_id: event.id },
      { kind: 'guest', record_id: existing.id },
      { kind: 'attendance', record_id: checkIn.id },
    ]);
    migrated.close();
  });

  it('queues every local write, whoever makes it, but not rows written while applying remote ones', () => {
    const db = openDatabase(tempFile());
    const event = createEvent(db, { name: 'Ledarforum', startsOn: null, venue: null });
    const local = insertGuest(db, { ...guest(event.id, 'walkin01'), source: 'walk-in' });
    updateGuestFields(db, local.id, { ...local, title: 'Rektor' });
    db.prepare('INSERT INTO sync_applying_remote (flag) VALUES (1)').run();
    insertGuest(db, guest(event.id, 'remote01'));
    db.prepare('DELETE FROM sync_applying_remote').run();
    expect(outbox(db).map((entry) => entry.kind)).toEqual(['event', 'guest', 'guest']);
    expect(new Set(outbox(db).map((entry) => entry.record_id))).toEqual(new Set([event.id, local.id]));
    db.close();
  });
});
