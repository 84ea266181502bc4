import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../../src/main/store/events';
import { listGuests } from '../../../src/main/store/guests';
import { insertGuestBefore012 } from '../../helpers/guests-before-012';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function storeAtVersion(version: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-migration-'));
  dirs.push(dir);
  const db = new Database(path.join(dir, 'entre.db'));
  migrate(db, version);
  return db;
}

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (row) => row.name,
  );

describe('migration 002: invitation keys', () => {
  it('adds the key and revocation tables and keeps the guests', () => {
    const db = storeAtVersion(1);
    const event = createEvent(db, { name: 'Ledarforum', startsOn: '2026-03-12', venue: 'Stadshuset' });
    setActiveEvent(db, event.id);
    const fields = { firstName: 'Åsa', lastName: 'Lindqvist', title: 'Chef', department: 'Soc', email: '' };
    insertGuestBefore012(db, { ...fields, eventId: event.id, code: 'abcd1234', source: 'import' });
    expect(tables(db)).not.toContain('event_keys');

    migrate(db, 2);

    expect(schemaVersion(db)).toBe(2);
    expect(tables(db)).toEqual(expect.arrayContaining(['event_keys', 'invitation_revocations']));
    migrate(db); // the store's queries expect the latest schema
    expect(listGuests(db, event.id)).toMatchObject([{ ...fields, code: 'abcd1234' }]);
    expect(() =>
      db
        .prepare('INSERT INTO event_keys (key_id, event_id, public_key, created_at) VALUES (?, ?, ?, ?)')
        .run('k', 'no-such-event', 'pem', 'now'),
    ).toThrow(/FOREIGN KEY|constraint/i);
    db.close();
  });
});
