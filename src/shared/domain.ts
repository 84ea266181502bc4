// Pure domain types shared by the main process, the HTTP station and the renderer.

/** How a guest was checked in; 'walk-in' is the check-in that comes with registering at the door. */
/** How a guest got in: scanner, camera, name search, by staff's hand, or registered as a walk-in. */
export const CHECK_IN_METHODS = ['wedge', 'camera', 'search', 'staff', 'walk-in'] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];

/** The longest event texts every door and the hub take (the sync protocol's bounds, src/shared/sync-protocol.ts). */
export const EVENT_TEXT_MAX = { name: 300, venue: 300, welcomeText: 5000, contactLine: 1000 } as const;

export interface EventInfo {
  id: string;
  name: string;
  /** Calendar date of the event, YYYY-MM-DD. */
  startsOn: string | null;
  venue: string | null;
  /** The IANA zone every clock time of the event is shown in, on every screen and in every export. */
  timeZone: string;
}

/** What a public screen may show of a guest: never the e-mail or the invitation code. */
export interface PublicGuest {
  id: string;
  fullName: string;
  title: string;
  department: string;
}

export type ScanOutcome =
  | {
      kind: 'welcome';
      guest: PublicGuest;
      checkedInAt: string;
      /** The print job of this guest's badge, when the station prints on check-in. */
      badgeJobId?: string;
      /** Ask for a badge photo now: the badge waits for the answer (docs/photos.md). */
      photoQuestion?: true;
      /** The guest's mingle group at a recurring forum (docs/forums.md), when groups are made. */
      group?: number;
    }
  | { kind: 'already'; guest: PublicGuest; checkedInAt: string }
  | { kind: 'unknown' };

export interface KioskInfo {
  event: EventInfo | null;
  stationId: string;
}

/** Why a station's sync failed, as a code its staff UI words in Swedish or English; `message` is English. */
export type SyncProblemCode =
  | 'unreachable'
  | 'timeout'
  | 'not-paired'
  | 'token-revoked'
  | 'refused'
  | 'http'
  | 'wrong-event'
  | 'event-required'
  /** Staff answered a "maybe one person" proposal that is no longer made (the lists changed meanwhile). */
  | 'proposal-gone'
  /** An answer that does not fit the protocol's schema (a hub of another version, or not a hub at all). */
  | 'malformed'
  /** Anything else, such as a record the station could not store. */
  | 'failed';

export interface SyncProblem {
  code: SyncProblemCode;
  params: Record<string, string>;
  message: string;
}

/** What staff mode shows about sync with the organizer's hub. */
export interface SyncStatus {
  /** The hub this station is paired with, or null when it is not paired. */
  hub: string | null;
  /** Local changes (check-ins, guests) not yet confirmed by the hub. */
  pendingEvents: number;
  lastSuccessAt: string | null;
  /** The last failure; null once a sync succeeded again. */
  lastError: SyncProblem | null;
  syncing: boolean;
}
