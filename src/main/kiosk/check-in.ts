// Checking a guest in: look the guest up, derive the status from the log and, when not yet in,
// append a check-in. All in one immediate transaction, committed durably before the answer returns.
import type { CheckInMethod, EventInfo, ScanOutcome } from '../../shared/domain';
import { generateInvitationCode, normalizeInvitationCode } from '../../shared/invitation-code';
import { looksSigned, verifySignedInvitation } from '../invitations/signed-invitation';
import { appendAttendance, guestStatus } from '../store/attendance';
import type { Db } from '../store/database';
import { activePublicKey, isInvitationRevoked } from '../store/event-keys';
import { getActiveEvent } from '../store/events';
import { forumMarkOf } from '../store/forum-marks';
import { findGuestByCode, findGuestsByName, getGuest, type Guest, insertGuest, toPublicGuest } from '../store/guests';
import type { BadgePrinting } from '../badges/printing';

export interface Station {
  db: Db;
  stationId: string;
  /** The badge print queue; absent where nothing prints (some tests, tools). */
  badges?: BadgePrinting;
}

export function checkInByCode(station: Station, input: string, method: CheckInMethod): ScanOutcome {
  const code = input.trim().toLowerCase();
  const plainCode = normalizeInvitationCode(code);
  if (!plainCode && !looksSigned(code)) return { kind: 'unknown' };
  const outcome = station.db
    .transaction(() => {
      const event = getActiveEvent(station.db);
      if (!event) return { kind: 'unknown' } as const;
      const guest = plainCode
        ? findGuestByCode(station.db, event.id, plainCode)
        : guestOfSignedInvitation(station.db, event, code);
      // A guest taken off the list is not expected any more: the door treats their code as unknown.
      return guest && !guest.removedAt ? admit(station, guest, method) : ({ kind: 'unknown' } as const);
    })
    .immediate();
  return afterCommit(station, outcome, method);
}

/**
 * The guest a signed invitation names, once its signature verifies with a key trusted for this
 * event and the invitation is not revoked. A guest the store does not know yet (registered after
 * the last import) is recorded from the invitation, so later scans and the report see them.
 */
function guestOfSignedInvitation(db: Db, event: EventInfo, code: string): Guest | null {
  const claims = verifySignedInvitation(code, (keyId) => activePublicKey(db, event.id, keyId));
  if (!claims || isInvitationRevoked(db, event.id, claims.guestId)) return null;
  const known = getGuest(db, claims.guestId);
  if (known) return known.eventId === event.id ? known : null;
  // A kiosk that imported the list itself gave its guests other ids: one guest of that name is them.
  const namesakes = findGuestsByName(db, event.id, claims);
  const listed = namesakes.filter((guest) => !guest.removedAt);
  if (listed.length === 1) return listed[0]!;
  // Only namesakes taken off the list: that is who this is, and the door refuses them.
  if (listed.length === 0 && namesakes.length > 0) return namesakes[0]!;
  return insertGuest(db, {
    id: claims.guestId,
    eventId: event.id,
    code: generateInvitationCode(),
    firstName: claims.firstName,
    lastName: claims.lastName,
    title: claims.title,
    department: claims.department,
    email: '',
    source: 'signed-invitation',
  });
}

export function checkInGuest(station: Station, guestId: string, method: CheckInMethod): ScanOutcome {
  const outcome = station.db
    .transaction(() => {
      const event = getActiveEvent(station.db);
      const guest = getGuest(station.db, guestId);
      return guest && event && guest.eventId === event.id && !guest.removedAt
        ? admit(station, guest, method)
        : ({ kind: 'unknown' } as const);
    })
    .immediate();
  return afterCommit(station, outcome, method);
}

/**
 * Runs once the check-in is on disk: a badge is queued only for a guest just welcomed, or held while
 * the kiosk asks for their photo.
 */
function afterCommit(station: Station, outcome: ScanOutcome, method: CheckInMethod): ScanOutcome {
  return station.badges?.afterCheckIn(outcome, method) ?? outcome;
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
  const group = forumMarkOf(station.db, guest.id)?.group;
  return { kind: 'welcome', guest: toPublicGuest(guest), checkedInAt: event.wallTime, ...(group ? { group } : {}) };
}
