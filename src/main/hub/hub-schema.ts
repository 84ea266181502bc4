// The hub's tables, the same for SQLite and PostgreSQL (types both accept). HUB_SCHEMA is version 1,
// exactly as the first hubs created it; every hub then climbs through HUB_UPGRADES, so a fresh
// database and one an older hub wrote end up the same. The version is kept in hub_meta.

/** Version 1: one event per hub (kept in hub_meta 'event_id'). */
export const HUB_SCHEMA = `
  CREATE TABLE IF NOT EXISTS hub_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS hub_pairing_codes (
    code_hash  TEXT PRIMARY KEY,
    expires_at TEXT NOT NULL,
    used_at    TEXT
  );
  CREATE TABLE IF NOT EXISTS hub_stations (
    station_id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    paired_at  TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE TABLE IF NOT EXISTS hub_records (
    type     TEXT NOT NULL,
    id       TEXT NOT NULL,
    event_id TEXT NOT NULL,
    origin   TEXT NOT NULL,
    seq      BIGINT NOT NULL,
    version  TEXT NOT NULL,
    payload  TEXT NOT NULL,
    PRIMARY KEY (type, id)
  );
  CREATE UNIQUE INDEX IF NOT EXISTS hub_records_by_seq ON hub_records (seq);
  CREATE INDEX IF NOT EXISTS hub_records_by_event ON hub_records (event_id);
`;

/** HUB_UPGRADES[i] takes a hub from version i + 1 to i + 2. Plain SQL that both databases run. */
export const HUB_UPGRADES: readonly string[] = [
  // 2: several events per hub. Each station serves one event; the stations of a single-event hub
  // serve the event it had.
  `ALTER TABLE hub_stations ADD COLUMN event_id TEXT;
   UPDATE hub_stations SET event_id = (SELECT value FROM hub_meta WHERE key = 'event_id');
   DELETE FROM hub_meta WHERE key = 'event_id';
   CREATE INDEX hub_records_by_event_seq ON hub_records (event_id, seq);
   DROP INDEX hub_records_by_event;`,
  // 3: the name staff gave each station (sent with its sync requests), for the merged attendance.
  `ALTER TABLE hub_stations ADD COLUMN name TEXT;`,
  // 4: staff's answers to "maybe one person" (docs/forums.md), one per pair of people, under an id
  // that names nobody; event_id is the forum of the station that answered.
  `CREATE TABLE hub_link_decisions (
     pair_id    TEXT PRIMARY KEY,
     decision   TEXT NOT NULL,
     event_id   TEXT NOT NULL,
     decided_at TEXT NOT NULL
   );`,
];
export const HUB_SCHEMA_VERSION = HUB_UPGRADES.length + 1;

export const READ_SCHEMA_VERSION = "SELECT value FROM hub_meta WHERE key = 'schema_version'";
export const WRITE_SCHEMA_VERSION = `INSERT INTO hub_meta (key, value) VALUES ('schema_version', $1)
  ON CONFLICT (key) DO UPDATE SET value = excluded.value`;

/** The upgrades a hub at `version` (a missing version is 1) still needs, in order. */
export function pendingUpgrades(version: string | undefined): string[] {
  const current = version ? Number(version) : 1;
  if (!Number.isInteger(current) || current < 1 || current > HUB_SCHEMA_VERSION)
    throw new Error(`The hub database has schema version ${version}; this Entré knows up to ${HUB_SCHEMA_VERSION}.`);
  return HUB_UPGRADES.slice(current - 1);
}

/**
 * Update an existing record only for a newer edit of a guest or event (its version: time, then a digest that
 * settles two edits of the same millisecond, sync/record-version.ts), photo or mark; attendance never changes.
 */
export const UPSERT_CONDITION = `hub_records.type <> 'attendance' AND hub_records.payload <> excluded.payload
  AND hub_records.version <= excluded.version`;

/** Keeps staff's latest answer for each pair. */
export const UPSERT_LINK_DECISION = `INSERT INTO hub_link_decisions (pair_id, decision, event_id, decided_at)
  VALUES ($1, $2, $3, $4)
  ON CONFLICT (pair_id) DO UPDATE SET decision = excluded.decision, event_id = excluded.event_id,
    decided_at = excluded.decided_at`;

/** A pull's rows, in seq order, and the event's latest seq: both read in one snapshot (pullPage). */
export const PULL_ROWS =
  'SELECT seq, type, payload FROM hub_records WHERE event_id = $1 AND seq > $2 AND origin <> $3 ORDER BY seq LIMIT $4';
export const EVENT_LATEST_SEQ = 'SELECT coalesce(max(seq), 0) AS seq FROM hub_records WHERE event_id = $1';

/** Every event the hub knows: from a station that serves it or from its own pushed record. */
export const LIST_EVENTS = `
  SELECT e.event_id, r.payload,
    (SELECT count(*) FROM hub_stations s WHERE s.event_id = e.event_id AND s.revoked_at IS NULL) AS stations
  FROM (SELECT event_id FROM hub_stations WHERE event_id IS NOT NULL
        UNION SELECT id FROM hub_records WHERE type = 'event') e
  LEFT JOIN hub_records r ON r.type = 'event' AND r.id = e.event_id`;
