// The print queue as staff see it.
import type { BadgeDesign } from './design';

/** `sent`: the operating system took the badge, and the printer tells nothing more (Electron's printing). */
export type PrintJobState = 'queued' | 'printing' | 'done' | 'sent' | 'failed';
export type PrintReason = 'check-in' | 'walk-in' | 'reprint';

/** Why a badge did not print, as a stable code the UI words in the reader's language. */
export const PRINT_ERROR_CODES = [
  'not-installed',
  'cups-down',
  'no-printer',
  'out-of-labels',
  'jammed',
  'cover-open',
  'offline',
  'stopped',
  'rejected',
  'timeout',
  'interrupted',
  'failed',
  'needs-electron-kiosk',
] as const;
export type PrintErrorCode = (typeof PRINT_ERROR_CODES)[number];

export interface PrintFailure {
  code: PrintErrorCode;
  /** The printer system's own words (English), for staff who need more than the plain message. */
  detail: string | null;
  /** How long the badge was given, for 'timeout'. */
  seconds?: number;
}

export interface PrintJob {
  id: string;
  guestId: string;
  guestName: string;
  reason: PrintReason;
  /** The guest's nth badge. */
  copy: number;
  state: PrintJobState;
  printer: string | null;
  /** What went wrong when the state is failed; the printer is the job's own. */
  error: PrintFailure | null;
  attempts: number;
  createdAt: string;
  updatedAt: string;
}

/** Settings of this station's printer, apart from the event's design. */
export interface BadgePrinterSettings {
  /** CUPS queue (browser station, CLI) or system printer (Electron). */
  printer: string;
  printOnCheckIn: boolean;
}

export const DEFAULT_PRINTER_SETTINGS: BadgePrinterSettings = { printer: 'Badges', printOnCheckIn: true };

/** What the badge settings panel shows and saves. */
export interface BadgeSettings {
  design: BadgeDesign;
  printer: BadgePrinterSettings;
  event: { name: string; startsOn: string | null } | null;
  /** The active event's departments, for choosing band colours. */
  departments: string[];
  /** A guest of the event for the live preview (the longest name, to see the worst case). */
  sample: { firstName: string; lastName: string; title: string; department: string; photo: string | null } | null;
}
