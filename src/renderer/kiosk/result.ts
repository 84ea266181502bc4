import type { PrintJobState } from '../../shared/badge/print-jobs';
import type { PublicGuest, ScanOutcome } from '../../shared/domain';

export type ResultKind = ScanOutcome['kind'] | 'error';

export type KioskResult = ScanOutcome | { kind: 'error'; message: string };

/** How long each result stays before the kiosk returns to idle by itself. */
export const RESULT_DURATION_MS: Record<ResultKind, number> = {
  welcome: 4000,
  already: 6000,
  unknown: 6000,
  error: 8000,
};

/** A welcome waits for its badge (at most this long), so the guest learns whether it printed. */
const BADGE_WAIT_MS = 15_000;

/** How long this result stays, now that its badge (if any) is in the given state. */
export function resultDuration(result: KioskResult, badge: PrintJobState | null): number {
  if (result.kind !== 'welcome' || !badge || badge === 'done' || badge === 'sent')
    return RESULT_DURATION_MS[result.kind];
  return badge === 'failed' ? RESULT_DURATION_MS.error : BADGE_WAIT_MS;
}

export const guestOf = (result: KioskResult): PublicGuest | null => ('guest' in result ? result.guest : null);

/** HH:MM of a stored wall time ("2026-03-12T08:41:05.120+01:00"), in the event's zone. */
export { clockTime } from '../event-clock';
