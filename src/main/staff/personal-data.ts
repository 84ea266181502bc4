// Personal data of an event: how long it is kept, when the attendance was last saved elsewhere, and
// the purge that blanks names, titles and e-mails while the anonymous counts and the log remain.
import { canonicalTimeZone } from '../../shared/event-time';
import type { EventSettings } from '../../shared/staff';
import { forgetLinkDecisions } from '../forums/staff-forums';
import { type Db, eraseFreedSpace, prepared } from '../store/database';
import { countGuests } from '../store/guests';
import { getEvent, updateEvent } from '../store/events';
import { stampAfter } from '../store/edit-stamp';
import { deleteEventPhotos } from '../store/photos';
import { forgetPurgedNames, PURGED_CODE_PREFIX } from '../store/purged-names';

interface EventExtrasRow {
  retention_days: number | null;
  last_exported_at: string | null;
  purged_at: string | null;
}

export function eventSettings(db: Db, eventId: string): EventSettings {
  const event = getEvent(db, eventId);
  if (!event) throw new Error(`No event ${eventId}`);
  const extras = prepared(db, 'SELECT retention_days, last_exported_at, purged_at FROM events WHERE id = ?').get(
    eventId,
  ) as EventExtrasRow;
  return {
    event,
    retentionDays: extras.retention_days,
    lastExportedAt: extras.last_exported_at,
    lastSyncedAt: null,
    purgedAt: extras.purged_at,
    guestCount: countGuests(db, eventId),
  };
}

export function saveEventSettings(
  db: Db,
  eventId: string,
  settings: {
    name: string;
    startsOn: string | null;
    venue: string | null;
    retentionDays: number | null;
    timeZone?: string;
  },
): void {
  db.transaction(() => {
    const { name, startsOn, venue, timeZone } = settings;
    updateEvent(db, eventId, {
      name,
      startsOn,
      venue,
      timeZone: timeZone === undefined ? undefined : canonicalTimeZone(timeZone),
    });
    // How long this store keeps personal data is the store's own: it does not travel with the event.
    prepared(db, 'UPDATE events SET retention_days = ? WHERE id = ?').run(settings.retentionDays, eventId);
  })();
}

/** Called by every export, so the purge can say whether the attendance was saved first. */
export function recordExport(db: Db, eventId: string, now = new Date()): void {
  prepared(db, 'UPDATE events SET last_exported_at = ? WHERE id = ?').run(now.toISOString(), eventId);
}

/**
 * Blanks every guest's name, title and e-mail and replaces the invitation code (it was mailed to the
 * person), deletes every badge photo and drops the forum marks. Departments, walk-in marks and the
 * attendance log stay, so the counts still add up.
 */
export function purgePersonalData(db: Db, eventId: string, now = new Date()): number {
  const purged = db
    .transaction(() => {
      const purged = prepared(
        db,
        `UPDATE guests SET first_name = '', last_name = '', title = '', email = '', search_text = '', sort_key = '',
           staff_search_text = lower(department),
           code = @prefix || lower(hex(randomblob(12))), updated_at = ${stampAfter('updated_at', '@now')}
         WHERE event_id = @eventId`,
      ).run({ prefix: PURGED_CODE_PREFIX, now: now.toISOString(), eventId }).changes;
      deleteEventPhotos(db, eventId, now);
      // The marks come from the person's history across forums: they go with the names.
      prepared(db, 'DELETE FROM forum_marks WHERE event_id = ?').run(eventId);
      forgetLinkDecisions(db);
      prepared(db, 'UPDATE events SET purged_at = ? WHERE id = ?').run(now.toISOString(), eventId);
      forgetPurgedNames(db);
      return purged;
    })
    .immediate();
  eraseFreedSpace(db, { rewrite: true });
  return purged;
}
