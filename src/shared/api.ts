// The one API contract between the kiosk UI and the Node side. Each call has a runtime schema for its
// arguments, validated on the receiving side whichever transport (Electron IPC or HTTP) carried it.
import { z } from 'zod';
import type { KioskInfo, PublicGuest, ScanOutcome, SyncStatus } from './domain';
import type { ApiCallName } from './api-calls';
import { EMAIL_PATTERN, GUEST_FIELD_LIMITS } from './guest-fields';
import {
  type DashboardFigures,
  type DuplicateCandidate,
  type EventSettings,
  EXPORT_FORMATS,
  type ExportFile,
  type ExportDownload,
  GUEST_FILTERS,
  type ImportOutcome,
  type ImportPreview,
  type StaffGuest,
  type StaffGuestPage,
  type StaffDoorLogEntry,
  type StaffStatus,
  type UnlockResult,
  type SetPinResult,
  UPLOAD_CHUNK_CHARS,
  STAFF_PIN_PATTERN,
} from './staff';

import { MAX_SCAN_INPUT } from './api-calls';
import type { BadgeSettings, PrintJob } from './badge/print-jobs';
import { badgeDesignSchema, printerSettingsSchema } from './badge/schemas';
import type { KioskAutostart, KioskShellInfo } from './kiosk-shell';
import { MAX_PHOTO_BASE64, type PhotoConsent, type PhotoSettings } from './photos';
import type { ForumHistoryView, ForumSettings, MadeGroups } from './forums';
import { isTimeZone } from './event-time';

/** This station's id and the name staff gave it (null: exports show the id's first 8 characters). */
export interface StationName {
  stationId: string;
  name: string | null;
}

export {
  API_CALL_NAMES,
  httpRoute,
  ipcChannel,
  MAX_SCAN_INPUT,
  type ApiCallName,
  type ApiErrorBody,
  type IpcReply,
} from './api-calls';

/** Pairs an argument schema with the result type the call promises. */
function call<Result>() {
  return <Args extends z.ZodType>(args: Args) => ({ args, result: undefined as unknown as Result });
}

/** A staff PIN: 4 to 12 digits, so it can be typed on the kiosk's number pad. */
const staffPin = z.string().regex(STAFF_PIN_PATTERN, 'the PIN must be 4 to 12 digits');

/** Every staff call carries the session token that staffUnlock handed out; main checks it. */
const staffCall = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.object({ session: z.string().min(20).max(100), ...shape }).strict();

/** A guest's editable fields, with the import's limits and its idea of an e-mail address. */
const guestFields = {
  firstName: z.string().trim().max(GUEST_FIELD_LIMITS.firstName),
  lastName: z.string().trim().max(GUEST_FIELD_LIMITS.lastName),
  title: z.string().trim().max(GUEST_FIELD_LIMITS.title),
  department: z.string().trim().max(GUEST_FIELD_LIMITS.department),
  email: z.union([z.literal(''), z.string().max(GUEST_FIELD_LIMITS.email).regex(EMAIL_PATTERN)]),
};

/** A badge photo as base64; main checks it is a small square JPEG before storing it. */
const photoBase64 = z.base64().max(MAX_PHOTO_BASE64, 'the picture is larger than 40 KB');

export const apiContract = {
  getKioskInfo: call<KioskInfo>()(z.object({}).strict()),
  checkInByCode: call<ScanOutcome>()(
    z.object({ code: z.string().max(MAX_SCAN_INPUT), method: z.enum(['wedge', 'camera']) }).strict(),
  ),
  searchGuests: call<PublicGuest[]>()(z.object({ query: z.string().max(200) }).strict()),
  checkInGuest: call<ScanOutcome>()(z.object({ guestId: z.uuid(), method: z.enum(['search', 'staff']) }).strict()),
  staffStatus: call<StaffStatus>()(z.object({}).strict()),
  staffSetPin: call<SetPinResult>()(z.object({ pin: staffPin, setupCode: z.string().max(32) }).strict()),
  staffUnlock: call<UnlockResult>()(z.object({ pin: z.string().max(64) }).strict()),
  staffLock: call<{ locked: true }>()(staffCall({})),
  staffGuests: call<StaffGuestPage>()(
    staffCall({
      query: z.string().max(200),
      filter: z.enum(GUEST_FILTERS),
      after: z
        .object({ sortKey: z.string().max(1000), id: z.string().max(64) })
        .strict()
        .nullable()
        .optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    }),
  ),
  staffCheckIn: call<ScanOutcome>()(staffCall({ guestId: z.uuid() })),
  staffUndoCheckIn: call<StaffGuest>()(staffCall({ guestId: z.uuid() })),
  staffEditGuest: call<StaffGuest>()(staffCall({ guestId: z.uuid(), ...guestFields, flagged: z.boolean() })),
  staffDepartments: call<string[]>()(staffCall({})),
  staffFindDuplicates: call<DuplicateCandidate[]>()(
    staffCall({ firstName: guestFields.firstName, lastName: guestFields.lastName, email: guestFields.email }),
  ),
  staffCreateWalkIn: call<StaffGuest>()(staffCall(guestFields)),
  staffDashboard: call<DashboardFigures>()(staffCall({})),
  staffUploadChunk: call<{ receivedBytes: number }>()(
    staffCall({
      uploadId: z.uuid(),
      index: z.int().min(0).max(1000),
      data: z.base64().max(UPLOAD_CHUNK_CHARS),
    }),
  ),
  staffPreviewImport: call<ImportPreview>()(staffCall({ uploadId: z.uuid(), fileName: z.string().min(1).max(255) })),
  staffApplyImport: call<ImportOutcome>()(
    staffCall({
      uploadId: z.uuid(),
      fileName: z.string().min(1).max(255),
      removeMissing: z.boolean().default(false),
    }),
  ),
  staffExport: call<ExportDownload>()(
    staffCall({ format: z.enum(EXPORT_FORMATS), scope: z.enum(['attendance', 'missing']) }),
  ),
  staffEventSettings: call<EventSettings>()(staffCall({})),
  staffSaveEventSettings: call<EventSettings>()(
    staffCall({
      name: z.string().trim().min(1).max(160),
      startsOn: z.iso.date().nullable(),
      venue: z.string().trim().max(160).nullable(),
      retentionDays: z.int().min(1).max(3650).nullable(),
      // issue 14: the one zone of every clock time on screens and in exports (left out: unchanged)
      timeZone: z
        .string()
        .max(64)
        .refine(isTimeZone, 'not a time zone: use a name such as Europe/Stockholm')
        .optional(),
    }),
  ),
  staffPurgePersonalData: call<EventSettings>()(staffCall({ confirm: z.literal(true) })),
  staffDoorLog: call<StaffDoorLogEntry[]>()(staffCall({})),
  // badges (issue 4): changing settings, retrying and reprinting are for staff only
  getBadgeSettings: call<BadgeSettings>()(z.object({}).strict()),
  saveBadgeSettings: call<BadgeSettings>()(staffCall({ design: badgeDesignSchema, printer: printerSettingsSchema })),
  listPrintJobs: call<PrintJob[]>()(z.object({}).strict()),
  retryPrintJob: call<PrintJob | null>()(staffCall({ jobId: z.uuid() })),
  reprintBadge: call<PrintJob | null>()(staffCall({ guestId: z.uuid() })),
  // sync (issue 6): staff mode's sync panel
  getSyncStatus: call<SyncStatus>()(z.object({}).strict()),
  syncNow: call<SyncStatus>()(staffCall({})),
  // Electron lockdown (issue 7): whether this station is the kiosk window, and staff quitting it
  kioskShell: call<KioskShellInfo>()(z.object({}).strict()),
  quitKiosk: call<{ quitting: true }>()(staffCall({})),
  // badge photos (issue 16): the kiosk's question, and staff managing photos and consent
  answerPhotoQuestion: call<{ saved: boolean }>()(
    z.object({ guestId: z.uuid(), jpeg: photoBase64.nullable() }).strict(),
  ),
  getPhotoSettings: call<PhotoSettings>()(staffCall({})),
  savePhotoSettings: call<PhotoSettings>()(
    staffCall({ settings: z.object({ kioskQuestion: z.boolean(), whosWhoInitials: z.boolean() }).strict() }),
  ),
  listPhotoConsents: call<PhotoConsent[]>()(staffCall({})),
  takeGuestPhoto: call<PhotoConsent[]>()(staffCall({ guestId: z.uuid(), jpeg: photoBase64 })),
  withdrawPhotoConsent: call<PhotoConsent[]>()(staffCall({ guestId: z.uuid() })),
  whosWhoBooklet: call<ExportFile>()(staffCall({})),
  // the kiosk on a real kiosk PC (issue 12): whether it starts when someone logs in to the computer
  kioskAutostart: call<KioskAutostart>()(staffCall({})),
  setKioskAutostart: call<KioskAutostart>()(staffCall({ enabled: z.boolean() })),
  // the organizer's day (issue 14): a cancelled guest taken off the list, after staff confirmed it
  staffRemoveGuest: call<{ removed: true }>()(staffCall({ guestId: z.uuid(), confirm: z.literal(true) })),
  // recurring forums (issue 17): the badge's forum words, the hub's groups (null: none), the history
  getForumSettings: call<ForumSettings>()(staffCall({})),
  saveForumSettings: call<ForumSettings>()(
    staffCall({
      groupWord: z
        .string()
        .trim()
        .min(1, 'The word before the group number is empty (only spaces); nothing was saved.')
        .max(40),
      ribbon: z
        .string()
        .trim()
        .min(1, "The first-timer's ribbon word is empty (only spaces); nothing was saved.")
        .max(60),
      ribbonShown: z.boolean(),
    }),
  ),
  makeMingleGroups: call<MadeGroups>()(staffCall({ size: z.union([z.literal(3), z.literal(4), z.null()]) })),
  getForumHistory: call<ForumHistoryView>()(staffCall({})),
  decideForumLink: call<ForumHistoryView>()(
    staffCall({ proposalId: z.string().regex(/^[0-9a-f]{32}$/), decision: z.enum(['same', 'different']) }),
  ),
  // issue 14, station names: this station's name, shown in exports instead of its id ('' takes it away)
  staffStationName: call<StationName>()(staffCall({})),
  staffSaveStationName: call<StationName>()(staffCall({ name: z.string().trim().max(60) })),
} satisfies Record<ApiCallName, { args: z.ZodType; result: unknown }>;

export type ApiContract = typeof apiContract;
export type ApiArgs<K extends ApiCallName> = z.input<ApiContract[K]['args']>;
export type ApiParsedArgs<K extends ApiCallName> = z.output<ApiContract[K]['args']>;
export type ApiResult<K extends ApiCallName> = ApiContract[K]['result'];

/** What the renderer sees, whichever transport carries the calls. */
export type EntreApi = { [K in ApiCallName]: (args: ApiArgs<K>) => Promise<ApiResult<K>> };
