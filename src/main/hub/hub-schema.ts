// The hub's tables, the same for SQLite and PostgreSQL (types both accept).
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

/** Update an existing record only for a newer guest edit or a changed event; attendance never changes. */
export const UPSERT_CONDITION = `hub_records.type <> 'attendance' AND hub_records.payload <> excluded.payload
  AND hub_records.version <= excluded.version`;
