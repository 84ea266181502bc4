// Temporary folders and stores on real files, removed when the test that made them ends.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { openDatabase, type Db } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { type Guest, type GuestFields, insertGuest } from '../../src/main/store/guests';
import { stationId } from '../../src/main/store/settings';
import type { Station } from '../../src/main/kiosk/check-in';

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-test-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TempStore {
  db: Db;
  file: string;
  dir: string;
}

/** A freshly migrated store in its own temporary folder. */
export function tempStore(): TempStore {
  const dir = tempDir();
  const file = path.join(dir, 'entre.db');
  const db = openDatabase(file);
  onTestFinished(() => {
    if (db.open) db.close();
  });
  return { db, file, dir };
}

export type TestGuest = Partial<GuestFields> & { code: string };

/** A store with an active event holding the given guests, opened as a station. */
export function tempStation(guests: TestGuest[]): TempStore & { station: Station; eventId: string; guests: Guest[] } {
  return stationOn(tempStore(), guests);
}

/** `store` given an active event holding the given guests, opened as a station. */
export function stationOn(
  store: TempStore,
  guests: TestGuest[],
): TempStore & { station: Station; eventId: string; guests: Guest[] } {
  const event = createEvent(store.db, { name: 'Ledarforum', startsOn: '2026-03-12', venue: null });
  setActiveEvent(store.db, event.id);
  const inserted = guests.map((guest) =>
    insertGuest(store.db, {
      firstName: '',
      lastName: '',
      title: '',
      department: '',
      email: '',
      ...guest,
      eventId: event.id,
      source: 'import',
    }),
  );
  return { ...store, station: { db: store.db, stationId: stationId(store.db) }, eventId: event.id, guests: inserted };
}

/** Runs fn with process.env.TZ set, restoring the previous zone afterwards. */
export function inTimeZone<T>(zone: string, fn: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

export const WALL_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
