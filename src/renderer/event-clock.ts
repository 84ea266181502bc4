// Every clock time the renderer shows is in the event's time zone, never the browser's: a browser
// station on a laptop set to another zone shows the same "08:41" as the kiosk and the exports. The zone
// comes with the kiosk info (App) and with staff saving it in settings.
import { clockTime as clockTimeIn, systemTimeZone } from '../shared/event-time';

let timeZone = systemTimeZone();

export const eventTimeZone = (): string => timeZone;

export function setEventTimeZone(zone: string | undefined): void {
  if (zone) timeZone = zone;
}

/** "08:41" of a stored time (ISO with offset) or an epoch millisecond, in the event's zone. */
export const clockTime = (instant: string | number): string => clockTimeIn(new Date(instant), timeZone);
