import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion, StoreError } from '../../src/main/store/database';
import { LATEST_SCHEMA_VERSION, migrations } from '../../src/main/store/migrations';
import { appendAttendance } from '../../src/main/store/attendance';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import { eventRecord } from '../helpers/hub-records';
import { stationOn, tempDir, tempStation, tempStore } from '../helpers/temp';

const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('opening the store', () => {
  it('brings a fresh file to the latest schema, through every migration in order', () => {
    // Numbers are handed out per feature, so there may be gaps; the order must be strictly increasing.
    const versions = migrations.map((m) => m.version);
    expect(versions.every((version, index) => index === 0 || version > versions[index - 1]!)).toBe(true);
    const { db } = tempStore();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('opens an up-to-date store again without changing it', () => {
    const { db, file } = tempStore();
    db.prepare(`INSERT INTO settings VALUES ('kept', 'yes')`).run();
    db.close();
    const again = openDatabase(file);
    try {
      expect(schemaVersion(again)).toBe(LATEST_SCHEMA_VERSION);
      expect(again.prepare(`SELECT value FROM settings WHERE key = 'kept'`).get()).toEqual({ value: 'yes' });
    } finally {
      again.close();
    }
  });

  it('creates the folder of a store that does not exist yet', () => {
    const file = path.join(tempDir(), 'nested', 'deeper', 'entre.db');
    openDatabase(file).close();
    expect(fs.existsSync(file)).toBe(true);
  });

  it('refuses a store from a newer version with a clear message and leaves the file untouched', () => {
    const file = path.join(tempDir(), 'newer.db');
    const newer = new Database(file);
    newer.exec(`CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('precious')`);
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    newer.close();
    const before = digest(file);

    let error: unknown;
    try {
      openDatabase(file).close();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toBe(
      `This store was written by a newer version of Entré (schema ${LATEST_SCHEMA_VERSION + 1}; ` +
        `this version knows up to ${LATEST_SCHEMA_VERSION}). Update Entré to open it; the file was left untouched.`,
    );
    expect(digest(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('commits durably: WAL journal with synchronous=FULL, foreign keys enforced', () => {
    const { db } = tempStore();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('makes a new store and a new hub database with 16 KiB pages', async () => {
    const { db } = tempStore();
    expect(db.pragma('page_size', { simple: true })).toBe(16_384);
    const hubFile = path.join(tempDir(), 'hub.db');
    await openSqliteHubStorage(hubFile).close();
    const hub = new Database(hubFile, { readonly: true });
    expect(hub.pragma('page_size', { simple: true })).toBe(16_384);
    hub.close();
  });

  it('keeps the 4 KiB pages of a store and a hub database an earlier Entré wrote, and works in them', async () => {
    const dir = tempDir();
    // Files as an earlier Entré made them: SQLite's default page size, then WAL.
    const earlierFile = (name: string) => {
      const file = path.join(dir, name);
      const raw = new Database(file);
      raw.pragma('page_size = 4096');
      raw.pragma('journal_mode = WAL');
      raw.close();
      return file;
    };
    const file = earlierFile('entre.db');
    const { db: store, eventId, guests } = stationOn({ db: openDatabase(file), file, dir }, [{ code: 'before' }]);
    try {
      appendAttendance(store, {
        eventId,
        guestId: guests[0]!.id,
        stationId: 'door',
        kind: 'check-in',
        method: 'wedge',
      });
      expect(store.pragma('page_size', { simple: true })).toBe(4096);
      expect(store.prepare('SELECT count(*) AS n FROM attendance_events').get()).toEqual({ n: 1 });
    } finally {
      store.close();
    }
    const hubFile = earlierFile('hub.db');
    const hub = openSqliteHubStorage(hubFile);
    const record = eventRecord();
    expect(await hub.push('door', [record])).toEqual({ stored: 1, duplicates: 0 });
    expect(await hub.eventRecords(record.id)).toEqual([record]);
    await hub.close();
    const reopened = new Database(hubFile, { readonly: true });
    expect(reopened.pragma('page_size', { simple: true })).toBe(4096);
    reopened.close();
  });
});

describe('the attendance log', () => {
  it('refuses UPDATE and DELETE: it is append-only', () => {
    const { db, eventId, guests, station } = tempStation([{ code: 'abcd1234', firstName: 'Åsa', lastName: 'Ek' }]);
    const event = appendAttendance(db, {
      eventId,
      guestId: guests[0]!.id,
      stationId: station.stationId,
      kind: 'check-in',
      method: 'wedge',
    });
    expect(() => db.prepare(`UPDATE attendance_events SET method = 'staff' WHERE id = ?`).run(event.id)).toThrow(
      'the attendance log is append-only',
    );
    expect(() => db.prepare('DELETE FROM attendance_events WHERE id = ?').run(event.id)).toThrow(
      'the attendance log is append-only',
    );
    expect(() => db.prepare('DELETE FROM attendance_events').run()).toThrow('the attendance log is append-only');
    expect(db.prepare('SELECT method FROM attendance_events').all()).toEqual([{ method: 'wedge' }]);
  });

  it('refuses an event for a guest that does not exist', () => {
    const { db, eventId, station } = tempStation([]);
    expect(() =>
      appendAttendance(db, {
        eventId,
        guestId: crypto.randomUUID(),
        stationId: station.stationId,
        kind: 'check-in',
        method: 'wedge',
      }),
    ).toThrow(/FOREIGN KEY/);
  });
});
