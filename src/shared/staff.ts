// Types of the staff-mode calls, shared by the main process and the renderer.
import type { CheckInMethod, EventInfo } from './domain';
import type { GuestListField, ImportProblem } from './import-problems';

export const GUEST_FILTERS = ['all', 'arrived', 'missing', 'walk-ins', 'flagged'] as const;
export type GuestFilter = (typeof GUEST_FILTERS)[number];

/** A chunk of an uploaded file in base64: small enough for the HTTP station's 64 KiB body limit. */
export const UPLOAD_CHUNK_CHARS = 48_000;

/**
 * The file kinds an export is written as; `-sv` is the same kind for a Swedish office: Swedish headers
 * and values, times Swedish Excel reads as times, and for CSV semicolons (export/csv.ts).
 */
export const EXPORT_FORMATS = ['csv', 'csv-sv', 'xlsx', 'xlsx-sv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file's own kind (its extension and type), Swedish or not. */
export const exportFileKind = (format: ExportFormat): 'csv' | 'xlsx' | 'json' =>
  format === 'csv-sv' ? 'csv' : format === 'xlsx-sv' ? 'xlsx' : format;

export const isSwedishExport = (format: ExportFormat): boolean => format !== exportFileKind(format);

/** Everyone, or only the guests who were expected and have not arrived. */
export type ExportScope = 'attendance' | 'missing';

/** A staff PIN: 4 to 12 digits, so it can be typed on the kiosk's number pad. */
export const STAFF_PIN_PATTERN = /^\d{4,12}$/;

export interface StaffStatus {
  pinSet: boolean;
  /** While too many wrong PINs keep staff mode shut: when it opens again (ISO 8601). */
  lockedUntil: string | null;
}

export type UnlockResult =
  | { ok: true; session: string }
  | { ok: false; reason: 'wrong-pin'; triesLeft: number }
  | { ok: false; reason: 'locked'; lockedUntil: string };

/** Choosing the first PIN at the kiosk: it takes the organizer's setup code, and a wrong one counts as a wrong try. */
export type FirstPinResult =
  | { ok: true }
  | { ok: false; reason: 'wrong-setup-code'; triesLeft: number }
  | { ok: false; reason: 'locked'; lockedUntil: string };

export type SetPinResult = Exclude<FirstPinResult, { ok: true }> | { ok: true; session: string };

/** The setup code as typed ("1234 5678", "1234-5678") down to its digits. */
export const normaliseSetupCode = (typed: string): string => typed.replace(/[\s-]/g, '');

export interface StaffGuest {
  id: string;
  firstName: string;
  lastName: string;
  fullName: string;
  title: string;
  department: string;
  email: string;
  walkIn: boolean;
  flagged: boolean;
  checkedInAt: string | null;
  method: CheckInMethod | null;
}

/** Where the next page of the staff guest list starts: after this row of the list's order. */
export interface GuestListCursor {
  sortKey: string;
  id: string;
}

/** One page of the staff guest list, with how many guests each filter holds for the same search. */
export interface StaffGuestPage {
  guests: StaffGuest[];
  counts: Record<GuestFilter, number>;
  next: GuestListCursor | null;
}

/** Rows per page of the staff guest list: a screenful and then some. */
export const GUEST_PAGE_SIZE = 100;

export interface DuplicateCandidate {
  guest: StaffGuest;
  reason: 'same-email' | 'similar-name';
}

export interface DashboardFigures {
  expected: number;
  arrivedExpected: number;
  walkIns: number;
  missing: number;
  /** Check-ins per five minutes, oldest first; start is epoch milliseconds. */
  perFiveMinutes: { start: number; count: number }[];
  /** Arrived of expected (walk-ins not in either), and the walk-ins of the department beside them. */
  byDepartment: { department: string; arrived: number; expected: number; walkIns: number }[];
  latest: { guestId: string; fullName: string; department: string; at: string; walkIn: boolean }[];
  /** Arrived guests at their first forum (docs/forums.md), latest first, for hosts to greet. */
  firstTimers: { guestId: string; fullName: string; department: string; at: string }[];
}

/** An imported guest on the list that a new file no longer holds (cancelled?). */
export interface GuestNotInFile {
  fullName: string;
  /** When they checked in (ISO 8601), if they did: a guest who arrived stays on the list (removeMissing). */
  arrivedAt: string | null;
}

export interface ImportPreview {
  header: string[];
  /** Which header column each guest field was read from (absent: not found). */
  mapping: Partial<Record<GuestListField, string>>;
  firstRows: string[][];
  rowCount: number;
  problems: ImportProblem[];
  /** Imported guests on the list that this file no longer holds (cancelled?), in list order. */
  notInFile: GuestNotInFile[];
}

export type ImportOutcome =
  | {
      ok: true;
      eventName: string;
      added: number;
      updated: number;
      unchanged: number;
      notInFile: GuestNotInFile[];
      /**
       * How many guests not in the file were taken off the list (asked for with removeMissing): those
       * who have not arrived; one who checked in stays, so nobody who came drops out of the attendance.
       */
      removed: number;
    }
  | { ok: false; problems: ImportProblem[] };

export interface ExportFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** An attendance export offered for download: the page downloads it from `url`, a one-time address on its own origin. */
export interface ExportDownload {
  fileName: string;
  url: string;
}

export interface EventSettings {
  event: EventInfo;
  retentionDays: number | null;
  lastExportedAt: string | null;
  /** When the log last reached the hub; null until sync exists or has run. */
  lastSyncedAt: string | null;
  purgedAt: string | null;
  guestCount: number;
}

/**
 * The door log's details as main writes them: facts, not sentences, so that the staff screen words
 * them in its own language (doorLogFacts reads them back).
 */
export const doorLogDetail = {
  pinSet: (via: 'setup-code' | 'command-line') => via,
  failedUnlock: (what: 'pin' | 'setup-code', failures: number, max: number) => `${what} ${failures}/${max}`,
  lockout: (failures: number, until: string) => `${failures} ${until}`,
};

export type DoorLogFacts =
  | { kind: 'pin-set'; via: 'setup-code' | 'command-line' }
  | { kind: 'failed-unlock'; what: 'pin' | 'setup-code'; failures: number; max: number }
  | { kind: 'lockout'; failures: number; until: string };

/** The facts of a door-log line, also from the English sentences older versions wrote; null when it has none. */
export function doorLogFacts(entry: StaffDoorLogEntry): DoorLogFacts | null {
  const { kind, detail } = entry;
  if (kind === 'pin-set' && (detail === 'setup-code' || detail === 'command-line')) return { kind, via: detail };
  if (kind === 'failed-unlock') {
    const match = /^(pin|setup-code) (\d+)\/(\d+)$/.exec(detail) ?? /^wrong (PIN) (\d+) of (\d+)$/.exec(detail);
    if (match)
      return { kind, what: match[1] === 'setup-code' ? 'setup-code' : 'pin', failures: +match[2]!, max: +match[3]! };
  }
  if (kind === 'lockout') {
    const match = /^(\d+) (\S+)$/.exec(detail) ?? /^(\d+) wrong PINs; locked until (\S+)$/.exec(detail);
    if (match) return { kind, failures: +match[1]!, until: match[2]! };
  }
  return null;
}

/** One line of the staff door's log: PIN set, unlocks, wrong PINs, lockouts and locks. */
export interface StaffDoorLogEntry {
  at: string;
  kind:
    | 'pin-set'
    | 'unlock'
    | 'failed-unlock'
    | 'lockout'
    | 'lock'
    | 'kiosk-quit'
    | 'kiosk-restarted'
    | 'photo-consent'
    | 'photo-withdrawn'
    | 'guest-removed';
  detail: string;
}
