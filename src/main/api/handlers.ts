// The Node-side implementation of every call in the API contract. Both transports (Electron IPC and
// the HTTP station) go through dispatch(), so arguments are validated in one place, before use.
import { apiContract, type ApiCallName, type ApiParsedArgs, type ApiResult } from '../../shared/api';
import { getActiveEvent } from '../store/events';
import { searchGuests, toPublicGuest } from '../store/guests';
import { checkInByCode, checkInGuest, type Station } from '../kiosk/check-in';
import { createStaffHandlers } from '../staff/handlers';
import { ExportDownloads } from '../staff/export-downloads';
import { requireStaffSession, StaffSessions } from '../staff/sessions';
import { ApiError } from './errors';
import { createBadgeHandlers } from '../badges/handlers';
import { backgroundSync } from '../sync/scheduler';
import { createShellHandlers, type KioskShell } from '../shell/handlers';
import { createPhotoHandlers } from '../photos/handlers';
import { createForumHandlers } from '../forums/handlers';

/** Calls whose handlers read or write files (exceljs is asynchronous): they answer with a promise. */
export type AsyncApiCallName =
  | 'staffPreviewImport'
  | 'staffApplyImport'
  | 'staffExport'
  | 'whosWhoBooklet'
  // recurring forums (issue 17): they ask the hub
  | 'makeMingleGroups'
  | 'getForumHistory'
  | 'decideForumLink';

/** What a handler returns: the result itself, or a promise of it for the asynchronous calls. */
export type HandlerResult<K extends ApiCallName> = K extends AsyncApiCallName ? Promise<ApiResult<K>> : ApiResult<K>;

export type Handlers = { [K in ApiCallName]: (args: ApiParsedArgs<K>) => HandlerResult<K> };

/**
 * `shell` is the Electron kiosk window; the browser station passes none. `downloads` are the exports
 * offered to staff, which the transport serving the page sends.
 */
export function createHandlers(
  station: Station,
  shell: KioskShell | null = null,
  downloads = new ExportDownloads(station.db),
): Handlers {
  // One set of unlocked staff sessions for every call that only staff may make.
  const sessions = new StaffSessions();
  return {
    getKioskInfo: () => ({ event: getActiveEvent(station.db), stationId: station.stationId }),
    checkInByCode: ({ code, method }) => checkInByCode(station, code, method),
    searchGuests: ({ query }) => {
      const event = getActiveEvent(station.db);
      return event ? searchGuests(station.db, event.id, query).map(toPublicGuest) : [];
    },
    checkInGuest: ({ guestId, method }) => checkInGuest(station, guestId, method),
    ...createStaffHandlers(station, sessions, downloads),
    ...createBadgeHandlers(station, sessions),
    // sync (issue 6): the round runs in the background; the panel polls getSyncStatus
    getSyncStatus: () => backgroundSync(station).status(),
    syncNow: ({ session }) => {
      requireStaffSession(sessions, session);
      const sync = backgroundSync(station);
      void sync.syncNow();
      return sync.status();
    },
    // Electron lockdown (issue 7)
    ...createShellHandlers(station.db, sessions, shell),
    // badge photos (issue 16)
    ...createPhotoHandlers(station, sessions),
    ...createForumHandlers(station, sessions),
  };
}

export { ApiError };

export function isApiCallName(name: string): name is ApiCallName {
  return Object.hasOwn(apiContract, name);
}

/** Validates the raw arguments of a call against its schema, then runs it. */
export function dispatch<K extends ApiCallName>(handlers: Handlers, name: K, rawArgs: unknown): HandlerResult<K> {
  const parsed = apiContract[name].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const problem = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`)
      .join('; ');
    // Staff type what these schemas check (a walk-in's e-mail); the screens word the reason, the log keeps the detail.
    const email = parsed.error.issues.some((issue) => issue.path[0] === 'email');
    throw new ApiError({
      code: 'invalid-arguments',
      reason: email ? 'invalid-email' : 'invalid-input',
      message: `Invalid arguments for ${name}: ${problem}`,
    });
  }
  const handler = handlers[name] as (args: unknown) => HandlerResult<K>;
  const plainProblem = (error: unknown) => storageProblem(error) ?? error;
  try {
    const result = handler(parsed.data);
    return result instanceof Promise
      ? (result.catch((error: unknown) => Promise.reject(plainProblem(error))) as HandlerResult<K>)
      : result;
  } catch (error) {
    throw plainProblem(error);
  }
}

/** SQLite errors that staff can act on, in plain words; the transaction was rolled back. */
function storageProblem(error: unknown): ApiError | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL') {
    return new ApiError({
      code: 'storage',
      reason: 'store-full',
      message: 'The disk is full: nothing was saved. Free some space and try again.',
    });
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') {
    return new ApiError({
      code: 'storage',
      reason: 'store-unwritable',
      message: 'The store could not be written: nothing was saved. Check the disk and try again.',
    });
  }
  return null;
}
