// Which event a station serves at a multi-event hub, and the refusals when it reaches for another.
// A station says it when pairing (its own event, or one the hub holds that it joins); one that
// could not say (an empty door) serves the hub's only event, or the event of its first push.
import type { HubEvent, PairRequest, SyncRecord } from '../../shared/sync-protocol';
import { HubHttpError } from './http-error';
import type { HubStorage, StationIdentity } from './storage';

/** An event as messages name it: its name and id, or the id alone before its record arrived. */
export const describeEvent = (event: HubEvent): string => (event.name ? `"${event.name}" (${event.id})` : event.id);
export const describeEvents = (events: HubEvent[]): string => events.map(describeEvent).join(', ');

const eventName = (events: HubEvent[], id: string): string =>
  describeEvent(events.find((event) => event.id === id) ?? { id, name: null, startsOn: null, stations: 0 });

function eventRequired(events: HubEvent[]): HubHttpError {
  const list = describeEvents(events);
  return new HubHttpError(409, {
    code: 'event-required',
    message: `The hub holds several events (${list}): pair this station again for one of them (entre pair --event ID).`,
    params: { events: list },
  });
}

async function wrongEvent(storage: HubStorage, own: string | null, requested: string): Promise<HubHttpError> {
  const events = await storage.listEvents();
  const params = { event: own ? eventName(events, own) : '', requested: eventName(events, requested) };
  return new HubHttpError(403, {
    code: 'wrong-event',
    message: own
      ? `This station serves event ${params.event} at the hub and may not read or write event ${params.requested}: pair it again for that event if it should serve it now.`
      : `The hub holds no event ${params.requested}. Its events: ${describeEvents(events) || 'none yet'}.`,
    params,
  });
}

/** The event a pairing station will serve (checked before its one-time code is used up). */
export async function eventForPairing(storage: HubStorage, request: PairRequest): Promise<string | null> {
  const events = await storage.listEvents();
  if (request.eventId) {
    if (!events.some((event) => event.id === request.eventId)) throw await wrongEvent(storage, null, request.eventId);
    return request.eventId;
  }
  if (request.activeEventId) return request.activeEventId;
  if (events.length > 1) throw eventRequired(events);
  return events[0]?.id ?? null;
}

/** The event a station reads; null while the hub holds none. */
export async function eventOfStation(storage: HubStorage, station: StationIdentity): Promise<string | null> {
  if (station.eventId) return station.eventId;
  const events = await storage.listEvents();
  if (events.length > 1) throw eventRequired(events);
  return events[0] ? storage.bindStation(station.stationId, events[0].id) : null;
}

/** Refuses a read of another event than the station's. */
export async function checkReadEvent(storage: HubStorage, own: string | null, requested: string): Promise<void> {
  if (requested !== own) throw await wrongEvent(storage, own, requested);
}

/** A batch may hold only records of the station's event; the first push of an undecided station decides. */
export async function checkPushEvent(
  storage: HubStorage,
  station: StationIdentity,
  records: SyncRecord[],
): Promise<void> {
  const pushed = new Set(records.map((record) => (record.type === 'event' ? record.id : record.eventId)));
  const [first] = pushed;
  const own =
    station.eventId ??
    (pushed.size === 1 ? await storage.bindStation(station.stationId, first!) : await eventOfStation(storage, station));
  for (const eventId of pushed) if (eventId !== own) throw await wrongEvent(storage, own, eventId);
}
