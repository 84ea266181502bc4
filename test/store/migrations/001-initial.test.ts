import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/store/database';
import { initialSchema } from '../../../src/main/store/migrations/001-initial';
import { tempDir } from '../../helpers/temp';

/** A blank SQLite file brought to schema 1 only. */
function atVersion1() {
  const db = new Database(path.join(tempDir(), 'v1.db'));
  migrate(db, initialSchema.version);
  return db;
}

const insertEvent = (db: Database.Database) =>
  db.prepare(`INSERT INTO events VALUES ('e1', 'Ledarforum', NULL, NULL, '2026-03-12T08:00:00Z')`).run();
const insertGuest = (db: Database.Database, id: string, code: string, searchText: string) =>
  db
    .prepare(
      `INSERT INTO guests (id, event_id, code, first_name, last_name, search_text, source, created_at, updated_at)
       VALUES (?, 'e1', ?, 'x', 'y', ?, 'import', 'now', 'now')`,
    )
    .run(id, code, searchText);

describe('migration 001: initial schema', () => {
  it('is version 1 and creates settings, events, guests, the search index and the attendance log', () => {
    const db = atVersion1();
    try {
      expect(initialSchema.version).toBe(1);
      expect(schemaVersion(db)).toBe(1);
      const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map(
        (row) => row.name,
      );
      expect(names).toEqual(
        expect.arrayContaining(['settings', 'events', 'guests', 'guest_search', 'attendance_events']),
      );
    } finally {
      db.close();
    }
  });

  it('keeps one invitation code per guest within an event', () => {
    const db = atVersion1();
    try {
      insertEvent(db);
      insertGuest(db, 'g1', 'abcd1234', 'anna palsson');
      expect(() => insertGuest(db, 'g2', 'abcd1234', 'bo ek')).toThrow(/UNIQUE/);
    } finally {
      db.close();
    }
  });

  it('keeps the trigram name index in step with inserts, renames and deletes', () => {
    const db = atVersion1();
    try {
      insertEvent(db);
      insertGuest(db, 'g1', 'abcd1234', 'anna palsson');
      const hits = (query: string) =>
        (db.prepare('SELECT rowid FROM guest_search WHERE guest_search MATCH ?').all(query) as unknown[]).length;
      expect(hits('"pals"')).toBe(1);
      db.prepare(`UPDATE guests SET search_text = 'anna lindqvist' WHERE id = 'g1'`).run();
      expect(hits('"pals"')).toBe(0);
      expect(hits('"lindq"')).toBe(1);
      db.prepare(`DELETE FROM guests WHERE id = 'g1'`).run();
      expect(hits('"lindq"')).toBe(0);
    } finally {
      db.close();
    }
  });

  it('refuses a guest from an unknown source and an attendance event of an unknown kind', () => {
    const db = atVersion1();
    try {
      insertEvent(db);
      expect(() =>
        db
          .prepare(
            `INSERT INTO guests (id, event_id, code, first_name, last_name, search_text, source, created_at, updated_at)
             VALUES ('g9', 'e1', 'zzzz9999', 'x', 'y', 'x y', 'hacker', 'now', 'now')`,
          )
          .run(),
      ).toThrow(/CHECK/);
      insertGuest(db, 'g1', 'abcd1234', 'anna palsson');
      expect(() =>
        db
          .prepare(
            `INSERT INTO attendance_events VALUES ('a1', 'e1', 'g1', 's1', 'delete-all', 'wedge', 'now', 'hlc-1')`,
          )
          .run(),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
