import { randomUUID } from 'node:crypto';
import { type Db, prepared } from './database';

export function getSetting(db: Db, key: string): string | null {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setSetting(db: Db, key: string, value: string): void {
  prepared(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/** This store's station id: made once, so every event it records names the same station. */
export function stationId(db: Db): string {
  const existing = getSetting(db, 'station_id');
  if (existing) return existing;
  const id = randomUUID();
  setSetting(db, 'station_id', id);
  return id;
}
