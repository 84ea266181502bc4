import { randomUUID } from 'node:crypto';
import type { EventInfo } from '../../shared/domain';
import { type Db, prepared } from './database';
import { getSetting, setSetting } from './settings';

interface EventRow {
  id: string;
  name: string;
  starts_on: string | null;
  venue: string | null;
}

const toEvent = (row: EventRow): EventInfo => ({
  id: row.id,
  name: row.name,
  startsOn: row.starts_on,
  venue: row.venue,
});

export function createEvent(db: Db, event: Omit<EventInfo, 'id'>): EventInfo {
  const id = randomUUID();
  prepared(db, 'INSERT INTO events (id, name, starts_on, venue, created_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    event.name,
    event.startsOn,
    event.venue,
    new Date().toISOString(),
  );
  return { id, ...event };
}

export function getEvent(db: Db, id: string): EventInfo | null {
  const row = prepared(db, 'SELECT id, name, starts_on, venue FROM events WHERE id = ?').get(id) as
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
