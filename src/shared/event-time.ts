// The one way Entré writes the event's dates and clock times, on invitations, badges, screens and in
// exports alike. Every clock time is in the event's time zone (an IANA name stored with the event), never
// in the zone of whatever browser or machine happens to show it: a station and the screens it serves
// then agree on "08:41".

/** The zone this machine runs in: the default for an event made here. */
export const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const knownZones = new Map<string, boolean>();

/** An IANA zone this machine's time zone data knows. Remembered: every read of the event asks. */
export function isTimeZone(name: string): boolean {
  let known = knownZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      known = /\//.test(name) || name === 'UTC';
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(name, known);
  }
  return known;
}

/**
 * A zone in the case the time zone database spells it ("europe/stockholm" → "Europe/Stockholm"); any other name
 * as given. Not the zone a formatter resolves to: ICU turns "Asia/Kolkata" into its old name "Asia/Calcutta".
 */
export function canonicalTimeZone(name: string): string {
  const typed = name.toLowerCase();
  return Intl.supportedValuesOf('timeZone').find((zone) => zone.toLowerCase() === typed) ?? name;
}

/** YYYY-MM-DD naming a day that exists (not 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** HH:MM on a 24-hour clock. */
export const isClockTime = (text: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(text);

const swedishDay = new Intl.DateTimeFormat('sv-SE', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-03-12" → "torsdag 12 mars 2026"; '' when there is no valid date. */
export function swedishDate(isoDate: string | null): string {
  if (!isoDate || !isCalendarDate(isoDate)) return '';
  return swedishDay.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * "torsdag 12 mars 2026 kl. 08:30", or either part alone. A date not written YYYY-MM-DD (the text of
 * `entre invitations --date`) is kept as written.
 */
export function swedishDateAndTime(date: string | null, startsAt: string | null): string {
  return [swedishDate(date) || date, startsAt ? `kl. ${startsAt}` : ''].filter(Boolean).join(' ');
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('sv-SE', { ...options, timeZone, hourCycle: 'h23' });
    formatters.set(key, found);
  }
  return found;
}

function parts(instant: string | Date, timeZone: string): Record<string, string> {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const all = formatter(timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  return Object.fromEntries(all.map((part) => [part.type, part.value]));
}

/** "08:41" in the event's zone. */
export function clockTime(instant: string | Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** "08:41:05" in the event's zone. */
export function clockTimeWithSeconds(instant: string | Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p.hour}:${p.minute}:${p.second}`;
}

/** The hour of the day (0-23) in the event's zone: the dashboard's arrivals are counted per hour. */
export const hourOfDay = (instant: string | Date, timeZone: string): number => Number(parts(instant, timeZone).hour);

/** "2026-03-12 08:41:05" in the event's zone: a date and time a spreadsheet reads as such. */
export function localDateTime(instant: string | Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** ISO 8601 in the event's zone with its offset, e.g. 2026-03-12T08:41:05.120+01:00. */
export function isoInZone(instant: string | Date, timeZone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const p = parts(date, timeZone);
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  const offset = Math.round((wall - (date.getTime() - date.getUTCMilliseconds())) / 60_000);
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const millis = String(date.getUTCMilliseconds()).padStart(3, '0');
  return (
    `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}.${millis}` +
    `${offset >= 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}
