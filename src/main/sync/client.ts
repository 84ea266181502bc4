// The station's side of the protocol: pairing, then push (outbox, oldest first, removed only after
// the hub confirmed) and pull (since the saved cursor). Every step is safe to repeat after a failure.
import type { SyncProblem, SyncProblemCode } from '../../shared/domain';
import type { LinkDecision } from '../../shared/forums';
import type { z } from 'zod';
import {
  type GroupsResponse,
  type HubErrorCode,
  type HubHistory,
  type HubWhosWho,
  hubWhosWhoPage,
  type HubWhosWhoPage,
  type HubEvent,
  MAX_BATCH,
  MAX_PUSH_RECORDS,
  type PairResponse,
  PUSH_BODY_BUDGET,
  type PullResponse,
  type PushResponse,
  STATION_NAME_HEADER,
  SYNC_PROTOCOL_PATH,
  type SyncErrorBody,
  pulledRecord,
} from '../../shared/sync-protocol';
import { type Db, prepared } from '../store/database';
import { getActiveEvent, setActiveEvent, getEvent, isDemoEvent } from '../store/events';
import { getSetting, setSetting } from '../store/settings';
import { ownStationName, setStationName } from '../store/station-names';
import { eraseNoted, noteErase } from './erase-after-pull';
import {
  applyRemoteRecords,
  confirmOutbox,
  dropEventFromOutbox,
  type OutboxBatch,
  pendingCount,
  readOutbox,
  storeWriteMark,
} from './outbox';

const REQUEST_TIMEOUT_MS = 30_000;

/** A failed sync step: an English message for the CLI, a code and parameters for the staff UI. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncProblemCode,
    message: string,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Any failure of a sync round, as staff mode shows it. */
export function syncProblemOf(error: unknown): SyncProblem {
  if (error instanceof SyncError) return { code: error.code, params: error.params, message: error.message };
  const message = (error as Error).message;
  return { code: 'failed', params: { reason: message }, message };
}

const PROBLEM_OF_HUB_CODE: Partial<Record<HubErrorCode, SyncProblemCode>> = {
  unauthorized: 'token-revoked',
  'invalid-request': 'refused',
  'pairing-failed': 'refused',
  'wrong-event': 'wrong-event',
  'event-required': 'event-required',
  'proposal-gone': 'proposal-gone',
};

export interface Pairing {
  hub: string;
  token: string;
}

/** The hub's address as typed, with http:// when it was left out ("192.168.1.10:4790"). */
export function normalizeHubUrl(url: string): string {
  const typed = url.trim().replace(/\/+$/, '');
  const address = /^[a-z][a-z\d+.-]*:\/\//i.test(typed) ? typed : `http://${typed}`;
  if (!URL.canParse(address) || !/^https?:$/.test(new URL(address).protocol))
    throw new Error(`"${url}" is not a hub address: give it as the hub printed it, e.g. http://192.168.1.10:4790.`);
  return address;
}

export function currentPairing(db: Db): Pairing | null {
  const hub = getSetting(db, 'sync.hub');
  const token = getSetting(db, 'sync.token');
  return hub && token ? { hub, token } : null;
}

/** `stationName`: this station's name for the hub ('' when it has none; left out, the hub keeps what it had). */
type HubRequestInit = RequestInit & { token?: string; stationName?: string };

/** A hub call; a network failure or a refusal becomes a SyncError that says why. */
async function hubFetch(url: string, init: HubRequestInit): Promise<Response> {
  const hub = new URL(url).origin;
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: {
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.stationName !== undefined ? { [STATION_NAME_HEADER]: encodeURIComponent(init.stationName) } : {}),
      },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError')
      throw new SyncError('timeout', `The hub at ${hub} did not answer in time: try again shortly.`, { hub });
    // Said to the command line as well as to staff: a one-off `entre pair` or `export --hub` does not retry.
    throw new SyncError(
      'unreachable',
      `The hub at ${hub} cannot be reached. Check the network and that the hub is running.`,
      { hub },
    );
  }
  if (response.ok) return response;
  const refusal = ((await response.json().catch(() => null)) as SyncErrorBody | null)?.error;
  const code = refusal && PROBLEM_OF_HUB_CODE[refusal.code];
  if (!refusal || !code) {
    const status = String(response.status);
    // A refusal in no words of the hub's (every hub code but 'internal' has a problem): another program, or
    // a kiosk station's own address (a 404 on loopback, a 401 for an unpaired device on the network).
    if (response.status >= 400 && response.status < 500)
      throw new SyncError(
        'http',
        `No Entré hub answers at ${hub} (HTTP ${status}): give the address the hub printed.`,
        {
          status,
        },
      );
    throw new SyncError('http', `The hub answered with an error (HTTP ${status}).`, { status });
  }
  throw new SyncError(code, refusal.message, { reason: refusal.message, ...refusal.params });
}

const request = async <T>(url: string, init: HubRequestInit): Promise<T> =>
  (await hubFetch(url, init)).json() as Promise<T>;

/** A hub call whose answer is checked against the protocol's schema: one that does not fit is refused whole. */
async function requestChecked<S extends z.ZodType>(schema: S, url: string, init: HubRequestInit): Promise<z.output<S>> {
  const response = await hubFetch(url, init);
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (parsed.success) return parsed.data;
  throw unreadableAnswer(new URL(url).origin);
}

const unreadableAnswer = (hub: string) =>
  new SyncError(
    'malformed',
    `The hub at ${hub} sent an answer this station cannot read: check that it runs the same version of Entré.`,
    { hub },
  );

/**
 * Joins a hub with the one-time code it shows, for this station's own event or for `joinEventId`,
 * one the hub holds; the token received is kept in this store.
 */
export async function pairWithHub(
  db: Db,
  stationId: string,
  hubUrl: string,
  code: string,
  joinEventId?: string,
): Promise<PairResponse> {
  const hub = normalizeHubUrl(hubUrl);
  const activeEventId = ownEventId(db);
  const paired = await request<PairResponse>(`${hub}${SYNC_PROTOCOL_PATH}/pair`, {
    method: 'POST',
    body: JSON.stringify({ code, stationId, activeEventId, eventId: joinEventId }),
  });
  db.transaction(() => {
    // The station may serve another event than before: pull it from the start (applying is idempotent).
    setSetting(db, 'sync.cursor', '0');
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

interface Push {
  batch: OutboxBatch;
  /** Null when the entries' records are gone (nothing to send, the entries leave the outbox). */
  body: string | null;
}

/**
 * The oldest `limit` outbox entries after `afterSeq` and the push body carrying them: fewer entries when
 * their body would pass PUSH_BODY_BUDGET (large guest records). Null when there are none.
 */
function nextPush(db: Db, limit: number, afterSeq = 0): Push | null {
  for (let size = limit; ;) {
    const batch = readOutbox(db, size, afterSeq);
    if (!batch) return null;
    if (batch.records.length === 0) return { batch, body: null };
    const body = JSON.stringify({ records: batch.records });
    if (batch.entries === 1 || Buffer.byteLength(body) <= PUSH_BODY_BUDGET) return { batch, body };
    size = Math.ceil(batch.entries / 2);
  }
}

/**
 * How many records the next push may carry: what the hub said it takes (also fewer than MAX_BATCH, a
 * hub under strain may say so), within what this station sends; a hub that says nothing gets MAX_BATCH.
 */
const pushLimitOf = (answer: PushResponse): number =>
  Number.isInteger(answer.maxRecords) && answer.maxRecords! > 0
    ? Math.min(answer.maxRecords!, MAX_PUSH_RECORDS)
    : MAX_BATCH;

/** The push read and serialised while the one before it was at the hub, with the limit and store's state then. */
interface ReadAhead {
  push: Push | null;
  limit: number;
  storeMark: string;
}

/**
 * The push after `push`, read once the request has left (one turn of the event loop), so the station
 * reads and serialises it while the hub stores the one in flight.
 */
async function readAhead(db: Db, push: Push, limit: number): Promise<ReadAhead> {
  await new Promise((resolve) => setImmediate(resolve));
  // The mark before the read: a write another connection commits while this one reads changes it.
  const storeMark = storeWriteMark(db);
  return { push: nextPush(db, limit, push.batch.lastSeq), limit, storeMark };
}

/**
 * Pushes the whole outbox, oldest first, one push at a time; a batch leaves it only once the hub
 * confirmed it. The first push is one every hub takes (MAX_BATCH); the hub's answer says how many it
 * takes from then on. While a push is at the hub the next one is read ahead; it is sent only after the
 * hub confirmed the one before (so the hub commits them in order), and read again instead when the push
 * failed, the store was written to meanwhile (a check-in at the door, an edit, a purge) or the hub
 * now says it takes another number of records (after the first push: more).
 */
export async function pushOutbox(
  db: Db,
  pairing: Pairing,
  onProgress: (progress: SyncProgress) => void = () => {},
): Promise<SyncProgress> {
  const progress: SyncProgress = { pushed: 0, toPush: pendingCount(db), pulled: 0 };
  const stationName = ownStationName(db) ?? '';
  onProgress(progress);
  let limit = MAX_BATCH;
  for (let push = nextPush(db, limit); push;) {
    let ahead: ReadAhead | null = null;
    if (push.body !== null) {
      const [answer, next] = await Promise.all([
        request<PushResponse>(`${pairing.hub}${SYNC_PROTOCOL_PATH}/push`, {
          method: 'POST',
          token: pairing.token,
          stationName,
          body: push.body,
        }),
        readAhead(db, push, limit),
      ]);
      limit = pushLimitOf(answer);
      ahead = next;
    }
    const stillTrue = ahead !== null && ahead.limit === limit && ahead.storeMark === storeWriteMark(db) ? ahead : null;
    confirmOutbox(db, push.batch.lastSeq);
    progress.pushed += push.batch.entries;
    progress.toPush = Math.max(progress.toPush, progress.pushed + pendingCount(db));
    onProgress(progress);
    push = stillTrue ? stillTrue.push : nextPush(db, limit);
  }
  return progress;
}

/** One full round: push the whole outbox, then pull until the hub has nothing newer. */
export async function syncOnce(
  db: Db,
  stationId: string,
  onProgress: (progress: SyncProgress) => void = () => {},
): Promise<SyncProgress> {
  const pairing = currentPairing(db);
  if (!pairing)
    throw new SyncError(
      'not-paired',
      'This station is not paired with a hub yet: pair it with the code the hub shows.',
    );
  keepDemoLocal(db);
  // What an earlier round pulled and could not erase (it broke off): first, whether or not the hub answers.
  eraseNoted(db);
  const progress = await pushOutbox(db, pairing, onProgress);

  for (;;) {
    const since = Number(getSetting(db, 'sync.cursor') ?? '0');
    const page = await request<PullResponse>(
      `${pairing.hub}${SYNC_PROTOCOL_PATH}/pull?since=${since}&limit=${MAX_BATCH}`,
      { method: 'GET', token: pairing.token, stationName: ownStationName(db) ?? '' },
    );
    const records = page.records.map((record) => pulledRecord.parse(record));
    db.transaction(() => {
      noteErase(db, applyRemoteRecords(db, stationId, records).erased);
      setSetting(db, 'sync.cursor', String(page.cursor));
      if (page.eventId) setSetting(db, 'sync.hubEventId', page.eventId);
      // The other doors' names, for this station's exports; its own name is its staff's to set.
      for (const [id, name] of Object.entries(page.stationNames ?? {}))
        if (id !== stationId && typeof name === 'string') setStationName(db, id, name);
    })();
    progress.pulled += records.length;
    onProgress(progress);
    if (!page.more) break;
  }
  eraseNoted(db);
  adoptHubEvent(db);
  return progress;
}

/** The station's active event, unless that is the demo a fresh kiosk starts on (isDemoEvent). */
function ownEventId(db: Db): string | null {
  const active = getActiveEvent(db);
  return active && !isDemoEvent(db, active.id) ? active.id : null;
}

/** The demo is practice: the organizer's hub never gets it, nor any practice check-in on it. */
function keepDemoLocal(db: Db): void {
  const active = getActiveEvent(db);
  if (active && isDemoEvent(db, active.id)) dropEventFromOutbox(db, active.id);
}

/**
 * A station that joined a hub checks guests in to the hub's event once it has it, unless it has
 * already checked guests in to its own (those stay where they are; practice on the demo does not count).
 */
function adoptHubEvent(db: Db): void {
  const hubEventId = getSetting(db, 'sync.hubEventId');
  if (!hubEventId || getActiveEvent(db)?.id === hubEventId || !getEvent(db, hubEventId)) return;
  const own = ownEventId(db);
  const hasOwnCheckIns =
    own !== null && prepared(db, 'SELECT 1 FROM attendance_events WHERE event_id = ? LIMIT 1').get(own) !== undefined;
  if (!hasOwnCheckIns) setActiveEvent(db, hubEventId);
}

/** The hub's merged attendance of the event this station serves (or `eventId`, which must be it). */
export async function fetchHubAttendance(
  db: Db,
  hubUrl: string,
  format: 'json' | 'csv',
  eventId?: string,
): Promise<string> {
  const pairing = pairingWith(db, hubUrl);
  const query = new URLSearchParams({ format, ...(eventId ? { event: eventId } : {}) });
  return (await hubFetch(`${pairing.hub}${SYNC_PROTOCOL_PATH}/attendance?${query}`, { token: pairing.token })).text();
}

/** This store's pairing, which must be with `hubUrl` when one is given. */
function pairingWith(db: Db, hubUrl?: string): Pairing {
  const pairing = currentPairing(db);
  const hub = hubUrl ? normalizeHubUrl(hubUrl) : pairing?.hub;
  if (!pairing || pairing.hub !== hub) {
    throw new SyncError(
      'not-paired',
      `This store is not paired with ${hub ?? 'a hub'}: pair it first (entre pair --hub ${hub ?? 'URL'} --code CODE).`,
      { hub: hub ?? '' },
    );
  }
  return pairing;
}

/** Each person's forums at the hub (docs/forums.md). */
export async function fetchHubHistory(db: Db, hubUrl?: string): Promise<HubHistory> {
  const pairing = pairingWith(db, hubUrl);
  return request<HubHistory>(`${pairing.hub}${SYNC_PROTOCOL_PATH}/history`, { token: pairing.token });
}

/** The who's-who of this station's event at the hub, every door's guests (docs/photos.md), read a page at a time. */
export async function fetchHubWhosWho(db: Db, hubUrl: string, initials: boolean): Promise<HubWhosWho> {
  const pairing = pairingWith(db, hubUrl);
  const whole: HubWhosWho = { event: null, cards: [] };
  for (let from: number | null = 0; from !== null;) {
    const page: HubWhosWhoPage = await requestChecked(
      hubWhosWhoPage,
      `${pairing.hub}${SYNC_PROTOCOL_PATH}/whos-who?initials=${String(initials)}&from=${from}`,
      { token: pairing.token },
    );
    // A page that does not move on would be asked for again without end.
    if (page.next !== null && page.next <= from) throw unreadableAnswer(pairing.hub);
    whole.event = page.event;
    whole.cards.push(...page.cards);
    from = page.next;
  }
  return whole;
}

/** Has the hub make (or complete) the mingle groups of this station's event; null takes them off. */
export async function requestHubGroups(db: Db, size: 3 | 4 | null, hubUrl?: string): Promise<GroupsResponse> {
  const pairing = pairingWith(db, hubUrl);
  return request<GroupsResponse>(`${pairing.hub}${SYNC_PROTOCOL_PATH}/groups`, {
    method: 'POST',
    token: pairing.token,
    body: JSON.stringify({ size }),
  });
}

/** Staff's answer to one "maybe one person" proposal of the hub's history; the hub answers with the history. */
export async function sendLinkDecision(db: Db, proposalId: string, decision: LinkDecision): Promise<HubHistory> {
  const pairing = pairingWith(db);
  return request<HubHistory>(`${pairing.hub}${SYNC_PROTOCOL_PATH}/links`, {
    method: 'POST',
    token: pairing.token,
    body: JSON.stringify({ proposalId, decision }),
  });
}

/** The events the hub holds. */
export async function fetchHubEvents(db: Db): Promise<HubEvent[]> {
  const pairing = currentPairing(db);
  if (!pairing) throw new SyncError('not-paired', 'This store is not paired with a hub: run entre pair first.');
  return (await request<{ events: HubEvent[] }>(`${pairing.hub}${SYNC_PROTOCOL_PATH}/events`, { token: pairing.token }))
    .events;
}
