// The staff calls of the API contract. Every one but status, first PIN and unlock needs an open staff
// session, checked here in main: the renderer is never trusted to say it is unlocked.
import type { ApiCallName, ApiParsedArgs } from '../../shared/api';
import type { HandlerResult } from '../api/handlers';
import type { EventInfo } from '../../shared/domain';
import { GUEST_PAGE_SIZE } from '../../shared/staff';
import { ApiError, noEventLoaded } from '../api/errors';
import { checkInGuest, type Station } from '../kiosk/check-in';
import { getActiveEvent } from '../store/events';
import { dashboardFigures } from './dashboard';
import { departments, editGuest, GuestNotFoundError, removeGuest, staffGuestPage, undoCheckIn } from './guest-list';
import { UploadError, Uploads } from './uploads';
import type { ExportDownloads } from './export-downloads';
import { eventSettings, purgePersonalData, saveEventSettings } from './personal-data';
import { isPinSet, lockedUntil, PinError, setFirstPin, tryUnlock } from './pin';
import { requireStaffSession, type StaffSessions } from './sessions';
import { latestStaffLog, logStaffEvent } from './staff-log';
import { createWalkIn, probableDuplicates } from './walk-ins';
import { ownStationName, setStationName } from '../store/station-names';

type StaffCallName = Extract<ApiCallName, `staff${string}`>;
export type StaffHandlers = {
  [K in StaffCallName]: (args: ApiParsedArgs<K>) => HandlerResult<K>;
};

const nameMissing = () =>
  new ApiError({ code: 'invalid-arguments', reason: 'name-missing', message: 'The name is missing.' });

export function createStaffHandlers(
  station: Station,
  sessions: StaffSessions,
  downloads: ExportDownloads,
): StaffHandlers {
  const { db } = station;
  const uploads = new Uploads();

  /** Runs a staff call only inside an open session, and turns expected failures into plain messages. */
  function staff<Args extends { session: string }, Result>(run: (args: Args, event: EventInfo) => Result) {
    return (args: Args): Result => {
      requireStaffSession(sessions, args.session);
      const event = getActiveEvent(db);
      if (!event) throw noEventLoaded();
      try {
        const result = run(args, event);
        return result instanceof Promise ? (result.catch(rethrowPlain) as Result) : result;
      } catch (error) {
        return rethrowPlain(error);
      }
    };
  }

  return {
    staffStatus: () => ({ pinSet: isPinSet(db), lockedUntil: lockedUntil(db) }),
    staffSetPin: ({ pin, setupCode }) => {
      let result;
      try {
        result = setFirstPin(db, pin, setupCode);
      } catch (error) {
        return rethrowPlain(error);
      }
      return result.ok ? { ok: true, session: sessions.open() } : result;
    },
    staffUnlock: ({ pin }) => {
      let check;
      try {
        check = tryUnlock(db, pin);
      } catch (error) {
        return rethrowPlain(error);
      }
      return check.ok ? { ok: true, session: sessions.open() } : check;
    },
    staffLock: ({ session }) => {
      if (sessions.close(session)) logStaffEvent(db, 'lock');
      return { locked: true };
    },
    staffGuests: staff(({ query, filter, after, limit }, event) =>
      staffGuestPage(db, event.id, { query, filter, after: after ?? null, limit: limit ?? GUEST_PAGE_SIZE }),
    ),
    staffCheckIn: staff(({ guestId }) => checkInGuest(station, guestId, 'staff')),
    staffUndoCheckIn: staff(({ guestId }) => undoCheckIn(station, guestId)),
    staffEditGuest: staff(({ guestId, session: _session, ...fields }) => {
      if (!fields.firstName && !fields.lastName) throw nameMissing();
      return editGuest(db, guestId, fields);
    }),
    staffDepartments: staff((_args, event) => departments(db, event.id)),
    staffFindDuplicates: staff((candidate, event) => probableDuplicates(db, event.id, candidate)),
    staffCreateWalkIn: staff(({ session: _session, ...fields }) => {
      if (!fields.firstName && !fields.lastName) throw nameMissing();
      const guest = createWalkIn(station, fields);
      // The walk-in is committed; its badge is queued after, so a printer problem never undoes it.
      station.badges?.printWalkIn(guest.id);
      return guest;
    }),
    staffDashboard: staff((_args, event) => dashboardFigures(db, event.id)),
    staffUploadChunk: staff(({ uploadId, index, data }) => ({ receivedBytes: uploads.add(uploadId, index, data) })),
    // Import and export load their file formats (papaparse, csv-stringify, iconv-lite, exceljs) on first
    // use, so the station answers its first request without them.
    staffPreviewImport: staff(async ({ uploadId, fileName }) => {
      const { previewImport } = await import('./import-upload');
      return previewImport(db, uploads.bytes(uploadId), fileName);
    }),
    staffApplyImport: staff(async ({ uploadId, fileName, removeMissing }) => {
      const { applyImport } = await import('./import-upload');
      const outcome = await applyImport(db, uploads.bytes(uploadId), fileName, { removeMissing });
      if (outcome.ok) uploads.discard(uploadId);
      return outcome;
    }),
    // Only offered here: the page downloads the file, sent as it is read (export-downloads.ts).
    staffExport: staff(async ({ format, scope }, event) => {
      const { exportFileName } = await import('../export/export-file');
      return { fileName: exportFileName(event, scope, format, new Date()), url: downloads.offer(format, scope) };
    }),
    staffEventSettings: staff((_args, event) => eventSettings(db, event.id)),
    staffSaveEventSettings: staff(({ session: _session, ...settings }, event) => {
      saveEventSettings(db, event.id, settings);
      return eventSettings(db, event.id);
    }),
    staffPurgePersonalData: staff((_args, event) => {
      purgePersonalData(db, event.id);
      return eventSettings(db, event.id);
    }),
    staffDoorLog: staff(() => latestStaffLog(db)),
    staffStationName: ({ session }) => {
      requireStaffSession(sessions, session);
      return { stationId: station.stationId, name: ownStationName(db) };
    },
    staffSaveStationName: ({ session, name }) => {
      requireStaffSession(sessions, session);
      setStationName(db, station.stationId, name);
      return { stationId: station.stationId, name: ownStationName(db) };
    },
    staffRemoveGuest: staff(({ guestId }) => {
      removeGuest(db, guestId);
      return { removed: true as const };
    }),
  };
}

/** Failures staff can act on become messages; anything else stays an internal error. */
function rethrowPlain(error: unknown): never {
  if (error instanceof PinError)
    throw new ApiError({ code: 'invalid-arguments', reason: error.reason, message: error.message });
  if (error instanceof UploadError)
    throw new ApiError({
      code: 'invalid-arguments',
      reason: error.reason,
      params: error.params,
      message: error.message,
    });
  if (error instanceof GuestNotFoundError)
    throw new ApiError({ code: 'not-found', reason: 'guest-not-found', message: error.message });
  throw error;
}
