// The hub on PostgreSQL: several hub processes can share one database. Pushes take a transaction-
// scoped advisory lock, so change numbers are handed out in commit order and no pull skips one.
import pg from 'pg';
import type { LinkDecision } from '../../shared/forums';
import type { SyncRecord } from '../../shared/sync-protocol';
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
  pullPage,
  secretHash,
  type StoredRecord,
  toStoredRecords,
} from './storage';

const WRITE_LOCK = 'SELECT pg_advisory_xact_lock(6006006)';

/**
 * A pull's rows and the event's latest seq in one statement, so in one snapshot and one round trip (a
 * transaction took four for every door's pull, every few seconds). The latest seq comes on every row,
 * and alone, with the page's columns null, when the page is empty.
 */
const PULL_PAGE = `SELECT latest.seq AS latest_seq, page.seq, page.type, page.payload
  FROM (${EVENT_LATEST_SEQ}) latest LEFT JOIN LATERAL (${PULL_ROWS}) page ON true ORDER BY page.seq`;

export async function openPostgresHubStorage(url: string): Promise<HubStorage> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  await transaction(pool, async (client) => {
    // Two hubs starting at once must not both create or upgrade the tables.
    await client.query(WRITE_LOCK);
    await client.query(HUB_SCHEMA);
    const version = (await client.query(READ_SCHEMA_VERSION)).rows[0]?.value as string | undefined;
    for (const upgrade of pendingUpgrades(version)) await client.query(upgrade);
    await client.query(WRITE_SCHEMA_VERSION, [String(HUB_SCHEMA_VERSION)]);
  });

  return {
    async createPairingCode(ttlMinutes = DEFAULT_CODE_TTL_MINUTES) {
      const code = newPairingCode();
      const expires = new Date(Date.now() + ttlMinutes * 60_000).toISOString();
      await pool.query('INSERT INTO hub_pairing_codes (code_hash, expires_at) VALUES ($1, $2)', [
        secretHash(normalizePairingCode(code)),
        expires,
      ]);
      return code;
    },
    async pairingCodeValid(code) {
      const result = await pool.query(
        'SELECT 1 FROM hub_pairing_codes WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2',
        [secretHash(normalizePairingCode(code)), new Date().toISOString()],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async pair(code, stationId, eventId) {
      return transaction(pool, async (client) => {
        const now = new Date().toISOString();
        const used = await client.query(
          'UPDATE hub_pairing_codes SET used_at = $1 WHERE code_hash = $2 AND used_at IS NULL AND expires_at > $1',
          [now, secretHash(normalizePairingCode(code))],
        );
        if (used.rowCount === 0) return null;
        const token = newToken();
        await client.query(
          `INSERT INTO hub_stations (station_id, token_hash, paired_at, revoked_at, event_id) VALUES ($1, $2, $3, NULL, $4)
           ON CONFLICT (station_id) DO UPDATE SET token_hash = excluded.token_hash, paired_at = excluded.paired_at,
             revoked_at = NULL, event_id = excluded.event_id`,
          [stationId, secretHash(token), now, eventId],
        );
        return { token };
      });
    },
    async authenticate(token) {
      const result = await pool.query(
        'SELECT station_id, event_id, name FROM hub_stations WHERE token_hash = $1 AND revoked_at IS NULL',
        [secretHash(token)],
      );
      const row = result.rows[0] as { station_id: string; event_id: string | null; name: string | null } | undefined;
      return row ? { stationId: row.station_id, eventId: row.event_id, name: row.name } : null;
    },
    async bindStation(stationId, eventId) {
      const result = await pool.query(
        `UPDATE hub_stations SET event_id = coalesce(event_id, $1) WHERE station_id = $2 RETURNING event_id`,
        [eventId, stationId],
      );
      return result.rows[0].event_id as string;
    },
    async revokeStation(stationId) {
      const result = await pool.query(
        'UPDATE hub_stations SET revoked_at = $1 WHERE station_id = $2 AND revoked_at IS NULL',
        [new Date().toISOString(), stationId],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async nameStation(stationId, name) {
      await pool.query('UPDATE hub_stations SET name = $1 WHERE station_id = $2', [name, stationId]);
    },
    async listStations() {
      const result = await pool.query(
        'SELECT station_id, event_id, paired_at, revoked_at, name FROM hub_stations ORDER BY paired_at',
      );
      return result.rows.map((row) => ({
        stationId: row.station_id,
        eventId: row.event_id,
        pairedAt: row.paired_at,
        revokedAt: row.revoked_at,
        name: row.name,
      }));
    },
    async listEvents() {
      return hubEventsOf((await pool.query(LIST_EVENTS)).rows);
    },
    async push(stationId, records) {
      const stored = toStoredRecords(stationId, records);
      return transaction(pool, async (client) => {
        await client.query(WRITE_LOCK);
        const base = Number((await client.query('SELECT coalesce(max(seq), 0) AS seq FROM hub_records')).rows[0].seq);
        // One statement per batch, each column one text parameter of lines that PostgreSQL splits in C
        // (pg quoting text arrays element by element, and json_to_recordset reading one JSON parameter,
        // each cost twice as much). A line break in a value would shift every later record's columns: the
        // schema refuses them in ids and times, JSON.stringify escapes them in payloads, and the hub's own
        // records (forum marks), which skip the schema, are checked here like any other.
        const column = (value: (record: StoredRecord) => string) => {
          const values = stored.map(value);
          if (values.some((text) => text.includes('\n')))
            throw new Error('A record id or version holds a line break; the PostgreSQL hub cannot store it.');
          return values.join('\n');
        };
        const result = await client.query(
          `INSERT INTO hub_records (type, id, event_id, origin, seq, version, payload)
           SELECT r.type, r.id, r.event_id, $6, $7 + r.n, coalesce(r.version, ''), r.payload
           FROM unnest(string_to_array($1, E'\\n'), string_to_array($2, E'\\n'), string_to_array($3, E'\\n'),
                       string_to_array($4, E'\\n'), string_to_array($5, E'\\n'))
             WITH ORDINALITY AS r(type, id, event_id, version, payload, n)
           ON CONFLICT (type, id) DO UPDATE SET event_id = excluded.event_id, origin = excluded.origin,
             seq = excluded.seq, version = excluded.version, payload = excluded.payload
           WHERE ${UPSERT_CONDITION}`,
          [
            column((record) => record.type),
            column((record) => record.id),
            column((record) => record.eventId),
            // A lone record's empty version is an empty array, which unnest pads with NULL (coalesce above).
            column((record) => record.version),
            column((record) => record.payload),
            stationId,
            base,
          ],
        );
        const written = result.rowCount ?? 0;
        return { stored: written, duplicates: records.length - written };
      });
    },
    async pull(eventId, stationId, since, limit) {
      const result = await pool.query(PULL_PAGE, [eventId, since, stationId, limit]);
      const rows = result.rows as { latest_seq: string; seq: string | null; type: string; payload: string }[];
      const page = rows.filter((row): row is (typeof rows)[number] & { seq: string } => row.seq !== null);
      return pullPage(page, since, limit, rows[0]!.latest_seq);
    },
    async eventRecords(eventId) {
      const result = await pool.query('SELECT payload FROM hub_records WHERE event_id = $1 ORDER BY seq', [eventId]);
      return result.rows.map((row) => JSON.parse(row.payload as string) as SyncRecord);
    },
    async linkDecisions() {
      const result = await pool.query('SELECT pair_id, decision FROM hub_link_decisions');
      return new Map(result.rows.map((row) => [row.pair_id as string, row.decision as LinkDecision]));
    },
    async decideLinks(pairIds, decision, eventId, decidedAt) {
      await transaction(pool, async (client) => {
        for (const pairId of pairIds) await client.query(UPSERT_LINK_DECISION, [pairId, decision, eventId, decidedAt]);
      });
    },
    async forgetLinkDecisions(pairIds) {
      await pool.query('DELETE FROM hub_link_decisions WHERE pair_id = ANY($1)', [pairIds]);
    },
    async close() {
      await pool.end();
    },
  };
}

async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
