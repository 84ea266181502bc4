// The event as it travels between a door and the hub (src/shared/sync-protocol.ts): its name, date and
// place, what invitations and badges say of it and its time zone, and the stamp of its latest edit.
import type { EventRecord } from '../../shared/sync-protocol';
import { type Db, prepared } from '../store/database';
import { eventVersion } from './record-version';

/** The columns `eventRecordOf` reads, for `SELECT ${EVENT_RECORD_COLUMNS} FROM events`. */
export const EVENT_RECORD_COLUMNS =
  'id, name, starts_on, venue, time_zone, starts_at, welcome_text, contact_line, logo, created_at, updated_at';

export interface EventRecordRow {
  id: string;
  name: string;
  starts_on: string | null;
  venue: string | null;
  time_zone: string | null;
  starts_at: string | null;
  welcome_text: string | null;
  contact_line: string | null;
  logo: Buffer | null;
  created_at: string;
  /** NULL until the event is first edited after migration 017. */
  updated_at: string | null;
}

export const eventRecordOf = (row: EventRecordRow): EventRecord => ({
  type: 'event',
  id: row.id,
  name: row.name,
  startsOn: row.starts_on,
  venue: row.venue,
  timeZone: row.time_zone,
  startsAt: row.starts_at,
  welcomeText: row.welcome_text,
  contactLine: row.contact_line,
  logo: row.logo ? row.logo.toString('base64') : null,
  createdAt: row.created_at,
  // Never edited since migration 017: no stamp, so it changes name, date and place only, and never replaces
  // a stamped copy (the details of such a copy are no one's latest word).
  ...(row.updated_at ? { updatedAt: row.updated_at } : {}),
});

/**
 * Writes a pulled event unless this store's copy is as new (eventVersion: the later edit, and of two made
 * in the same millisecond the same one at every door). Written as received, a zone this machine does not
 * know included (getEvent reads it as unset): a copy changed here would win over the other doors' copies.
 * A record from a station older than migration 017 carries name, date and place only, and no stamp: it
 * changes those as it always did, unless the event was edited since this version.
 */
export function applyEvent(db: Db, record: EventRecord): void {
  const local = prepared(db, `SELECT ${EVENT_RECORD_COLUMNS} FROM events WHERE id = ?`).get(record.id) as
    EventRecordRow | undefined;
  if (record.updatedAt === undefined) {
    if (local?.updated_at) return;
    prepared(
      db,
      `INSERT INTO events (id, name, starts_on, venue, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, starts_on = excluded.starts_on, venue = excluded.venue`,
    ).run(record.id, record.name, record.startsOn, record.venue, record.createdAt);
    return;
  }
  if (local && eventVersion(record) <= eventVersion(eventRecordOf(local))) return;
  prepared(
    db,
    `INSERT INTO events (id, name, starts_on, venue, time_zone, starts_at, welcome_text, contact_line, logo,
       created_at, updated_at)
     VALUES (@id, @name, @startsOn, @venue, @timeZone, @startsAt, @welcomeText, @contactLine, @logo, @createdAt,
       @updatedAt)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, starts_on = excluded.starts_on, venue = excluded.venue,
       time_zone = excluded.time_zone, starts_at = excluded.starts_at, welcome_text = excluded.welcome_text,
       contact_line = excluded.contact_line, logo = excluded.logo, updated_at = excluded.updated_at`,
  ).run({
    id: record.id,
    name: record.name,
    startsOn: record.startsOn,
    venue: record.venue,
    timeZone: record.timeZone ?? null,
    startsAt: record.startsAt ?? null,
    welcomeText: record.welcomeText ?? null,
    contactLine: record.contactLine ?? null,
    logo: record.logo ? Buffer.from(record.logo, 'base64') : null,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  });
}
