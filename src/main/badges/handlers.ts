// The badge calls of the API contract: settings with their preview data, the print queue, retry and reprint.
import type { ApiParsedArgs } from '../../shared/api';
import type { BadgeSettings } from '../../shared/badge/print-jobs';
import { DEFAULT_BADGE_DESIGN } from '../../shared/badge/design';
import type { Station } from '../kiosk/check-in';
import { noEventLoaded } from '../api/errors';
import { requireStaffSession, type StaffSessions } from '../staff/sessions';
import {
  badgeSample,
  eventDepartments,
  getBadgeDesign,
  getPrinterSettings,
  saveBadgeDesign,
  savePrinterSettings,
} from '../store/badge-designs';
import { getActiveEvent } from '../store/events';
import { getGuest } from '../store/guests';
import { recentPrintJobs } from '../store/print-jobs';

/** How many jobs the queue panel lists: the current rush, not the whole day. */
const RECENT_JOBS = 50;

function badgeSettings(station: Station): BadgeSettings {
  const event = getActiveEvent(station.db);
  return {
    design: event ? getBadgeDesign(station.db, event.id) : DEFAULT_BADGE_DESIGN,
    printer: getPrinterSettings(station.db),
    event: event && { name: event.name, startsOn: event.startsOn },
    departments: event ? eventDepartments(station.db, event.id) : [],
    sample: event && badgeSample(station.db, event.id),
  };
}

function activeEventId(station: Station): string {
  const event = getActiveEvent(station.db);
  if (!event) throw noEventLoaded();
  return event.id;
}

export function createBadgeHandlers(station: Station, sessions: StaffSessions) {
  return {
    getBadgeSettings: () => badgeSettings(station),
    saveBadgeSettings: ({ design, printer, session }: ApiParsedArgs<'saveBadgeSettings'>) => {
      requireStaffSession(sessions, session);
      const eventId = activeEventId(station);
      station.db
        .transaction(() => {
          saveBadgeDesign(station.db, eventId, design);
          savePrinterSettings(station.db, printer);
        })
        .immediate();
      return badgeSettings(station);
    },
    listPrintJobs: () => {
      const event = getActiveEvent(station.db);
      return event ? recentPrintJobs(station.db, event.id, RECENT_JOBS) : [];
    },
    // null: that job has not failed (it may be printing again already), so there is nothing to retry.
    retryPrintJob: ({ jobId, session }: ApiParsedArgs<'retryPrintJob'>) => {
      requireStaffSession(sessions, session);
      return station.badges?.retry(jobId) ?? null;
    },
    // null: no such guest in the active event (or no printing on this station); nothing was queued.
    reprintBadge: ({ guestId, session }: ApiParsedArgs<'reprintBadge'>) => {
      requireStaffSession(sessions, session);
      const guest = getGuest(station.db, guestId);
      const event = getActiveEvent(station.db);
      return station.badges && guest && guest.eventId === event?.id ? station.badges.reprint(guestId) : null;
    },
  };
}
