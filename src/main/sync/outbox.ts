// The station's side of the sync log: what waits to be sent (filled by triggers, migration 005) and
// writing what other stations recorded without sending it back.
import { formatHlc, parseHlc, receiveHlc } from '../../shared/hlc';
import {
  type AttendanceRecord,
  type GuestRecord,
  MAX_PHOTOS_PER_BATCH,
  type PhotoRecord,
  type SyncRecord,
} from '../../shared/sync-protocol';
import { type Db, prepared } from '../store/database';
import { applyForumMark } from '../store/forum-marks';
import { recomputeGuestAliases } from '../store/guest-aliases';
import { GUEST_COLUMNS, type GuestRow, guestListColumns, toGuest } from '../store/guests';
import { getSetting, setSetting } from '../store/settings';
import { applyPhotoState, type PhotoState, photoStatesOf } from '../store/photos';
import { receivedBadgePhoto } from '../photos/jpeg';
import { PURGED_CODE_PREFIX } from '../store/purged-names';
import { applyEvent, EVENT_RECORD_COLUMNS, type EventRecordRow, eventRecordOf } from './event-record';
import { guestVersion } from './record-version';

export interface OutboxBatch {
  /** Highest outbox position in the batch: everything up to it goes once the hub confirms. */
  lastSeq: number;
  entries: number;
  records: SyncRecord[];
}

export function pendingCount(db: Db): number {
  return (prepared(db, 'SELECT count(*) AS n FROM sync_outbox').get() as { n: number }).n;
}

/**
 * The oldest `limit` outbox entries after position `afterSeq`, as records with the rows' current content.
 * A batch ends before its (MAX_PHOTOS_PER_BATCH + 1)th photo entry, so a push stays small however many
 * guests consented.
 */
export function readOutbox(db: Db, limit: number, afterSeq = 0): OutboxBatch | null {
  // Looked for among the batch's own entries only: over the whole outbox (100k check-ins waiting) this
  // scan took most of a push.
  const photoCut = prepared(
    db,
    `SELECT seq FROM (SELECT seq, kind FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?)
     WHERE kind = 'photo' ORDER BY seq LIMIT 1 OFFSET ?`,
  ).get(afterSeq, limit, MAX_PHOTOS_PER_BATCH) as { seq: number } | undefined;
  const range = prepared(
    db,
    `SELECT min(seq) AS first, max(seq) AS last, count(*) AS n
     FROM (SELECT seq FROM sync_outbox WHERE seq > ? AND seq < ? ORDER BY seq LIMIT ?)`,
  ).get(afterSeq, photoCut?.seq ?? Number.MAX_SAFE_INTEGER, limit) as {
    first: number | null;
    last: number | null;
    n: number;
  };
  if (range.first === null || range.last === null) return null;
  // One query per kind over the batch's range; DISTINCT sends a guest edited three times once, as it is now.
  const events = prepared(
    db,
    `SELECT ${EVENT_RECORD_COLUMNS} FROM events
     WHERE id IN (SELECT record_id FROM sync_outbox WHERE kind = 'event' AND seq BETWEEN ? AND ?)`,
  ).all(range.first, range.last) as EventRecordRow[];
  const guests = prepared(
    db,
    `SELECT ${GUEST_COLUMNS}, created_at, updated_at FROM guests
     WHERE id IN (SELECT record_id FROM sync_outbox WHERE kind = 'guest' AND seq BETWEEN ? AND ?)`,
  ).all(range.first, range.last) as StampedGuestRow[];
  const attendance = prepared(
    db,
    `SELECT a.* FROM sync_outbox o JOIN attendance_events a ON a.id = o.record_id
     WHERE o.kind = 'attendance' AND o.seq BETWEEN ? AND ? ORDER BY o.seq`,
  ).all(range.first, range.last) as AttendanceRow[];
  const photos = photoStatesOf(
    prepared(
      db,
      `SELECT * FROM guest_photos
       WHERE guest_id IN (SELECT record_id FROM sync_outbox WHERE kind = 'photo' AND seq BETWEEN ? AND ?)`,
    ).all(range.first, range.last) as Parameters<typeof photoStatesOf>[0],
  );
  return {
    lastSeq: range.last,
    entries: range.n,
    // Events before their guests before their check-ins and photos, so a hub or station can apply them in order.
    records: [
      ...events.map(eventRecordOf),
      ...guests.map(guestRecordOf),
      ...attendance.map(attendanceRecordOf),
      ...photos.map(photoRecordOf),
    ],
  };
}

/**
 * A mark of the store's state: it differs once anything was written to it, on this connection
 * (`total_changes()`, triggers' writes included) or on another (`data_version`).
 */
export function storeWriteMark(db: Db): string {
  const changes = (prepared(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
  return `${changes}/${String(db.pragma('data_version', { simple: true }))}`;
}

/** Called only after the hub confirmed the batch. */
export function confirmOutbox(db: Db, lastSeq: number): void {
  prepared(db, 'DELETE FROM sync_outbox WHERE seq <= ?').run(lastSeq);
}

/** Takes an event's own record, its guests, attendance and photos out of the outbox (none of it is sent). */
export function dropEventFromOutbox(db: Db, eventId: string): void {
  prepared(
    db,
    `DELETE FROM sync_outbox WHERE (kind = 'event' AND record_id = @eventId)
       OR (kind = 'guest' AND record_id IN (SELECT id FROM guests WHERE event_id = @eventId))
       OR (kind = 'attendance' AND record_id IN (SELECT id FROM attendance_events WHERE event_id = @eventId))
       OR (kind = 'photo' AND record_id IN (SELECT guest_id FROM guest_photos WHERE event_id = @eventId))`,
  ).run({ eventId });
}

type StampedGuestRow = GuestRow & Record<'created_at' | 'updated_at', string>;
type AttendanceRow = Record<
  'id' | 'event_id' | 'guest_id' | 'station_id' | 'kind' | 'method' | 'wall_time' | 'hlc',
  string
>;

const guestRecordOf = (row: StampedGuestRow): GuestRecord => ({
  type: 'guest',
  ...toGuest(row),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const attendanceRecordOf = (row: AttendanceRow): AttendanceRecord => ({
  type: 'attendance',
  id: row.id,
  eventId: row.event_id,
  guestId: row.guest_id,
  stationId: row.station_id,
  action: row.kind as AttendanceRecord['action'],
  method: row.method as AttendanceRecord['method'],
  wallTime: row.wall_time,
  hlc: row.hlc,
});

const photoRecordOf = (state: PhotoState): PhotoRecord => ({
  type: 'photo',
  id: state.guestId,
  eventId: state.eventId,
  jpeg: state.jpeg ? state.jpeg.toString('base64') : null,
  takenAt: state.takenAt,
  updatedAt: state.updatedAt,
});

export interface ApplySummary {
  applied: number;
  /**
   * Attendance or a photo of a guest this station does not know (its guest record never reached the
   * hub), or a photo that is not a small square JPEG.
   */
  skipped: number;
  /**
   * What the records took from this store that its files may still hold (src/main/sync/erase-after-pull.ts):
   * a picture withdrawn or retaken at another door, or guests purged there.
   */
  erased: { picture: boolean; purge: boolean };
}

/**
 * Writes records pulled from the hub in one transaction, without enqueuing them. Re-applying a
 * record changes nothing. The local clock learns the latest remote timestamp, so a check-in made
 * here afterwards sorts after it even when this station's clock is behind.
 */
export function applyRemoteRecords(db: Db, stationId: string, records: SyncRecord[], now = Date.now()): ApplySummary {
  return db
    .transaction(() => {
      prepared(db, 'INSERT OR IGNORE INTO sync_applying_remote (flag) VALUES (1)').run();
      const summary: ApplySummary = { applied: 0, skipped: 0, erased: { picture: false, purge: false } };
      let latestRemote: string | null = null;
      let guestsChanged = false;
      for (const record of records) {
        if (record.type === 'event') applyEvent(db, record);
        else if (record.type === 'guest') {
          const applied = applyGuest(db, record);
          guestsChanged ||= applied !== 'unchanged';
          summary.erased.purge ||= applied === 'purged';
        } else if (record.type === 'forum-mark') applyForumMark(db, record);
        else if (record.type === 'photo') {
          const applied = applyPhoto(db, record);
          if (applied === 'skipped') summary.skipped++;
          else summary.applied++;
          summary.erased.picture ||= applied === 'picture-gone';
          continue;
        } else if (!applyAttendance(db, record)) {
          summary.skipped++;
          continue;
        } else if (!latestRemote || record.hlc > latestRemote) latestRemote = record.hlc;
        summary.applied++;
      }
      if (guestsChanged) recomputeGuestAliases(db);
      if (latestRemote) learnRemoteClock(db, stationId, latestRemote, now);
      prepared(db, 'DELETE FROM sync_applying_remote').run();
      return summary;
    })
    .immediate();
}

/**
 * Newest edit wins (by its updatedAt); an older copy arriving late changes nothing. Of two edits made in the
 * same millisecond at two doors, the one guestVersion() puts last wins, as at the hub. A guest purged at
 * another door takes its new code too ('purged' when it was not purged here before).
 */
function applyGuest(db: Db, record: GuestRecord): 'unchanged' | 'changed' | 'purged' {
  const purge = record.code.startsWith(PURGED_CODE_PREFIX);
  // The guest as this store held it: only a first purge here has names to erase.
  const before =
    purge && (prepared(db, 'SELECT code FROM guests WHERE id = ?').get(record.id) as { code: string } | undefined);
  const write = (sameMomentWins: boolean) =>
    prepared(
      db,
      `INSERT INTO guests (id, event_id, code, first_name, last_name, title, department, email, source, removed_at,
         search_text, sort_key, staff_search_text, created_at, updated_at)
       SELECT @id, @eventId, @code, @firstName, @lastName, @title, @department, @email, @source, @removedAt, @searchText,
         @sortKey, @staffSearchText, @createdAt, @updatedAt
       WHERE EXISTS (SELECT 1 FROM events WHERE id = @eventId)
       ON CONFLICT(id) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name,
         title = excluded.title, department = excluded.department, email = excluded.email,
         removed_at = excluded.removed_at, search_text = excluded.search_text, sort_key = excluded.sort_key,
         staff_search_text = excluded.staff_search_text, updated_at = excluded.updated_at,
         code = CASE WHEN @purge THEN excluded.code ELSE guests.code END
       WHERE excluded.updated_at > guests.updated_at OR (@sameMomentWins AND excluded.updated_at = guests.updated_at)
       ON CONFLICT DO NOTHING`,
    ).run({
      id: record.id,
      eventId: record.eventId,
      code: record.code,
      firstName: record.firstName,
      lastName: record.lastName,
      title: record.title,
      department: record.department,
      email: record.email,
      source: record.source,
      removedAt: record.removedAt ?? null,
      ...guestListColumns(record),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      sameMomentWins: sameMomentWins ? 1 : 0,
      purge: purge ? 1 : 0,
    }).changes > 0;
  // The store's copy is looked at only when the record did not win by its time alone.
  if (!write(false) && !(winsSameMoment(db, record) && write(true))) return 'unchanged';
  return before && !before.code.startsWith(PURGED_CODE_PREFIX) ? 'purged' : 'changed';
}

/** Whether the store holds an edit of the guest from the record's own millisecond that the record wins over. */
function winsSameMoment(db: Db, record: GuestRecord): boolean {
  const row = prepared(db, `SELECT ${GUEST_COLUMNS}, created_at, updated_at FROM guests WHERE id = ?`).get(
    record.id,
  ) as StampedGuestRow | undefined;
  return row?.updated_at === record.updatedAt && guestVersion(record) > guestVersion(guestRecordOf(row));
}

function applyAttendance(db: Db, record: AttendanceRecord): boolean {
  if (!prepared(db, 'SELECT 1 FROM guests WHERE id = ?').get(record.guestId)) return false;
  prepared(
    db,
    `INSERT INTO attendance_events (id, event_id, guest_id, station_id, kind, method, wall_time, hlc)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(
    record.id,
    record.eventId,
    record.guestId,
    record.stationId,
    record.action,
    record.method,
    record.wallTime,
    record.hlc,
  );
  return true;
}

/**
 * A withdrawal deletes the picture here too; a picture is checked as if taken at this door. Says whether a
 * picture stored here was deleted or replaced by it.
 */
function applyPhoto(db: Db, record: PhotoRecord): 'skipped' | 'applied' | 'picture-gone' {
  if (!prepared(db, 'SELECT 1 FROM guests WHERE id = ?').get(record.id)) return 'skipped';
  const jpeg = record.jpeg === null ? null : receivedBadgePhoto(record.jpeg);
  if (record.jpeg !== null && !jpeg) return 'skipped';
  const stored = prepared(db, 'SELECT 1 FROM guest_photos WHERE guest_id = ? AND jpeg IS NOT NULL').get(record.id);
  const changed = applyPhotoState(db, {
    guestId: record.id,
    eventId: record.eventId,
    jpeg,
    takenAt: jpeg ? (record.takenAt ?? record.updatedAt) : null,
    updatedAt: record.updatedAt,
  });
  return stored && changed ? 'picture-gone' : 'applied';
}

function learnRemoteClock(db: Db, stationId: string, remoteText: string, now: number): void {
  const remote = parseHlc(remoteText);
  if (!remote) return;
  const localText = getSetting(db, 'hlc');
  setSetting(db, 'hlc', formatHlc(receiveHlc(localText ? parseHlc(localText) : null, remote, now, stationId)));
}
