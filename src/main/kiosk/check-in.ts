// Checking a guest in: look the guest up, derive the status from the log and, when not yet in,
// append a check-in. All in one immediate transaction, committed durably before the answer returns.
import type { CheckInMethod, ScanOutcome } from '../../shared/domain';
import { normalizeInvitationCode } from '../../shared/invitation-code';
import { appendAttendance, guestStatus } from '../store/attendance';
import type { Db } from '../store/database';
import { getActiveEvent } from '../store/events';
import { findGuestByCode, getGuest, type Guest, toPublicGuest } from '../store/guests';
import type { BadgePrinting } from '../badges/printing';

export interface Station {
  db: Db;
  stationId: string;
  /** The badge print queue; absent where nothing prints (some tests, tools). */
  badges?: BadgePrinting;
}

export function checkInByCode(station: Station, input: string, method: CheckInMethod): ScanOutcome {
  const code = normalizeInvitationCode(input);
  if (!code) return { kind: 'unknown' };
  const outcome = station.db
    .transaction(() => {
      const event = getActiveEvent(station.db);
      const guest = event && findGuestByCode(station.db, event.id, code);
      return guest ? admit(station, guest, method) : ({ kind: 'unknown' } as const);
    })
    .immediate();
  return afterCommit(station, outcome);
}

export function checkInGuest(station: Station, guestId: string, method: CheckInMethod): ScanOutcome {
  const outcome = station.db
    .transaction(() => {
      const event = getActiveEvent(station.db);
      const guest = getGuest(station.db, guestId);
      return guest && event && guest.eventId === event.id
        ? admit(station, guest, method)
        : ({ kind: 'unknown' } as const);
    })
    .immediate();
  return afterCommit(station, outcome);
}

/** Runs once the check-in is on disk: a badge is queued only for a guest just welcomed. */
function afterCommit(station: Station, outcome: ScanOutcome): ScanOutcome {
  station.badges?.afterCheckIn(outcome);
  return outcome;
}

function admit(station: Station, guest: Guest, method: CheckInMethod): ScanOutcome {
  const status = guestStatus(station.db, guest.id);
  if (status.checkedIn) return { kind: 'already', guest: toPublicGuest(guest), checkedInAt: status.checkIn.wallTime };
  const event = appendAttendance(station.db, {
    eventId: guest.eventId,
    guestId: guest.id,
    stationId: station.stationId,
    kind: 'check-in',
    method,
  });
  return { kind: 'welcome', guest: toPublicGuest(guest), checkedInAt: event.wallTime };
}
