// The hub on one SQLite file: the default, enough for a venue with a handful of doors.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { LinkDecision } from '../../shared/forums';
import { PAGE_SIZE_OF_NEW_FILES } from '../store/page-size';
import type { PushResponse, SyncRecord } from '../../shared/sync-protocol';
import {
  EVENT_LATEST_SEQ,
  HUB_SCHEMA,
  HUB_SCHEMA_VERSION,
  LIST_EVENTS,
  pendingUpgrades,
  PULL_ROWS,
  READ_SCHEMA_VERSION,
  UPSERT_CONDITION,
  UPSERT_LINK_DECISION,
  WRITE_SCHEMA_VERSION,
} from './hub-schema';
import {
  DEFAULT_CODE_TTL_MINUTES,
  hubEventsOf,
  type HubStorage,
  newPairingCode,
  newToken,
  normalizePairingCode,
  type PairedStation,
  pullPage,
  secretHash,
  toStoredRecords,
} from './storage';

/** The hub's shared SQL, written for PostgreSQL, with SQLite's placeholders (every $n in order). */
const sqliteParameters = (sql: string): string => sql.replace(/\$\d+/g, '?');

/** Records per upsert statement: 500 of 7 values each stay far below SQLite's 32766 bound values. */
const UPSERT_ROWS = 500;

export function openSqliteHubStorage(file: string): HubStorage {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  // Before the first write: only a new hub database takes it.
  db.pragma(`page_size = ${PAGE_SIZE_OF_NEW_FILES}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // A replaced record (a purged guest, a withdrawn photo) is overwritten with zeros, not left in free space.
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 10000');
  db.transaction(() => {
    db.exec(HUB_SCHEMA);
    const version = db.prepare(READ_SCHEMA_VERSION).get() as { value: string } | undefined;
    for (const upgrade of pendingUpgrades(version?.value)) db.exec(upgrade);
    db.prepare(sqliteParameters(WRITE_SCHEMA_VERSION)).run(String(HUB_SCHEMA_VERSION));
  }).immediate();

  // Several hundred records per statement: with random ids one statement per record cost more than the
  // writing itself (with time-ordered ids the two now measure alike, docs/performance.md).
  const upsertSql = (rows: number) =>
    `INSERT INTO hub_records (type, id, event_id, origin, seq, version, payload)
     VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}
     ON CONFLICT (type, id) DO UPDATE SET event_id = excluded.event_id, origin = excluded.origin, seq = excluded.seq,
       version = excluded.version, payload = excluded.payload
     WHERE ${UPSERT_CONDITION}`;
  const upsertStatements = new Map<number, Database.Statement>();
  const upsert = (rows: number) => {
    let statement = upsertStatements.get(rows);
    if (!statement) upsertStatements.set(rows, (statement = db.prepare(upsertSql(rows))));
    return statement;
  };
  const maxSeq = db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM hub_records');

  const push = db.transaction((stationId: string, records: SyncRecord[]): PushResponse => {
    const stored = toStoredRecords(stationId, records);
    // Writers are serialised by the immediate transaction, so seq order is commit order.
    const base = (maxSeq.get() as { seq: number }).seq;
    let written = 0;
    for (let start = 0; start < stored.length; start += UPSERT_ROWS) {
      const chunk = stored.slice(start, start + UPSERT_ROWS);
      const values = chunk.flatMap((record, index) => [
        record.type,
        record.id,
        record.eventId,
        stationId,
        base + start + index + 1,
        record.version,
        record.payload,
      ]);
      written += upsert(chunk.length).run(values).changes;
    }
    return { stored: written, duplicates: records.length - written };
  });

  // One read transaction: the page and the event's latest seq from the same snapshot.
  const pull = db.transaction((eventId: string, stationId: string, since: number, limit: number) => {
    const rows = pullRows.all(eventId, since, stationId, limit) as { seq: number; type: string; payload: string }[];
    return pullPage(rows, since, limit, (eventLatestSeq.get(eventId) as { seq: number }).seq);
  });
  const pullRows = db.prepare(sqliteParameters(PULL_ROWS));
  const eventLatestSeq = db.prepare(sqliteParameters(EVENT_LATEST_SEQ));

  const pair = db.transaction((code: string, stationId: string, eventId: string | null) => {
    const used = db
      .prepare('UPDATE hub_pairing_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?')
      .run(new Date().toISOString(), secretHash(normalizePairingCode(code)), new Date().toISOString());
    if (used.changes === 0) return null;
    const token = newToken();
    db.prepare(
      `INSERT INTO hub_stations (station_id, token_hash, paired_at, revoked_at, event_id) VALUES (?, ?, ?, NULL, ?)
       ON CONFLICT (station_id) DO UPDATE SET token_hash = excluded.token_hash, paired_at = excluded.paired_at,
         revoked_at = NULL, event_id = excluded.event_id`,
    ).run(stationId, secretHash(token), new Date().toISOString(), eventId);
    return { token };
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
    async pairingCodeValid(code) {
      const now = new Date().toISOString();
      return (
        db
          .prepare('SELECT 1 FROM hub_pairing_codes WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?')
          .get(secretHash(normalizePairingCode(code)), now) !== undefined
      );
    },
    async pair(code, stationId, eventId) {
      return pair.immediate(code, stationId, eventId);
    },
    async authenticate(token) {
      const row = db
        .prepare('SELECT station_id, event_id, name FROM hub_stations WHERE token_hash = ? AND revoked_at IS NULL')
        .get(secretHash(token)) as { station_id: string; event_id: string | null; name: string | null } | undefined;
      return row ? { stationId: row.station_id, eventId: row.event_id, name: row.name } : null;
    },
    async bindStation(stationId, eventId) {
      const row = db
        .prepare('UPDATE hub_stations SET event_id = coalesce(event_id, ?) WHERE station_id = ? RETURNING event_id')
        .get(eventId, stationId) as { event_id: string };
      return row.event_id;
    },
    async revokeStation(stationId) {
      return (
        db
          .prepare('UPDATE hub_stations SET revoked_at = ? WHERE station_id = ? AND revoked_at IS NULL')
          .run(new Date().toISOString(), stationId).changes > 0
      );
    },
    async nameStation(stationId, name) {
      db.prepare('UPDATE hub_stations SET name = ? WHERE station_id = ?').run(name, stationId);
    },
    async listStations() {
      const rows = db
        .prepare('SELECT station_id, event_id, paired_at, revoked_at, name FROM hub_stations ORDER BY paired_at')
        .all() as {
        station_id: string;
        event_id: string | null;
        paired_at: string;
        revoked_at: string | null;
        name: string | null;
      }[];
      return rows.map((row): PairedStation => ({
        stationId: row.station_id,
        eventId: row.event_id,
        pairedAt: row.paired_at,
        revokedAt: row.revoked_at,
        name: row.name,
      }));
    },
    async listEvents() {
      return hubEventsOf(db.prepare(LIST_EVENTS).all() as Parameters<typeof hubEventsOf>[0]);
    },
    async push(stationId, records) {
      return push.immediate(stationId, records);
    },
    async pull(eventId, stationId, since, limit) {
      return pull.deferred(eventId, stationId, since, limit);
    },
    async eventRecords(eventId) {
      const rows = db.prepare('SELECT payload FROM hub_records WHERE event_id = ? ORDER BY seq').all(eventId) as {
        payload: string;
      }[];
      return rows.map((row) => JSON.parse(row.payload) as SyncRecord);
    },
    async linkDecisions() {
      const rows = db.prepare('SELECT pair_id, decision FROM hub_link_decisions').all() as {
        pair_id: string;
        decision: LinkDecision;
      }[];
      return new Map(rows.map((row) => [row.pair_id, row.decision]));
    },
    async decideLinks(pairIds, decision, eventId, decidedAt) {
      const upsert = db.prepare(sqliteParameters(UPSERT_LINK_DECISION));
      db.transaction(() => {
        for (const pairId of pairIds) upsert.run(pairId, decision, eventId, decidedAt);
      }).immediate();
    },
    async forgetLinkDecisions(pairIds) {
      const remove = db.prepare('DELETE FROM hub_link_decisions WHERE pair_id = ?');
      db.transaction(() => {
        for (const pairId of pairIds) remove.run(pairId);
      }).immediate();
    },
    async close() {
      db.close();
    },
  };
}
