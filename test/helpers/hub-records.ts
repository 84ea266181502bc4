// Sync records as a station sends them to the hub, for tests that push to a hub's storage directly.
import type { AttendanceRecord, EventRecord, GuestRecord } from '../../src/shared/sync-protocol';
import { newRecordId } from '../../src/main/store/record-id';

const CREATED = '2026-11-12T07:00:00.000Z';

export const eventRecord = (id = newRecordId()): EventRecord => ({
  type: 'event',
  id,
  name: 'Ledarforum',
  startsOn: null,
  venue: null,
  createdAt: CREATED,
});

export const guestRecord = (eventId: string, fields: Partial<GuestRecord> = {}): GuestRecord => ({
  type: 'guest',
  id: newRecordId(),
  eventId,
  code: newRecordId(),
  firstName: 'Leila',
  lastName: 'Öhman',
  title: 'Enhetschef',
  department: 'Kultur',
  email: '',
  source: 'import',
  createdAt: CREATED,
  updatedAt: CREATED,
  ...fields,
});

/** A check-in at `stationId`, `second` seconds past nine. */
export const checkInRecord = (
  eventId: string,
  stationId: string,
  fields: Partial<AttendanceRecord> = {},
  second = 0,
): AttendanceRecord => ({
  type: 'attendance',
  id: newRecordId(),
  eventId,
  guestId: newRecordId(),
  stationId,
  action: 'check-in',
  method: 'wedge',
  wallTime: `2026-11-12T09:00:${String(second).padStart(2, '0')}.000+01:00`,
  hlc: `2026-11-12T08:00:${String(second).padStart(2, '0')}.000Z-0000-${stationId}`,
  ...fields,
});
