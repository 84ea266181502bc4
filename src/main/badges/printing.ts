// The print queue worker. Check-ins commit first; a badge job is queued afterwards and printed in the
// background, one at a time, so a missing or stopped printer never blocks or undoes a check-in.
// Every job stays in the store with its outcome, for staff to see and retry.
import { randomUUID } from 'node:crypto';
import type { PrintJob, PrintReason } from '../../shared/badge/print-jobs';
import type { CheckInMethod, ScanOutcome } from '../../shared/domain';
import { BADGE_PRESETS } from '../../shared/badge/presets';
import type { Db } from '../store/database';
import { getEvent } from '../store/events';
import { getGuest } from '../store/guests';
import { getPrinterSettings } from '../store/badge-designs';
import { printedBadgeDesign } from './printed-design';
import { guestPhoto, jpegDataUrl } from '../store/photos';
import { getPhotoSettings } from '../photos/settings';
import { PHOTO_QUESTION_LONGEST_SECONDS } from '../../shared/photos';
import {
  failInterruptedJobs,
  getPrintJob,
  insertPrintJob,
  markFinished,
  markPrinting,
  nextQueuedJob,
  requeueFailedJob,
} from '../store/print-jobs';
import { PrintError, type PrintBackend, type PrintOutcome } from './print-backend';
import type { PrintWorkerLock } from './print-worker-lock';
import { layoutPages, renderBadgePdf } from './render-pdf';
import { badgeForumMarks } from './forum-badge';

/** How often a worker without the lock asks for it again, and the holder looks for jobs other processes queued. */
const SHARED_STORE_POLL_MS = 2000;

/**
 * How long a badge waits for the kiosk's answer to the photo question before it prints plain anyway:
 * the kiosk gives up after PHOTO_QUESTION_LONGEST_SECONDS at most, this covers a kiosk page that died meanwhile.
 */
const PHOTO_HOLD_MS = (PHOTO_QUESTION_LONGEST_SECONDS + 40) * 1000;

/** Check-ins made by the guest at the kiosk screen, the only ones the photo question follows. */
const KIOSK_METHODS: ReadonlySet<CheckInMethod> = new Set(['wedge', 'camera', 'search']);

export class BadgePrinting {
  private working: Promise<void> | null = null;
  /** Check-ins whose badge job is about to be queued. */
  private scheduled = 0;
  /**
   * Guests asked about their photo, by id: the id their badge job gets once they answer (none when
   * this station does not print on check-in), and the fallback.
   */
  private readonly photoQuestions = new Map<string, { badgeJobId: string | undefined; fallback: NodeJS.Timeout }>();

  /** Jobs left "printing" by a worker that stopped are failed once, by the worker that takes over. */
  private tookOver = false;

  /** `lock`: the store's print worker lock (print-worker-lock.ts) when other processes may open the store. */
  constructor(
    private readonly db: Db,
    private readonly stationId: string,
    private readonly backend: PrintBackend,
    private readonly lock: PrintWorkerLock | null = null,
  ) {
    if (lock) setInterval(() => this.db.open && this.kick(), SHARED_STORE_POLL_MS).unref();
    this.kick();
  }

  /**
   * Called after a check-in committed: a welcomed guest gets a badge when the station prints on
   * check-in. The job is written just after the answer has gone out, so the welcome never waits for
   * the extra write; its id is chosen now and returned with the welcome, so the kiosk can tell the
   * guest how their badge is doing. Should the station die in that instant, staff reprint the badge.
   */
  afterCheckIn(outcome: ScanOutcome, method: CheckInMethod): ScanOutcome {
    if (outcome.kind !== 'welcome') return outcome;
    const print = getPrinterSettings(this.db).printOnCheckIn;
    const badgeJobId = print ? randomUUID() : undefined;
    // Only a guest at the kiosk screen is asked; staff checking someone in by hand print at once.
    if (KIOSK_METHODS.has(method) && getPhotoSettings(this.db).kioskQuestion) {
      this.holdForPhoto(outcome.guest.id, badgeJobId);
      return { ...outcome, badgeJobId, photoQuestion: true };
    }
    if (!badgeJobId) return outcome;
    this.scheduled++;
    setImmediate(() => {
      try {
        this.enqueue(outcome.guest.id, 'check-in', badgeJobId);
      } catch (error) {
        // The guest is already checked in; a badge that could not even be queued must not change that.
        if (this.db.open) console.error('Could not queue the badge after a check-in:', error);
      } finally {
        this.scheduled--;
      }
    });
    return { ...outcome, badgeJobId };
  }

  /**
   * The kiosk asks the guest just welcomed for a photo: their badge (when this station prints on
   * check-in) waits for answerPhotoQuestion, or PHOTO_HOLD_MS at most.
   */
  private holdForPhoto(guestId: string, badgeJobId: string | undefined): void {
    this.photoQuestions.get(guestId)?.fallback.close();
    const fallback = setTimeout(() => this.answerPhotoQuestion(guestId), PHOTO_HOLD_MS);
    fallback.unref();
    this.photoQuestions.set(guestId, { badgeJobId, fallback });
  }

  /** Whether the kiosk is still asking this guest: only then may it store a photo for them. */
  isAskingForPhoto(guestId: string): boolean {
    return this.photoQuestions.has(guestId);
  }

  /**
   * The guest answered (a photo saved, or no, or no answer in time): their badge is queued now, with
   * the photo when one was saved. False when the question was already over.
   */
  answerPhotoQuestion(guestId: string): boolean {
    const question = this.photoQuestions.get(guestId);
    if (!question) return false;
    question.fallback.close();
    this.photoQuestions.delete(guestId);
    if (question.badgeJobId && this.db.open) this.enqueue(guestId, 'check-in', question.badgeJobId);
    return true;
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

  private enqueue(guestId: string, reason: PrintReason, id?: string): PrintJob {
    const guest = getGuest(this.db, guestId);
    if (!guest) throw new RangeError(`No guest ${guestId}`);
    const jobId = insertPrintJob(this.db, { id, eventId: guest.eventId, guestId, stationId: this.stationId, reason });
    this.kick();
    return getPrintJob(this.db, jobId)!;
  }

  private kick(): void {
    if (this.working) return;
    if (this.lock && !this.lock.held()) return;
    if (!this.tookOver) {
      failInterruptedJobs(this.db, this.stationId);
      this.tookOver = true;
    }
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
        const outcome = await this.print(job, printer);
        markFinished(this.db, job.id, { state: outcome === 'printed' ? 'done' : 'sent' });
      } catch (error) {
        const failure =
          error instanceof PrintError ? error.failure : { code: 'failed' as const, detail: (error as Error).message };
        markFinished(this.db, job.id, { state: 'failed', error: failure });
      }
    }
  }

  private async print(job: PrintJob & { eventId: string }, printer: string): Promise<PrintOutcome> {
    const guest = getGuest(this.db, job.guestId)!;
    const event = getEvent(this.db, job.eventId)!;
    const design = printedBadgeDesign(this.db, event.id);
    const photo = guestPhoto(this.db, guest.id);
    const person = {
      firstName: guest.firstName,
      lastName: guest.lastName,
      title: guest.title,
      department: guest.department,
      photo: photo && jpegDataUrl(photo.jpeg),
      forum: badgeForumMarks(this.db, guest.id),
    };
    const pages = layoutPages(design, event, [person]);
    const title = `entre-badge-${job.id.slice(0, 8)}`;
    return this.backend.print({
      printer,
      preset: BADGE_PRESETS[design.preset],
      pages,
      title,
      pdf: () => renderBadgePdf(pages, title),
    });
  }
}
