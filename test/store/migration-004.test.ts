import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/main/store/database';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const columns = (db: Database.Database, table: string) =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

describe('migration 004 (staff mode)', () => {
  it('adds the staff log, the guest flag and event retention, keeping the data', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-mig-'));
    const db = new Database(path.join(dir, 'entre.db'));
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    db.prepare("INSERT INTO events (id, name, created_at) VALUES ('e1', 'Forum', '2026-01-01')").run();
    db.prepare(
      `INSERT INTO guests (id, event_id, code, first_name, last_name, search_text, source, created_at, updated_at)
       VALUES ('g1', 'e1', 'abcd1234', 'Åsa', 'Lind', 'asa lind', 'import', 'x', 'x')`,
    ).run();
    expect(columns(db, 'guests')).not.toContain('flagged');

    migrate(db, 4);
    expect(schemaVersion(db)).toBe(4);
    expect(columns(db, 'guests')).toContain('flagged');
    expect(columns(db, 'events')).toEqual(expect.arrayContaining(['retention_days', 'last_exported_at', 'purged_at']));
    expect(columns(db, 'staff_log')).toEqual(['id', 'at', 'kind', 'detail']);
    expect(db.prepare('SELECT first_name, flagged FROM guests').get()).toEqual({ first_name: 'Åsa', flagged: 0 });
    expect(() => db.prepare("INSERT INTO staff_log (at, kind) VALUES ('x', 'nonsense')").run()).toThrow(/CHECK/);
    db.close();
  });
});
