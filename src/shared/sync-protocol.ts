// The wire format between stations and the organizer's hub (docs/sync-protocol.md). Both sides
// validate what they receive against these schemas.
import { z } from 'zod';
import { MAX_LOGO_DATA_URL } from './badge/schemas';
import { CHECK_IN_METHODS, EVENT_TEXT_MAX } from './domain';
import { MAX_PHOTO_BASE64 } from './photos';

export const SYNC_PROTOCOL_PATH = '/sync/v1';
/** Largest batch the hub returns from one pull, and the largest push every hub accepts. */
export const MAX_BATCH = 2000;
/**
 * Largest push this hub accepts; it says so in every push answer (`maxRecords`), so a station sends
 * MAX_BATCH until it has heard it. Fewer, larger pushes: each is one transaction and one flush at the hub.
 */
export const MAX_PUSH_RECORDS = 10_000;
/**
 * A station keeps a push body under this many bytes (fewer records when they are large): half the hub's
 * body limit, HUB_BODY_LIMIT, which refuses larger bodies with 413.
 */
export const PUSH_BODY_BUDGET = 8 * 1024 * 1024;
export const HUB_BODY_LIMIT = 16 * 1024 * 1024;
/**
 * Most photos in one push or pull: 100 × 40 KB (55 KB as base64) stay well under a push's byte budget,
 * and a slow door's request stays short.
 */
export const MAX_PHOTOS_PER_BATCH = 100;

/**
 * Ids and times are single-line text: no control characters. Every id and time stations make is a UUID
 * or an ISO time; the PostgreSQL hub sends a push's columns as line-separated text (postgres-storage.ts).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const singleLine = (value: z.ZodString) => value.regex(/^[^\u0000-\u001f]*$/, 'must not hold control characters');
const id = singleLine(z.string().min(1).max(100));
const text = (max: number) => z.string().max(max);
const isoTime = singleLine(z.string().min(10).max(40));

/**
 * The event and, since migration 017, what invitations and badges say of it and its time zone, with the
 * stamp of its latest edit: the newest `updatedAt` wins. Stations older than that send name, date and
 * place only, without a stamp.
 */
export const eventRecord = z
  .object({
    type: z.literal('event'),
    id,
    name: text(EVENT_TEXT_MAX.name),
    startsOn: text(10).nullable(),
    venue: text(EVENT_TEXT_MAX.venue).nullable(),
    /** An IANA name; a door that does not know it keeps its own zone. Null: each door's own zone. */
    timeZone: singleLine(text(64)).nullable().optional(),
    /** HH:MM */
    startsAt: text(5).nullable().optional(),
    welcomeText: text(EVENT_TEXT_MAX.welcomeText).nullable().optional(),
    contactLine: text(EVENT_TEXT_MAX.contactLine).nullable().optional(),
    /** Base64 of a PNG or JPEG of at most MAX_LOGO_BYTES; a badge leaves out a logo it cannot draw. */
    logo: z.base64().max(MAX_LOGO_DATA_URL).nullable().optional(),
    createdAt: isoTime,
    updatedAt: isoTime.optional(),
  })
  .strict();

export const guestRecord = z
  .object({
    type: z.literal('guest'),
    id,
    eventId: id,
    code: text(100),
    firstName: text(200),
    lastName: text(200),
    title: text(300),
    department: text(300),
    email: text(320),
    source: z.enum(['import', 'demo', 'walk-in', 'signed-invitation']),
    /** When the guest was taken off the list; absent from stations older than migration 009. */
    removedAt: isoTime.nullable().optional(),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .strict();

export const attendanceRecord = z
  .object({
    type: z.literal('attendance'),
    id,
    eventId: id,
    guestId: id,
    stationId: id,
    action: z.enum(['check-in', 'undo']),
    method: z.enum(CHECK_IN_METHODS),
    wallTime: isoTime,
    hlc: z.string().min(30).max(120),
  })
  .strict();

/** A badge photo (docs/photos.md): `id` is the guest's; a null `jpeg` is a withdrawal (a tombstone). */
export const photoRecord = z
  .object({
    type: z.literal('photo'),
    id,
    eventId: id,
    // Base64 of at most 40 KB; the receiving station checks it is a square JPEG before storing it.
    jpeg: z
      .string()
      .max(MAX_PHOTO_BASE64)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/)
      .nullable(),
    takenAt: isoTime.nullable(),
    updatedAt: isoTime,
  })
  .strict();

/**
 * What the hub knows of a guest across forums (docs/forums.md): the mingle group the organizer
 * assigned and whether it is the guest's first forum. Written at the hub, pulled by every door;
 * the newest `updatedAt` wins.
 */
export const forumMarkRecord = z
  .object({
    type: z.literal('forum-mark'),
    /** The guest's id: one mark per guest. */
    id,
    eventId: id,
    guestId: id,
    group: z.number().int().min(1).max(100_000).nullable(),
    groupSize: z.union([z.literal(3), z.literal(4)]).nullable(),
    firstForum: z.boolean(),
    /** The group came from the walk-in rule (placeWalkIn), not from the organizer's grouping. */
    byRule: z.boolean(),
    updatedAt: isoTime,
  })
  .strict();

export const syncRecord = z.discriminatedUnion('type', [
  eventRecord,
  guestRecord,
  attendanceRecord,
  photoRecord,
  forumMarkRecord,
]);

/**
 * A record as a station reads it from the hub: a field that a newer Entré at another door added is left
 * out, not refused, so a door that was not updated yet keeps syncing what it knows. (The hub refuses
 * unknown fields in a push, as everything else it does not expect.)
 */
export const pulledRecord = z.discriminatedUnion('type', [
  eventRecord.strip(),
  guestRecord.strip(),
  attendanceRecord.strip(),
  photoRecord.strip(),
  forumMarkRecord.strip(),
]);

export type EventRecord = z.infer<typeof eventRecord>;
export type GuestRecord = z.infer<typeof guestRecord>;
export type AttendanceRecord = z.infer<typeof attendanceRecord>;
export type PhotoRecord = z.infer<typeof photoRecord>;
export type ForumMarkRecord = z.infer<typeof forumMarkRecord>;
export type SyncRecord = z.infer<typeof syncRecord>;

export const pairRequest = z
  .object({
    code: z.string().min(4).max(40),
    stationId: id,
    /** The event the station checks guests in to; the hub learns it from here if it is new. */
    activeEventId: id.nullable(),
    /** Join this event, which the hub already holds, instead (a door without a guest list of its own). */
    eventId: id.optional(),
  })
  .strict();
export type PairRequest = z.infer<typeof pairRequest>;

export interface PairResponse {
  token: string;
  /** The event this station serves at the hub: it adopts it once it has pulled it, unless it has check-ins of its own. */
  eventId: string | null;
}

export const pushRequest = z
  .object({
    records: z
      .array(syncRecord)
      .min(1)
      .max(MAX_PUSH_RECORDS)
      .refine((records) => records.filter((record) => record.type === 'photo').length <= MAX_PHOTOS_PER_BATCH, {
        message: `At most ${MAX_PHOTOS_PER_BATCH} photos in one push.`,
      }),
  })
  .strict();
export type PushRequest = z.infer<typeof pushRequest>;

export interface PushResponse {
  /** Records the hub did not have before; the rest it already had (a re-sent batch). */
  stored: number;
  duplicates: number;
  /** The largest push this hub accepts (MAX_PUSH_RECORDS); absent from hubs that take MAX_BATCH only. */
  maxRecords?: number;
}

export const pullQuery = z
  .object({
    since: z.coerce.number().int().min(0),
    limit: z.coerce.number().int().min(1).max(MAX_BATCH).default(MAX_BATCH),
  })
  .strict();

/**
 * A station sends its name (URI-encoded, at most 60 characters) with every request in this header; an
 * empty value says it has none. A header, not a field, so a hub that predates names ignores it.
 */
export const STATION_NAME_HEADER = 'x-entre-station-name';

export interface PullResponse {
  records: SyncRecord[];
  /** Pass as `since` next time. */
  cursor: number;
  more: boolean;
  /** The event this station serves at the hub (null while the hub holds none). */
  eventId: string | null;
  /** The names of the hub's stations, by id (absent from hubs that predate names). */
  stationNames?: Record<string, string>;
}

/** `size: null` takes the groups off (every mark's group emptied); 3 or 4 makes or completes them. */
export const groupsRequest = z.object({ size: z.union([z.literal(3), z.literal(4), z.null()]) }).strict();

/** `GET /sync/v1/history`: each person's forums and each forum's new and missing faces (docs/forums.md). */
export interface HubHistory {
  forums: { id: string; name: string; startsOn: string | null; attendees: number }[];
  /** Name, department and forums attended: no more than the organizer needs. */
  people: { name: string; department: string; attended: string[] }[];
  summaries: {
    forumId: string;
    newFaces: string[];
    away: { name: string; department: string; lastForumId: string }[];
  }[];
  /**
   * Maybe one person (same name and department, different or no e-mail): for staff to decide, with
   * the answer staff at any door gave (null: none yet). `id` is what `POST /sync/v1/links` names.
   */
  proposals: {
    id: string;
    name: string;
    department: string;
    decision: 'same' | 'different' | null;
    people: { email: string; forumIds: string[] }[];
  }[];
}

/** `POST /sync/v1/links`: staff's answer to one proposal of the history; the hub answers with the history. */
export const linkDecisionRequest = z
  .object({ proposalId: z.string().regex(/^[0-9a-f]{32}$/), decision: z.enum(['same', 'different']) })
  .strict();

/** `POST /sync/v1/groups`: the mingle groups of the station's event, as the hub now holds them. */
export interface GroupsResponse {
  eventId: string;
  size: 3 | 4 | null;
  groups: { group: number; members: { guestId: string; name: string; department: string }[] }[];
}

/**
 * Cards in one page of the hub's who's-who: a card's photo is at most 55 KB as base64, so a page stays
 * under 3 MB however many guests consented.
 */
export const WHOS_WHO_PAGE_SIZE = 50;

/**
 * `GET /sync/v1/whos-who`: with `initials`, guests without a photo too (shown with their initials);
 * `from`, the position of the page's first card (the `next` of the page before); without it (a station
 * from before paging) every card in one answer, as such a station reads it.
 */
export const whosWhoQuery = z
  .object({
    initials: z.enum(['true', 'false']).default('false'),
    from: z.coerce.number().int().min(0).optional(),
  })
  .strict();

/** One page of the who's-who of the station's event at the hub, every door's guests: photos as base64 JPEG. */
export const hubWhosWhoPage = z
  .object({
    event: z
      .object({ id, name: text(300) })
      .strict()
      .nullable(),
    cards: z
      .array(
        z
          .object({
            fullName: text(401),
            title: text(300),
            department: text(300),
            photo: z.string().max(MAX_PHOTO_BASE64).nullable(),
          })
          .strict(),
      )
      .max(WHOS_WHO_PAGE_SIZE),
    /** `from` of the next page; null on the last. */
    next: z.number().int().min(1).nullable(),
  })
  .strict();
export type HubWhosWhoPage = z.infer<typeof hubWhosWhoPage>;

/** The whole who's-who, as a station puts its pages together. */
export type HubWhosWho = Omit<HubWhosWhoPage, 'next'>;

export const attendanceQuery = z
  .object({ event: id.optional(), format: z.enum(['json', 'csv']).default('json') })
  .strict();

/** One event the hub holds, as `GET /sync/v1/events` and `entre hub-events` list it. */
export interface HubEvent {
  id: string;
  /** Null until a station has pushed the event's own record. */
  name: string | null;
  startsOn: string | null;
  /** Paired stations serving it, revoked ones not counted. */
  stations: number;
}

/** One guest's line in the hub's merged attendance. */
export interface HubAttendanceRow {
  guestId: string;
  name: string;
  title: string;
  department: string;
  email: string;
  checkedIn: boolean;
  checkIn: { wallTime: string; stationId: string; method: string; hlc: string } | null;
  walkIn: boolean;
  /** Further check-ins of the same guest recorded offline at other doors (or twice at one). */
  doubleEntries: { wallTime: string; stationId: string }[];
}

export interface HubAttendance {
  event: { id: string; name: string } | null;
  rows: HubAttendanceRow[];
}

export type HubErrorCode =
  | 'unauthorized'
  | 'invalid-request'
  | 'pairing-failed'
  /** The station asked for, or sent, records of an event it does not serve. */
  | 'wrong-event'
  /** The hub holds several events and the station has not said which one it serves. */
  | 'event-required'
  /** Staff answered a "maybe one person" proposal the hub no longer makes (the lists changed meanwhile). */
  | 'proposal-gone'
  | 'internal';

export interface SyncErrorBody {
  /** `params` carry what a station needs to say it in its own language (event names, …). */
  error: { code: HubErrorCode; message: string; params?: Record<string, string> };
}
