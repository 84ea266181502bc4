// The hub's one storage interface: embedded SQLite by default, PostgreSQL for organizers who run
// several hub processes. Both keep every record as JSON with a change number (seq) that only grows
// in commit order, which is what makes a pull cursor safe.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { LinkDecision } from '../../shared/forums';
import {
  type EventRecord,
  type HubEvent,
  MAX_PHOTOS_PER_BATCH,
  type PullResponse,
  type PushResponse,
  type SyncRecord,
} from '../../shared/sync-protocol';
import { eventVersion, guestVersion } from '../sync/record-version';

export interface PairedStation {
  stationId: string;
  /** The event it serves; null until it said which (see event-scope.ts). */
  eventId: string | null;
  pairedAt: string;
  revokedAt: string | null;
  /** The name staff gave the station (`entre serve --station-name`, settings); null while it has none. */
  name: string | null;
}

/** A station as its token identifies it. */
export interface StationIdentity {
  stationId: string;
  eventId: string | null;
  /** The name the hub keeps for it (null: none yet), so a request that sends the same name writes nothing. */
  name: string | null;
}

export interface HubStorage {
  /** A one-time pairing code, valid for `ttlMinutes`. */
  createPairingCode(ttlMinutes?: number): Promise<string>;
  /** Whether a code would pair now (without using it up). */
  pairingCodeValid(code: string): Promise<boolean>;
  /**
   * Uses up a code and gives the station its token, serving `eventId`; null when the code is
   * unknown, used or expired.
   */
  pair(code: string, stationId: string, eventId: string | null): Promise<{ token: string } | null>;
  /** The station a token belongs to, unless it was revoked. */
  authenticate(token: string): Promise<StationIdentity | null>;
  /** Settles the event of a station that had none yet; returns the event it serves now. */
  bindStation(stationId: string, eventId: string): Promise<string>;
  revokeStation(stationId: string): Promise<boolean>;
  /** Keeps the name a station sent with its request (null: it has none). */
  nameStation(stationId: string, name: string | null): Promise<void>;
  listStations(): Promise<PairedStation[]>;
  listEvents(): Promise<HubEvent[]>;
  push(stationId: string, records: SyncRecord[]): Promise<PushResponse>;
  /** What other stations wrote for `eventId` since the cursor. */
  pull(eventId: string, stationId: string, since: number, limit: number): Promise<Omit<PullResponse, 'eventId'>>;
  /** The event's own record, its guests and its attendance. */
  eventRecords(eventId: string): Promise<SyncRecord[]>;
  /** Staff's answers to "maybe one person", by pair id (forum-history.ts `linkId`). */
  linkDecisions(): Promise<Map<string, LinkDecision>>;
  /** Keeps one answer for each of `pairIds`, given at a station serving `eventId`. */
  decideLinks(pairIds: string[], decision: LinkDecision, eventId: string, decidedAt: string): Promise<void>;
  /** Forgets the answers about people no longer listed at any forum (purged, removed). */
  forgetLinkDecisions(pairIds: string[]): Promise<void>;
  close(): Promise<void>;
}

export class HubInputError extends Error {}

/** The names staff gave the hub's stations, by station id (unnamed stations left out). */
export async function hubStationNames(storage: HubStorage): Promise<Record<string, string>> {
  const named = (await storage.listStations()).filter((station) => station.name);
  return Object.fromEntries(named.map((station) => [station.stationId, station.name!]));
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const DEFAULT_CODE_TTL_MINUTES = 30;

/** Eight characters shown as XXXX-XXXX, without look-alikes (0/O, 1/I). */
export function newPairingCode(): string {
  const chars = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

export const normalizePairingCode = (code: string): string => code.replace(/[\s-]/g, '').toUpperCase();

export const newToken = (): string => randomBytes(32).toString('base64url');

/** Codes and tokens are kept only as hashes: a copy of the hub's store lets nobody in. */
export const secretHash = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** LIST_EVENTS rows (hub-schema.ts) as events, oldest first, those known by id alone last. */
export function hubEventsOf(
  rows: { event_id: string; payload: string | null; stations: number | string }[],
): HubEvent[] {
  const events = rows.map((row) => {
    const record = row.payload ? (JSON.parse(row.payload) as EventRecord) : null;
    const event: HubEvent = {
      id: row.event_id,
      name: record?.name ?? null,
      startsOn: record?.startsOn ?? null,
      stations: Number(row.stations), // PostgreSQL returns counts as text
    };
    return { event, sortKey: `${record ? 0 : 1} ${record?.createdAt ?? ''} ${row.event_id}` };
  });
  return events.sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1)).map(({ event }) => event);
}

/** A record as the hub keeps it: `version` orders edits of one guest, photo or mark; attendance never changes. */
export interface StoredRecord {
  type: SyncRecord['type'];
  id: string;
  eventId: string;
  version: string;
  payload: string;
}

/**
 * Checks a pushed batch: a station may only push its own attendance. Keeps the last copy of any
 * record sent twice in one batch.
 */
export function toStoredRecords(stationId: string, records: SyncRecord[]): StoredRecord[] {
  const byKey = new Map<string, StoredRecord>();
  for (const record of records) {
    if (record.type === 'attendance' && record.stationId !== stationId) {
      throw new HubInputError(`Attendance event ${record.id} was recorded by another station; push only your own.`);
    }
    byKey.set(`${record.type}:${record.id}`, {
      type: record.type,
      id: record.id,
      eventId: record.type === 'event' ? record.id : record.eventId,
      version:
        record.type === 'guest'
          ? guestVersion(record)
          : record.type === 'event'
            ? eventVersion(record)
            : record.type === 'photo' || record.type === 'forum-mark'
              ? record.updatedAt
              : '',
      payload: JSON.stringify(record),
    });
  }
  return [...byKey.values()];
}

/**
 * A pull page from rows in seq order (`limit` of them were asked for): cut after
 * MAX_PHOTOS_PER_BATCH photos, so a page stays small however many guests consented.
 * `eventLatestSeq`, read in the rows' snapshot, moves the cursor past the station's own records once
 * nothing else is left: otherwise a lone door's cursor never passes them, and every round the hub
 * reads past all the door's own records since its last pull from another door.
 */
export function pullPage(
  rows: { seq: number | string; type: string; payload: string }[],
  since: number,
  limit: number,
  eventLatestSeq: number | string,
): Omit<PullResponse, 'eventId'> {
  let photos = 0;
  const cut = rows.findIndex((row) => row.type === 'photo' && ++photos > MAX_PHOTOS_PER_BATCH);
  const page = cut === -1 ? rows : rows.slice(0, cut);
  const more = cut !== -1 || rows.length === limit;
  const lastSeq = page.length > 0 ? Number(page[page.length - 1]!.seq) : since;
  return {
    records: page.map((row) => JSON.parse(row.payload) as SyncRecord),
    // Seq order is commit order (writers are serialised), so a snapshot holds every seq up to its latest.
    cursor: more ? lastSeq : Math.max(lastSeq, Number(eventLatestSeq)),
    more,
  };
}
