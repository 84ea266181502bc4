// `entre event`: shows the event, and sets what invitations and badges say of it (name, date, start
// time, place, logo, welcome text, contact line) and the time zone every clock time is shown in. Every
// value is checked before anything is saved, so a bad one changes nothing.
import { EVENT_TEXT_MAX } from '../../../shared/domain';
import { canonicalTimeZone, isCalendarDate, isClockTime, isTimeZone } from '../../../shared/event-time';
import type { Db } from '../../store/database';
import type { EventChanges } from '../../store/events';
import { type CliCommand, dbOption, notATimeZone, tooLong, withStore } from '../command';

interface EventOptions {
  name?: string;
  date?: string;
  time?: string;
  place?: string;
  /** A file, or false for --no-logo. */
  logo?: string | false;
  welcome?: string;
  contact?: string;
  timeZone?: string;
  db?: string;
}

const TEXT_OPTIONS = [
  ['name', '--name'],
  ['venue', '--place'],
  ['welcomeText', '--welcome'],
  ['contactLine', '--contact'],
] as const;

/** '' clears a field: `--welcome ""`. */
const orNull = (text: string | undefined) => (text === undefined ? undefined : text.trim() || null);

/** The changes the options ask for, or an Error with one sentence naming the bad value. */
async function changesOf(options: EventOptions): Promise<EventChanges> {
  const changes: EventChanges = {
    name: orNull(options.name) ?? undefined,
    startsOn: orNull(options.date),
    startsAt: orNull(options.time),
    venue: orNull(options.place),
    welcomeText: orNull(options.welcome),
    contactLine: orNull(options.contact),
    timeZone: orNull(options.timeZone) ?? undefined,
  };
  if (options.name !== undefined && !options.name.trim())
    throw new Error('The event needs a name: --name cannot be empty.');
  for (const [field, option] of TEXT_OPTIONS) {
    const value = changes[field];
    if (value && value.length > EVENT_TEXT_MAX[field]) throw new Error(tooLong(option, value, EVENT_TEXT_MAX[field]));
  }
  if (changes.startsOn && !isCalendarDate(changes.startsOn))
    throw new Error(`"${changes.startsOn}" is not a date: write it as YYYY-MM-DD, for example 2026-03-12.`);
  if (changes.startsAt && !isClockTime(changes.startsAt))
    throw new Error(`"${changes.startsAt}" is not a time of day: write it as HH:MM, for example 08:30.`);
  if (changes.timeZone && !isTimeZone(changes.timeZone)) throw new Error(notATimeZone(changes.timeZone));
  if (changes.timeZone) changes.timeZone = canonicalTimeZone(changes.timeZone);
  if (options.logo === false) changes.logo = null;
  else if (options.logo !== undefined) {
    const { readEventLogo } = await import('../../invitations/event-logo');
    changes.logo = readEventLogo(options.logo);
  }
  return changes;
}

async function describeEvent(db: Db, eventId: string): Promise<string> {
  const [{ getEvent, getEventDetails }, { inspectLogo }, { swedishDate }] = await Promise.all([
    import('../../store/events'),
    import('../../invitations/event-logo'),
    import('../../../shared/event-time'),
  ]);
  const event = getEvent(db, eventId)!;
  const details = getEventDetails(db, eventId);
  const logo = details.logo && inspectLogo(details.logo);
  const unset = '(not set)';
  return [
    `Event:        ${event.name}`,
    `Date:         ${event.startsOn ? `${swedishDate(event.startsOn)} (${event.startsOn})` : unset}`,
    `Time:         ${details.startsAt ?? unset}`,
    `Place:        ${event.venue ?? unset}`,
    `Time zone:    ${event.timeZone}`,
    `Logo:         ${logo ? `${logo.type.slice(6).toUpperCase()}, ${logo.width}×${logo.height} px, ${Math.ceil(details.logo!.length / 1000)} kB` : unset}`,
    `Welcome text: ${details.welcomeText ?? unset}`,
    `Contact line: ${details.contactLine ?? unset}`,
  ].join('\n');
}

export const eventCommand: CliCommand = (program) =>
  program
    .command('event')
    .description('show the event, or set what invitations and badges say of it (an empty value clears a field)')
    .option('--name <text>', "the event's name")
    .option('--date <YYYY-MM-DD>', 'the day of the event')
    .option('--time <HH:MM>', 'when it starts')
    .option('--place <text>', 'where it is')
    .option('--logo <file>', 'a PNG or JPEG under 300 kB, printed on invitations and on badges without a logo')
    .option('--no-logo', 'remove the logo')
    .option('--welcome <text>', 'a welcome text printed on every invitation')
    .option('--contact <text>', 'a contact line printed at the foot of every invitation')
    .option('--time-zone <name>', 'the zone of every clock time on screens and in exports (e.g. Europe/Stockholm)')
    .addOption(dbOption())
    .action(async (options: EventOptions) => {
      const changes = await changesOf(options);
      const changing = Object.values(changes).some((value) => value !== undefined);
      const { createEvent, getActiveEvent, setActiveEvent, updateEvent } = await import('../../store/events');
      await withStore(options.db, async (db) => {
        let event = getActiveEvent(db);
        if (!event) {
          if (!changes.name)
            throw new Error('The store has no event yet: import a guest list, or name one with entre event --name.');
          event = createEvent(db, { name: changes.name, startsOn: null, venue: null });
          setActiveEvent(db, event.id);
        }
        if (changing) updateEvent(db, event.id, changes);
        console.log(await describeEvent(db, event.id));
      });
    });
