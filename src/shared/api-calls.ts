// The names of the API calls and where each travels. Kept free of dependencies so the sandboxed
// preload can bundle it; src/shared/api.ts pairs each name with its schema.

export const API_CALL_NAMES = [
  'getKioskInfo',
  'checkInByCode',
  'searchGuests',
  'checkInGuest',
  'staffStatus',
  'staffSetPin',
  'staffUnlock',
  'staffLock',
  'staffGuests',
  'staffCheckIn',
  'staffUndoCheckIn',
  'staffEditGuest',
  'staffDepartments',
  'staffFindDuplicates',
  'staffCreateWalkIn',
  'staffDashboard',
  'staffUploadChunk',
  'staffPreviewImport',
  'staffApplyImport',
  'staffExport',
  'staffEventSettings',
  'staffSaveEventSettings',
  'staffPurgePersonalData',
  'staffDoorLog',
  // badges (issue 4)
  'getBadgeSettings',
  'saveBadgeSettings',
  'listPrintJobs',
  'retryPrintJob',
  'reprintBadge',
  // sync (issue 6)
  'getSyncStatus',
  'syncNow',
  // Electron lockdown (issue 7): the kiosk window is left only by staff
  'kioskShell',
  'quitKiosk',
  // badge photos (issue 16)
  'answerPhotoQuestion',
  'getPhotoSettings',
  'savePhotoSettings',
  'listPhotoConsents',
  'takeGuestPhoto',
  'withdrawPhotoConsent',
  'whosWhoBooklet',
  // the kiosk on a real kiosk PC (issue 12): starting with the computer
  'kioskAutostart',
  'setKioskAutostart',
  // the organizer's day (issue 14)
  'staffRemoveGuest',
  // recurring forums (issue 17): forum settings, the hub's groups and the history, for staff only
  'getForumSettings',
  'saveForumSettings',
  'makeMingleGroups',
  'getForumHistory',
  'decideForumLink',
  // issue 14, station names: shown in exports instead of the station's id
  'staffStationName',
  'staffSaveStationName',
] as const;

/** Longest scanner input accepted for a look-up; anything longer is simply not a code of ours. */
export const MAX_SCAN_INPUT = 8192;

export type ApiCallName = (typeof API_CALL_NAMES)[number];

/** The Electron IPC channel of a call: one named channel per call, never a generic one. */
export const ipcChannel = (name: ApiCallName): string => `entre:${name}`;

/** The HTTP route of a call in the browser station. */
export const httpRoute = (name: ApiCallName): string => `/api/${name}`;

/**
 * Why a call failed, for a person to read: the screens word each reason in their language (`error.<reason>`
 * in the translation files). An error without one is a fault of the caller (arguments that do not fit the
 * contract) or of the station, and shows its English message.
 */
export const API_ERROR_REASONS = [
  'store-full',
  'store-unwritable',
  'store-unreachable',
  'station-failed',
  'no-event',
  'name-missing',
  'guest-not-found',
  'photo-unusable',
  'photo-question-over',
  'upload-interrupted',
  'upload-too-large',
  'staff-locked',
  'pin-already-set',
  'device-not-paired',
  'invalid-email',
  'invalid-input',
] as const;
export type ApiErrorReason = (typeof API_ERROR_REASONS)[number];

/** An error the API reports to its caller in plain words, with a stable code for the UI. */
export interface ApiErrorBody {
  /** 'staff-locked': the staff session is missing or over; the screen goes back to the PIN.
   *  'unsupported': this station cannot do that (e.g. quitting the kiosk app from a browser). */
  code: 'invalid-arguments' | 'not-found' | 'storage' | 'internal' | 'staff-locked' | 'unsupported';
  /** In English, for logs and the command line. */
  message: string;
  reason?: ApiErrorReason;
  /** Values the reason's words name (`{megabytes}`). */
  params?: Record<string, string>;
}

/** What the Electron main process answers over IPC: errors travel as data, not as thrown exceptions. */
export type IpcReply<T> = { result: T } | { error: ApiErrorBody };
