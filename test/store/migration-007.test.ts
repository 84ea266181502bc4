import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { migrate, openDatabase, schemaVersion } from '../../src/main/store/database';
import { appendAttendance } from '../../src/main/store/attendance';
import { createEvent } from '../../src/main/store/events';
import { insertGuest, searchGuests } from '../../src/main/store/guests';
import { insertPrintJob } from '../../src/main/store/print-jobs';
import { listChecksAsComparisons } from '../../src/main/store/migrations/007-checks-without-lists';

const REBUILT = ['guests', 'sync_outbox', 'print_jobs', 'staff_log'];

const schemaOf = (db: Database.Database, table: string) =>
  db.prepare('SELECT type, name FROM sqlite_schema WHERE tbl_name = ? ORDER BY type, name').all(table);
const createSqlOf = (db: Database.Database, table: string) =>
  (db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) as { sql: string }).sql;
const rowsOf = (db: Database.Database, table: string) =>
  db.prepare(`SELECT rowid, * FROM ${table} ORDER BY rowid`).all();

/** Columns later migrations add to the rows, at their defaults (009: guests.removed_at). */
const withLaterColumns = (row: unknown) =>
  typeof row === 'object' && row !== null && 'search_text' in row ? { ...row, removed_at: null } : row;

describe('migration 007 (checks without lists)', () => {
  it('rewrites only lists of quoted constants', () => {
    expect(listChecksAsComparisons("kind TEXT CHECK (kind IN ('a', 'b-c', 'd'))")).toBe(
      "kind TEXT CHECK ((kind = 'a' OR kind = 'b-c' OR kind = 'd'))",
    );
    expect(listChecksAsComparisons('flagged INTEGER CHECK (flagged IN (0, 1))')).toBe(
      'flagged INTEGER CHECK (flagged IN (0, 1))',
    );
  });

  it('keeps every row, rowid, index, trigger and counter, and the checks still refuse bad values', () => {
    const file = path.join(tempDir(), 'entre.db');
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(db, 5);
    const event = createEvent(db, { name: 'Ledarforum', startsOn: null, venue: null });
    const guests = ['Åsa Öhman', 'Björn Pålsson', 'Märta Ek'].map((name, i) =>
      insertGuest(db, {
        eventId: event.id,
        code: `code${i}`,
        firstName: name.split(' ')[0]!,
        lastName: name.split(' ')[1]!,
        title: 'Chef',
        department: 'Socialförvaltningen',
        email: `g${i}@kommun.example`,
        source: 'import',
      }),
    );
    db.prepare('DELETE FROM guests WHERE id = ?').run(guests[1]!.id); // a gap in the rowids
    appendAttendance(db, {
      eventId: event.id,
      guestId: guests[0]!.id,
      stationId: 'door-a',
      kind: 'check-in',
      method: 'wedge',
    });
    insertPrintJob(db, { eventId: event.id, guestId: guests[0]!.id, stationId: 'door-a', reason: 'check-in' });
    db.prepare("INSERT INTO staff_log (at, kind, detail) VALUES ('2026-11-27T08:00:00Z', 'unlock', '')").run();
    const before = Object.fromEntries(
      REBUILT.map((table) => [table, { rows: rowsOf(db, table), schema: schemaOf(db, table) }]),
    );
    // The outbox was sent and emptied: its numbering must still continue, not restart.
    const lastSeq = (db.prepare('SELECT max(seq) AS seq FROM sync_outbox').get() as { seq: number }).seq;
    db.prepare('DELETE FROM sync_outbox').run();
    db.close();

    const migrated = openDatabase(file);
    expect(schemaVersion(migrated)).toBeGreaterThanOrEqual(7);
    for (const table of REBUILT) {
      expect(createSqlOf(migrated, table)).not.toMatch(/ IN \('/);
      expect(schemaOf(migrated, table)).toEqual(before[table]!.schema);
      if (table !== 'sync_outbox') expect(rowsOf(migrated, table)).toEqual(before[table]!.rows.map(withLaterColumns));
    }
    expect(migrated.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(migrated.pragma('foreign_keys', { simple: true })).toBe(1);

    // Search still finds guests by the rowids the index holds; triggers still feed index and outbox.
    expect(searchGuests(migrated, event.id, 'ohman').map((guest) => guest.id)).toEqual([guests[0]!.id]);
    const added = insertGuest(migrated, {
      eventId: event.id,
      code: 'code9',
      firstName: 'Zeynep',
      lastName: 'Ärlig',
      title: '',
      department: '',
      email: '',
      source: 'walk-in',
    });
    expect(searchGuests(migrated, event.id, 'arlig').map((guest) => guest.id)).toEqual([added.id]);
    const queued = migrated.prepare('SELECT seq, kind, record_id FROM sync_outbox').all() as { seq: number }[];
    expect(queued).toEqual([{ seq: lastSeq + 1, kind: 'guest', record_id: added.id }]);

    expect(() => migrated.prepare("UPDATE guests SET source = 'smuggled' WHERE id = ?").run(added.id)).toThrow(
      /CHECK constraint failed/,
    );
    expect(() => migrated.prepare("INSERT INTO sync_outbox (kind, record_id) VALUES ('other', 'x')").run()).toThrow(
      /CHECK constraint failed/,
    );
    expect(() =>
      migrated.prepare("INSERT INTO staff_log (at, kind, detail) VALUES ('now', 'party', '')").run(),
    ).toThrow(/CHECK constraint failed/);
    migrated.close();
  });
});
