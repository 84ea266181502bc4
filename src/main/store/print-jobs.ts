import { randomUUID } from 'node:crypto';
import {
  PRINT_ERROR_CODES,
  type PrintFailure,
  type PrintJob,
  type PrintJobState,
  type PrintReason,
} from '../../shared/badge/print-jobs';
import { localIsoWithOffset } from '../../shared/time';
import { type Db, prepared } from './database';

interface PrintJobRow {
  id: string;
  event_id: string;
  guest_id: string;
  guest_name: string;
  reason: PrintReason;
  copy: number;
  state: PrintJobState;
  printer: string | null;
  error: string | null;
  attempts: number;
  created_at: string;
  updated_at: string;
}

/** The error column holds a PrintFailure as JSON; older stores hold English text, kept as the detail. */
function readFailure(error: string | null): PrintFailure | null {
  if (error === null) return null;
  try {
    const failure = JSON.parse(error) as PrintFailure;
    if (PRINT_ERROR_CODES.includes(failure.code)) return failure;
  } catch {
    // Not JSON: an English message written before errors had codes.
  }
  return { code: 'failed', detail: error };
}

const toJob = (row: PrintJobRow): PrintJob & { eventId: string } => ({
  id: row.id,
  eventId: row.event_id,
  guestId: row.guest_id,
  guestName: row.guest_name,
  reason: row.reason,
  copy: row.copy,
  state: row.state,
  printer: row.printer,
  error: readFailure(row.error),
  attempts: row.attempts,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const SELECT_JOBS = `SELECT j.*, trim(g.first_name || ' ' || g.last_name) AS guest_name
  FROM print_jobs j JOIN guests g ON g.id = j.guest_id`;

const now = () => localIsoWithOffset(new Date());

export function insertPrintJob(
  db: Db,
  job: { id?: string; eventId: string; guestId: string; stationId: string; reason: PrintReason },
): string {
  const id = job.id ?? randomUUID();
  const at = now();
  prepared(
    db,
    `INSERT INTO print_jobs (id, event_id, guest_id, station_id, reason, copy, state, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, (SELECT count(*) + 1 FROM print_jobs WHERE guest_id = ?), 'queued', ?, ?)`,
  ).run(id, job.eventId, job.guestId, job.stationId, job.reason, job.guestId, at, at);
  return id;
}

export function getPrintJob(db: Db, id: string): (PrintJob & { eventId: string }) | null {
  const row = prepared(db, `${SELECT_JOBS} WHERE j.id = ?`).get(id) as PrintJobRow | undefined;
  return row ? toJob(row) : null;
}

/** The oldest queued job of this station. */
export function nextQueuedJob(db: Db, stationId: string): (PrintJob & { eventId: string }) | null {
  const row = prepared(db, `${SELECT_JOBS} WHERE j.state = 'queued' AND j.station_id = ? ORDER BY j.rowid LIMIT 1`).get(
    stationId,
  ) as PrintJobRow | undefined;
  return row ? toJob(row) : null;
}

export function recentPrintJobs(db: Db, eventId: string, limit: number): PrintJob[] {
  const rows = prepared(db, `${SELECT_JOBS} WHERE j.event_id = ? ORDER BY j.rowid DESC LIMIT ?`).all(
    eventId,
    limit,
  ) as PrintJobRow[];
  return rows.map(toJob);
}

export function markPrinting(db: Db, id: string, printer: string): void {
  prepared(
    db,
    `UPDATE print_jobs SET state = 'printing', printer = ?, error = NULL, attempts = attempts + 1, updated_at = ? WHERE id = ?`,
  ).run(printer, now(), id);
}

export function markFinished(
  db: Db,
  id: string,
  outcome: { state: 'done' | 'sent' } | { state: 'failed'; error: PrintFailure },
): void {
  prepared(db, 'UPDATE print_jobs SET state = ?, error = ?, updated_at = ? WHERE id = ?').run(
    outcome.state,
    outcome.state === 'failed' ? JSON.stringify(outcome.error) : null,
    now(),
    id,
  );
}

/** Back in the queue after a failure; returns false when the job was not failed. */
export function requeueFailedJob(db: Db, id: string): boolean {
  return (
    prepared(db, `UPDATE print_jobs SET state = 'queued', updated_at = ? WHERE id = ? AND state = 'failed'`).run(
      now(),
      id,
    ).changes === 1
  );
}

/** A station that stopped mid-print cannot know whether the badge came out: say so, let staff retry. */
export function failInterruptedJobs(db: Db, stationId: string): void {
  prepared(
    db,
    `UPDATE print_jobs SET state = 'failed', error = ?, updated_at = ? WHERE state = 'printing' AND station_id = ?`,
  ).run(JSON.stringify({ code: 'interrupted', detail: null } satisfies PrintFailure), now(), stationId);
}
