import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion, type Db } from '../../src/main/store/database';
import { createEvent } from '../../src/main/store/events';
import { insertGuestBefore012 } from '../helpers/guests-before-012';
import { migrations } from '../../src/main/store/migrations';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const tables = (db: Db) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (row) => row.name,
  );

it('migration 003 adds badge designs and the print queue, keeping every guest and check-in', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-m003-'));
  dirs.push(dir);
  const file = path.join(dir, 'entre.db');
  const before = migrations.filter((m) => m.version < 3).at(-1)!.version;

  // A store as the version before this one left it, with guests in it.
  const raw = new Database(file);
  migrate(raw, before);
  const event = createEvent(raw, { name: 'Ledarforum', startsOn: null, venue: null });
  for (const [firstName, lastName] of [
    ['Åsa', 'Öhman'],
    ['Bo', 'Ek'],
  ] as const)
    insertGuestBefore012(raw, {
      eventId: event.id,
      code: `${firstName}${lastName}`.toLowerCase(),
      firstName,
      lastName,
      title: '',
      department: 'Skola',
      email: '',
      source: 'import',
    });
  const GUEST_FIELDS =
    'SELECT id, event_id, code, first_name, last_name, title, department, email FROM guests ORDER BY id';
  const guestsBefore = raw.prepare(GUEST_FIELDS).all();
  expect(tables(raw)).not.toContain('print_jobs');
  expect(tables(raw)).not.toContain('badge_designs');
  raw.close();

  const upgraded = openDatabase(file);
  expect(schemaVersion(upgraded)).toBeGreaterThanOrEqual(3);
  expect(tables(upgraded)).toEqual(expect.arrayContaining(['print_jobs', 'badge_designs']));
  expect(upgraded.prepare(GUEST_FIELDS).all()).toEqual(guestsBefore);
  // The queue accepts only the states and reasons the worker knows.
  const guest = upgraded.prepare('SELECT id, event_id FROM guests LIMIT 1').get() as { id: string; event_id: string };
  const insert = upgraded.prepare(
    `INSERT INTO print_jobs (id, event_id, guest_id, station_id, reason, copy, state, created_at, updated_at)
     VALUES (?, ?, ?, 's', ?, 1, ?, 't', 't')`,
  );
  insert.run('a', guest.event_id, guest.id, 'check-in', 'queued');
  expect(() => insert.run('b', guest.event_id, guest.id, 'check-in', 'lost')).toThrow(/CHECK/);
  expect(() => insert.run('c', guest.event_id, guest.id, 'whim', 'queued')).toThrow(/CHECK/);
  upgraded.close();
});
