// The station's side of the protocol: pairing, then push (outbox, oldest first, removed only after
// the hub confirmed) and pull (since the saved cursor). Every step is safe to repeat after a failure.
import {
  MAX_BATCH,
  type PairResponse,
  type PullResponse,
  type PushResponse,
  SYNC_PROTOCOL_PATH,
  syncRecord,
} from '../../shared/sync-protocol';
import { type Db, prepared } from '../store/database';
import { getActiveEvent, setActiveEvent, getEvent } from '../store/events';
import { getSetting, setSetting } from '../store/settings';
import { applyRemoteRecords, confirmOutbox, pendingCount, readOutbox } from './outbox';

const REQUEST_TIMEOUT_MS = 30_000;
export const PUSH_BATCH = MAX_BATCH;

export class SyncError extends Error {}

export interface Pairing {
  hub: string;
  token: string;
}

export const normalizeHubUrl = (url: string): string => url.trim().replace(/\/+$/, '');

export function currentPairing(db: Db): Pairing | null {
  const hub = getSetting(db, 'sync.hub');
  const token = getSetting(db, 'sync.token');
  return hub && token ? { hub, token } : null;
}

async function request<T>(url: string, init: RequestInit & { token?: string }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: {
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? 'did not answer in time' : 'cannot be reached';
    throw new SyncError(`The hub at ${new URL(url).origin} ${reason}. Check the network; sync will retry by itself.`);
  }
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) {
    throw new SyncError(body?.error?.message ?? `The hub answered with an error (HTTP ${response.status}).`);
  }
  return body as T;
}

/** Joins a hub with the one-time code it shows; the token received is kept in this store. */
export async function pairWithHub(db: Db, stationId: string, hubUrl: string, code: string): Promise<PairResponse> {
  const hub = normalizeHubUrl(hubUrl);
  const paired = await request<PairResponse>(`${hub}${SYNC_PROTOCOL_PATH}/pair`, {
    method: 'POST',
    body: JSON.stringify({ code, stationId, activeEventId: getActiveEvent(db)?.id ?? null }),
  });
  db.transaction(() => {
    if (getSetting(db, 'sync.hub') !== hub) setSetting(db, 'sync.cursor', '0');
    setSetting(db, 'sync.hub', hub);
    setSetting(db, 'sync.token', paired.token);
    setSetting(db, 'sync.hubEventId', paired.eventId ?? '');
  })();
  return paired;
}

export interface SyncProgress {
  pushed: number;
  /** Outbox entries at the start, plus any recorded meanwhile. */
  toPush: number;
  pulled: number;
}

/** One full round: push the whole outbox, then pull until the hub has nothing newer. */
export async function syncOnce(
  db: Db,
  stationId: string,
  onProgress: (progress: SyncProgress) => void = () => {},
): Promise<SyncProgress> {
  const pairing = currentPairing(db);
  if (!pairing) throw new SyncError('This station is not paired with a hub yet: pair it with the code the hub shows.');
  const progress: SyncProgress = { pushed: 0, toPush: pendingCount(db), pulled: 0 };
  onProgress(progress);

  for (let batch = readOutbox(db, PUSH_BATCH); batch; batch = readOutbox(db, PUSH_BATCH)) {
    if (batch.records.length > 0) {
      await request<PushResponse>(`${pairing.hub}${SYNC_PROTOCOL_PATH}/push`, {
        method: 'POST',
        token: pairing.token,
        body: JSON.stringify({ records: batch.records }),
      });
    }
    confirmOutbox(db, batch.lastSeq);
    progress.pushed += batch.entries;
    progress.toPush = Math.max(progress.toPush, progress.pushed + pendingCount(db));
    onProgress(progress);
  }

  for (;;) {
    const since = Number(getSetting(db, 'sync.cursor') ?? '0');
    const page = await request<PullResponse>(
      `${pairing.hub}${SYNC_PROTOCOL_PATH}/pull?since=${since}&limit=${MAX_BATCH}`,
      { method: 'GET', token: pairing.token },
    );
    const records = page.records.map((record) => syncRecord.parse(record));
    db.transaction(() => {
      applyRemoteRecords(db, stationId, records);
      setSetting(db, 'sync.cursor', String(page.cursor));
      if (page.eventId) setSetting(db, 'sync.hubEventId', page.eventId);
    })();
    progress.pulled += records.length;
    onProgress(progress);
    if (!page.more) break;
  }
  adoptHubEvent(db);
  return progress;
}

/**
 * A station that joined a hub checks guests in to the hub's event once it has it, unless it has
 * already checked guests in to its own (those stay where they are).
 */
function adoptHubEvent(db: Db): void {
  const hubEventId = getSetting(db, 'sync.hubEventId');
  if (!hubEventId || getActiveEvent(db)?.id === hubEventId || !getEvent(db, hubEventId)) return;
  const active = getActiveEvent(db);
  const hasOwnCheckIns =
    active && prepared(db, 'SELECT 1 FROM attendance_events WHERE event_id = ? LIMIT 1').get(active.id) !== undefined;
  if (!hasOwnCheckIns) setActiveEvent(db, hubEventId);
}

/** The hub's merged attendance, read with this station's token. */
export async function fetchHubAttendance(db: Db, hubUrl: string, format: 'json' | 'csv'): Promise<string> {
  const pairing = currentPairing(db);
  const hub = normalizeHubUrl(hubUrl);
  if (!pairing || pairing.hub !== hub) {
    throw new SyncError(`This store is not paired with ${hub}: pair it first (entre pair --hub ${hub} --code CODE).`);
  }
  const response = await fetch(`${hub}${SYNC_PROTOCOL_PATH}/attendance${format === 'csv' ? '?format=csv' : ''}`, {
    headers: { authorization: `Bearer ${pairing.token}` },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  }).catch(() => {
    throw new SyncError(`The hub at ${hub} cannot be reached.`);
  });
  const text = await response.text();
  if (!response.ok) throw new SyncError((JSON.parse(text) as { error: { message: string } }).error.message);
  return text;
}
