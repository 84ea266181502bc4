// The print queue worker. Check-ins commit first; a badge job is queued afterwards and printed in the
// background, one at a time, so a missing or stopped printer never blocks or undoes a check-in.
// Every job stays in the store with its outcome, for staff to see and retry.
import type { PrintJob, PrintReason } from '../../shared/badge/print-jobs';
import type { ScanOutcome } from '../../shared/domain';
import { BADGE_PRESETS } from '../../shared/badge/presets';
import type { Db } from '../store/database';
import { getEvent } from '../store/events';
import { fullName, getGuest } from '../store/guests';
import { getBadgeDesign, getPrinterSettings } from '../store/badge-designs';
import {
  failInterruptedJobs,
  getPrintJob,
  insertPrintJob,
  markFinished,
  markPrinting,
  nextQueuedJob,
  requeueFailedJob,
} from '../store/print-jobs';
import { PrintError, type PrintBackend } from './print-backend';
import { layoutPages, renderBadgePdf } from './render-pdf';
import { badgeForumMarks } from './forum-badge';

export class BadgePrinting {
  private working: Promise<void> | null = null;
  /** Check-ins whose badge job is about to be queued. */
  private scheduled = 0;

  constructor(
    private readonly db: Db,
    private readonly stationId: string,
    private readonly backend: PrintBackend,
  ) {
    failInterruptedJobs(db, stationId);
    this.kick();
  }

  /**
   * Called after a check-in committed: a welcomed guest gets a badge when the station prints on
   * check-in. The job is written just after the answer has gone out, so the welcome never waits for
   * the extra write; should the station die in that instant, staff reprint the badge.
   */
  afterCheckIn(outcome: ScanOutcome): void {
    if (outcome.kind !== 'welcome') return;
    this.scheduled++;
    setImmediate(() => {
      try {
        if (getPrinterSettings(this.db).printOnCheckIn) this.enqueue(outcome.guest.id, 'check-in');
      } catch (error) {
        // The guest is already checked in; a badge that could not even be queued must not change that.
        if (this.db.open) console.error('Could not queue the badge after a check-in:', error);
      } finally {
        this.scheduled--;
      }
    });
  }

  /** For walk-in registration (issue 5): call after the walk-in's transaction committed. */
  printWalkIn(guestId: string): PrintJob {
    return this.enqueue(guestId, 'walk-in');
  }

  /** Staff mode only: another badge for a guest, recorded as their nth copy. */
  reprint(guestId: string): PrintJob {
    return this.enqueue(guestId, 'reprint');
  }

  /** A failed job back in the queue; null when there is no failed job by that id. */
  retry(jobId: string): PrintJob | null {
    if (!requeueFailedJob(this.db, jobId)) return null;
    this.kick();
    return getPrintJob(this.db, jobId);
  }

  /** Resolves once the queue is empty (tests, the CLI, shutdown). */
  async idle(): Promise<void> {
    while (this.working || this.scheduled > 0) await (this.working ?? new Promise((resolve) => setImmediate(resolve)));
  }

  private enqueue(guestId: string, reason: PrintReason): PrintJob {
    const guest = getGuest(this.db, guestId);
    if (!guest) throw new RangeError(`No guest ${guestId}`);
    const id = insertPrintJob(this.db, { eventId: guest.eventId, guestId, stationId: this.stationId, reason });
    this.kick();
    return getPrintJob(this.db, id)!;
  }

  private kick(): void {
    if (this.working) return;
    this.working = this.drain()
      .catch((error: unknown) => {
        // Only a closed or broken store gets here (the station is shutting down); jobs stay queued.
        if (this.db.open) console.error('The print queue stopped:', error);
      })
      .finally(() => (this.working = null));
  }

  private async drain(): Promise<void> {
    // Let the caller answer first: printing starts once the current request has returned.
    await new Promise((resolve) => setImmediate(resolve));
    for (let job = nextQueuedJob(this.db, this.stationId); job; job = nextQueuedJob(this.db, this.stationId)) {
      const { printer } = getPrinterSettings(this.db);
      markPrinting(this.db, job.id, printer);
      try {
        await this.print(job, printer);
        markFinished(this.db, job.id, { state: 'done' });
      } catch (error) {
        const failure =
          error instanceof PrintError ? error.failure : { code: 'failed' as const, detail: (error as Error).message };
        markFinished(this.db, job.id, { state: 'failed', error: failure });
      }
    }
  }

  private async print(job: PrintJob & { eventId: string }, printer: string): Promise<void> {
    const guest = getGuest(this.db, job.guestId)!;
    const event = getEvent(this.db, job.eventId)!;
    const design = getBadgeDesign(this.db, event.id);
    const person = {
      fullName: fullName(guest),
      title: guest.title,
      department: guest.department,
      forum: badgeForumMarks(this.db, guest.id),
    };
    const pages = layoutPages(design, event, [person]);
    const title = `entre-badge-${job.id.slice(0, 8)}`;
    await this.backend.print({
      printer,
      preset: BADGE_PRESETS[design.preset],
      pages,
      title,
      pdf: () => renderBadgePdf(pages, title),
    });
  }
}
