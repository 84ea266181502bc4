import { randomUUID } from 'node:crypto';
import type { EventInfo } from '../../shared/domain';
import { isTimeZone, systemTimeZone } from '../../shared/event-time';
import { type Db, prepared } from './database';
import { stampAfter } from './edit-stamp';
import { getSetting, setSetting } from './settings';

interface EventRow {
  id: string;
  name: string;
  starts_on: string | null;
  venue: string | null;
  /** NULL: the zone of the machine the station runs on. */
  time_zone: string | null;
}

const toEvent = (row: EventRow): EventInfo => ({
  id: row.id,
  name: row.name,
  startsOn: row.starts_on,
  venue: row.venue,
  // A zone another door set that this machine's time zone data does not know (an older ICU) reads as unset.
  timeZone: row.time_zone && isTimeZone(row.time_zone) ? row.time_zone : systemTimeZone(),
});

/** A new event's clock times are in this station's zone until one is set (`entre event --time-zone`). */
export function createEvent(db: Db, event: Pick<EventInfo, 'name' | 'startsOn' | 'venue'>): EventInfo {
  const id = randomUUID();
  prepared(db, 'INSERT INTO events (id, name, starts_on, venue, created_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    event.name,
    event.startsOn,
    event.venue,
    new Date().toISOString(),
  );
  return { id, ...event, timeZone: systemTimeZone() };
}

export function getEvent(db: Db, id: string): EventInfo | null {
  const row = prepared(db, 'SELECT id, name, starts_on, venue, time_zone FROM events WHERE id = ?').get(id) as
    EventRow | undefined;
  return row ? toEvent(row) : null;
}

/** The event this station checks guests in to. */
export function getActiveEvent(db: Db): EventInfo | null {
  const id = getSetting(db, 'active_event_id');
  return id ? getEvent(db, id) : null;
}

export function setActiveEvent(db: Db, id: string): void {
  setSetting(db, 'active_event_id', id);
}

/** The store's latest event of this name (case and outer spaces aside), the demo left out. */
export function findEventByName(db: Db, name: string): EventInfo | null {
  const wanted = name.trim().toLocaleLowerCase('sv');
  const rows = prepared(db, 'SELECT id, name FROM events ORDER BY created_at DESC').all() as {
    id: string;
    name: string;
  }[];
  const found = rows.find((row) => row.name.trim().toLocaleLowerCase('sv') === wanted && !isDemoEvent(db, row.id));
  return found ? getEvent(db, found.id) : null;
}

const DEMO_EVENT_KEY = 'demo_event_id';

/** Marks the event a kiosk starts on when its store is empty (src/main/demo/ledarforum.ts). */
export const markDemoEvent = (db: Db, eventId: string): void => setSetting(db, DEMO_EVENT_KEY, eventId);

/**
 * The demo event: it is practice, so a real guest list gets an event of its own and the hub never gets it,
 * walk-ins tried on it included. A store seeded before the demo was marked knows it by its guests (only
 * demo guests).
 */
export const isDemoEvent = (db: Db, eventId: string): boolean =>
  getSetting(db, DEMO_EVENT_KEY) === eventId ||
  prepared(
    db,
    `SELECT 1 WHERE EXISTS (SELECT 1 FROM guests WHERE event_id = @eventId AND source = 'demo')
       AND NOT EXISTS (SELECT 1 FROM guests WHERE event_id = @eventId AND source <> 'demo')`,
  ).get({ eventId }) !== undefined;

/** What invitations (and, for the logo, badges) say of the event besides its name, date and place. */
export interface EventDetails {
  /** Start time of day, HH:MM. */
  startsAt: string | null;
  welcomeText: string | null;
  contactLine: string | null;
  /** A PNG or JPEG, checked and size-bounded by `readEventLogo()` before it is stored. */
  logo: Buffer | null;
}

export function getEventDetails(db: Db, eventId: string): EventDetails {
  const row = prepared(db, 'SELECT starts_at, welcome_text, contact_line, logo FROM events WHERE id = ?').get(
    eventId,
  ) as { starts_at: string | null; welcome_text: string | null; contact_line: string | null; logo: Buffer | null };
  return { startsAt: row.starts_at, welcomeText: row.welcome_text, contactLine: row.contact_line, logo: row.logo };
}

export type EventChanges = Partial<Pick<EventInfo, 'name' | 'startsOn' | 'venue' | 'timeZone'> & EventDetails>;

const COLUMNS: Record<keyof EventChanges, string> = {
  name: 'name',
  startsOn: 'starts_on',
  venue: 'venue',
  timeZone: 'time_zone',
  startsAt: 'starts_at',
  welcomeText: 'welcome_text',
  contactLine: 'contact_line',
  logo: 'logo',
};

/**
 * Changes only the fields given; null clears one. The event's stamp moves with it (after the stamp it had,
 * as for a guest: store/edit-stamp.ts), so sync carries the edit to the hub and every door. Saving the same
 * values again writes nothing, so it cannot win over a newer edit made at another door.
 */
export function updateEvent(db: Db, eventId: string, changes: EventChanges, now = new Date()): void {
  const keys = (Object.keys(changes) as (keyof EventChanges)[]).filter((key) => changes[key] !== undefined);
  if (keys.length === 0) return;
  const changed = keys.map((key) => `${COLUMNS[key]} IS NOT @${key}`).join(' OR ');
  // Column names come from the fixed table above, the values are bound.
  db.prepare(
    `UPDATE events SET ${keys.map((key) => `${COLUMNS[key]} = @${key}`).join(', ')},
       updated_at = ${stampAfter('coalesce(updated_at, created_at)', '@now')}
     WHERE id = @eventId AND (${changed})`,
  ).run({ ...Object.fromEntries(keys.map((key) => [key, changes[key] ?? null])), now: now.toISOString(), eventId });
}
