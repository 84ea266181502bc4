// The hub on one SQLite file: the default, enough for a venue with a handful of doors.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { PullResponse, PushResponse, SyncRecord } from '../../shared/sync-protocol';
import { HUB_SCHEMA, UPSERT_CONDITION } from './hub-schema';
import {
  DEFAULT_CODE_TTL_MINUTES,
  type HubStorage,
  newPairingCode,
  newToken,
  normalizePairingCode,
  type PairedStation,
  secretHash,
  toStoredRecords,
} from './storage';

export function openSqliteHubStorage(file: string): HubStorage {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 10000');
  db.exec(HUB_SCHEMA);

  const upsert = db.prepare(
    `INSERT INTO hub_records (type, id, event_id, origin, seq, version, payload) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (type, id) DO UPDATE SET event_id = excluded.event_id, origin = excluded.origin, seq = excluded.seq,
       version = excluded.version, payload = excluded.payload
     WHERE ${UPSERT_CONDITION}`,
  );
  const maxSeq = db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM hub_records');
  const getMeta = db.prepare('SELECT value FROM hub_meta WHERE key = ?');

  const push = db.transaction((stationId: string, records: SyncRecord[]): PushResponse => {
    const stored = toStoredRecords(stationId, records);
    // Writers are serialised by the immediate transaction, so seq order is commit order.
    let seq = (maxSeq.get() as { seq: number }).seq;
    let written = 0;
    for (const record of stored) {
      written += upsert.run(
        record.type,
        record.id,
        record.eventId,
        stationId,
        seq + 1,
        record.version,
        record.payload,
      ).changes;
      seq++;
    }
    return { stored: written, duplicates: records.length - written };
  });

  const pair = db.transaction((code: string, stationId: string, activeEventId: string | null) => {
    const used = db
      .prepare('UPDATE hub_pairing_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?')
      .run(new Date().toISOString(), secretHash(normalizePairingCode(code)), new Date().toISOString());
    if (used.changes === 0) return null;
    const token = newToken();
    db.prepare(
      `INSERT INTO hub_stations (station_id, token_hash, paired_at, revoked_at) VALUES (?, ?, ?, NULL)
       ON CONFLICT (station_id) DO UPDATE SET token_hash = excluded.token_hash, paired_at = excluded.paired_at, revoked_at = NULL`,
    ).run(stationId, secretHash(token), new Date().toISOString());
    if (activeEventId)
      db.prepare("INSERT OR IGNORE INTO hub_meta (key, value) VALUES ('event_id', ?)").run(activeEventId);
    const eventId = (getMeta.get('event_id') as { value: string } | undefined)?.value ?? null;
    return { token, eventId };
  });

  return {
    async createPairingCode(ttlMinutes = DEFAULT_CODE_TTL_MINUTES) {
      const code = newPairingCode();
      const expires = new Date(Date.now() + ttlMinutes * 60_000).toISOString();
      db.prepare('INSERT INTO hub_pairing_codes (code_hash, expires_at) VALUES (?, ?)').run(
        secretHash(normalizePairingCode(code)),
        expires,
      );
      return code;
    },
    async pair(code, stationId, activeEventId) {
      return pair.immediate(code, stationId, activeEventId);
    },
    async authenticate(token) {
      const row = db
        .prepare('SELECT station_id FROM hub_stations WHERE token_hash = ? AND revoked_at IS NULL')
        .get(secretHash(token)) as { station_id: string } | undefined;
      return row?.station_id ?? null;
    },
    async revokeStation(stationId) {
      return (
        db
          .prepare('UPDATE hub_stations SET revoked_at = ? WHERE station_id = ? AND revoked_at IS NULL')
          .run(new Date().toISOString(), stationId).changes > 0
      );
    },
    async listStations() {
      const rows = db
        .prepare('SELECT station_id, paired_at, revoked_at FROM hub_stations ORDER BY paired_at')
        .all() as { station_id: string; paired_at: string; revoked_at: string | null }[];
      return rows.map((row): PairedStation => ({
        stationId: row.station_id,
        pairedAt: row.paired_at,
        revokedAt: row.revoked_at,
      }));
    },
    async push(stationId, records) {
      return push.immediate(stationId, records);
    },
    async pull(stationId, since, limit): Promise<Omit<PullResponse, 'eventId'>> {
      const rows = db
        .prepare('SELECT seq, payload FROM hub_records WHERE seq > ? AND origin <> ? ORDER BY seq LIMIT ?')
        .all(since, stationId, limit) as { seq: number; payload: string }[];
      return {
        records: rows.map((row) => JSON.parse(row.payload) as SyncRecord),
        cursor: rows.length > 0 ? rows[rows.length - 1]!.seq : since,
        more: rows.length === limit,
      };
    },
    async activeEventId() {
      return (getMeta.get('event_id') as { value: string } | undefined)?.value ?? null;
    },
    async eventRecords(eventId) {
      const rows = db.prepare('SELECT payload FROM hub_records WHERE event_id = ? ORDER BY seq').all(eventId) as {
        payload: string;
      }[];
      return rows.map((row) => JSON.parse(row.payload) as SyncRecord);
    },
    async close() {
      db.close();
    },
  };
}
