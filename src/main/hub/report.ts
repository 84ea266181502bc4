// The merged attendance of all stations, as the hub sees it: one row per guest (walk-ins registered
// at two doors merged), the check-in that counts with its station and original time, and double
// entries flagged.
import {
  type AttendanceRecord,
  type GuestRecord,
  type HubWhosWhoPage,
  type HubAttendance,
  type HubAttendanceRow,
  type SyncRecord,
  WHOS_WHO_PAGE_SIZE,
} from '../../shared/sync-protocol';
import { attendanceStatus, type AttendanceEvent } from '../store/attendance';
import { canonicalGuestIds } from '../store/guest-aliases';
import { fullName } from '../store/guests';
import { sortPeople } from '../../shared/person-sort';
import { photosByPerson, whosWhoOf } from '../photos/whos-who-entries';

const toEvent = (record: AttendanceRecord): AttendanceEvent => ({ ...record, kind: record.action });

export function hubAttendance(records: SyncRecord[]): HubAttendance {
  const event = records.find((record) => record.type === 'event');
  const guests = records.filter((record): record is GuestRecord => record.type === 'guest');
  const aliases = canonicalGuestIds(guests);
  const logs = new Map<string, AttendanceEvent[]>();
  for (const record of records) {
    if (record.type !== 'attendance') continue;
    const guestId = aliases.get(record.guestId) ?? record.guestId;
    logs.set(guestId, [...(logs.get(guestId) ?? []), toEvent(record)]);
  }
  const rows = sortPeople(guests.filter((guest) => !aliases.has(guest.id) && !guest.removedAt)).map(
    (guest): HubAttendanceRow => {
      const log = (logs.get(guest.id) ?? []).sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
      const status = attendanceStatus(log);
      return {
        guestId: guest.id,
        name: fullName(guest),
        title: guest.title,
        department: guest.department,
        email: guest.email,
        checkedIn: status.checkedIn,
        checkIn: status.checkedIn
          ? {
              wallTime: status.checkIn.wallTime,
              stationId: status.checkIn.stationId,
              method: status.checkIn.method,
              hlc: status.checkIn.hlc,
            }
          : null,
        walkIn: guest.source === 'walk-in',
        doubleEntries: doubleEntries(log),
      };
    },
  );
  return { event: event ? { id: event.id, name: event.name } : null, rows };
}

/** Check-ins recorded while the guest already counted as in: only offline doors can do that. */
function doubleEntries(log: AttendanceEvent[]): HubAttendanceRow['doubleEntries'] {
  const extra: HubAttendanceRow['doubleEntries'] = [];
  let inside = false;
  for (const event of log) {
    if (event.kind === 'undo') inside = false;
    else if (inside) extra.push({ wallTime: event.wallTime, stationId: event.stationId });
    else inside = true;
  }
  return extra;
}

/**
 * The who's-who from every door's records: the guests as the merged attendance lists them, each with
 * the photo edited last of theirs and their duplicates' (a withdrawn one is a tombstone, so none).
 */
export function hubWhosWho(records: SyncRecord[], initials: boolean, from?: number): HubWhosWhoPage {
  const event = records.find((record) => record.type === 'event');
  const guests = records.filter((record): record is GuestRecord => record.type === 'guest');
  const aliases = canonicalGuestIds(guests);
  const versions = records.flatMap((record) =>
    record.type === 'photo' ? [{ guestId: record.id, picture: record.jpeg, updatedAt: record.updatedAt }] : [],
  );
  const photos = new Map([...photosByPerson(versions, aliases)].map(([guestId, photo]) => [guestId, photo.picture]));
  const listed = sortPeople(guests.filter((guest) => !aliases.has(guest.id) && !guest.removedAt));
  const cards = whosWhoOf(
    listed.map((guest) => ({ ...guest, fullName: fullName(guest) })),
    photos,
    initials,
  );
  const about = event ? { id: event.id, name: event.name } : null;
  // A station from before paging asks without `from` and reads one answer: it gets every card.
  if (from === undefined) return { event: about, cards, next: null };
  // Paged by position in the sorted list: a guest added or removed while a station reads the pages
  // shifts the cards after it, so that booklet may show one twice or miss one; the next is whole again.
  const to = from + WHOS_WHO_PAGE_SIZE;
  return { event: about, cards: cards.slice(from, to), next: to < cards.length ? to : null };
}
