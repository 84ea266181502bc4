// Background sync inside the station process (entre serve, the Electron main): a round every few
// seconds while the hub answers, backing off while it does not. Rounds never overlap, and each
// database step is a short transaction, so a check-in never waits for the network.
import type { SyncProblem, SyncStatus } from '../../shared/domain';
import type { Station } from '../kiosk/check-in';
import { getSetting, setSetting } from '../store/settings';
import { currentPairing, syncOnce, syncProblemOf } from './client';
import { pendingCount } from './outbox';

export interface SyncTiming {
  intervalMs: number;
  maxBackoffMs: number;
}

/** Overridable by environment so tests can simulate "the hub was down for minutes" in seconds. */
export function syncTimingFromEnv(env: NodeJS.ProcessEnv = process.env): SyncTiming {
  const number = (value: string | undefined, fallback: number) =>
    value && Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : fallback;
  return {
    intervalMs: number(env.ENTRE_SYNC_INTERVAL_MS, 3_000),
    maxBackoffMs: number(env.ENTRE_SYNC_MAX_BACKOFF_MS, 60_000),
  };
}

export class SyncScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly station: Station,
    private readonly timing: SyncTiming = syncTimingFromEnv(),
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** "Sync now": runs a round at once (or joins the one under way). */
  syncNow(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    return this.round();
  }

  status(): SyncStatus {
    return syncStatus(this.station, this.running !== null);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.round(), delayMs);
    this.timer.unref();
  }

  private round(): Promise<void> {
    this.running ??= this.attempt().finally(() => {
      this.running = null;
      const backoff = Math.min(this.timing.maxBackoffMs, this.timing.intervalMs * 2 ** this.failures);
      this.schedule(this.failures === 0 ? this.timing.intervalMs : backoff);
    });
    return this.running;
  }

  private async attempt(): Promise<void> {
    const { db, stationId } = this.station;
    // The store closes when the station shuts down; nothing is left to sync then.
    if (!db.open) return void (this.stopped = true);
    if (!currentPairing(db)) return;
    try {
      await syncOnce(db, stationId);
      this.failures = 0;
      setSetting(db, 'sync.lastSuccessAt', new Date().toISOString());
      setSetting(db, 'sync.lastError', '');
    } catch (error) {
      this.failures++;
      if (db.open) setSetting(db, 'sync.lastError', JSON.stringify(syncProblemOf(error)));
    }
  }
}

export function syncStatus(station: Station, syncing = false): SyncStatus {
  const { db } = station;
  return {
    hub: currentPairing(db)?.hub ?? null,
    pendingEvents: pendingCount(db),
    lastSuccessAt: getSetting(db, 'sync.lastSuccessAt') || null,
    lastError: storedProblem(getSetting(db, 'sync.lastError')),
    syncing,
  };
}

/** Stores of earlier versions kept the English message alone. */
function storedProblem(stored: string | null | undefined): SyncProblem | null {
  if (!stored) return null;
  try {
    return JSON.parse(stored) as SyncProblem;
  } catch {
    return { code: 'failed', params: { reason: stored }, message: stored };
  }
}

const schedulers = new WeakMap<Station['db'], SyncScheduler>();

/** The station's background sync, started on first use: one per open store. */
export function backgroundSync(station: Station): SyncScheduler {
  let scheduler = schedulers.get(station.db);
  if (!scheduler) {
    schedulers.set(station.db, (scheduler = new SyncScheduler(station)));
    scheduler.start();
  }
  return scheduler;
}
