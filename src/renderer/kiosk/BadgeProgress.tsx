// The welcome's last line: what happens to this guest's badge. Nothing shows when the station does
// not print on check-in; a failed badge sends the guest to reception, in plain words, naming no cause.
import { useEffect, useState } from 'react';
import type { PrintJobState } from '../../shared/badge/print-jobs';
import { api } from '../api';
import { useI18n } from '../i18n';

/** A label printer takes a second or two; the guest is still looking at the screen. */
const POLL_MS = 500;

/** The state of the badge job of a welcome, followed until it is done or failed; null without one. */
export function useBadgeJob(jobId: string | undefined): PrintJobState | null {
  const [state, setState] = useState<PrintJobState | null>(null);
  useEffect(() => {
    setState(jobId ? 'queued' : null);
    if (!jobId) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current = true;
    const look = () => {
      api.listPrintJobs({}).then(
        (jobs) => {
          if (!current) return;
          const found = jobs.find((job) => job.id === jobId)?.state ?? 'queued';
          setState(found);
          if (found === 'queued' || found === 'printing') timer = setTimeout(look, POLL_MS);
        },
        () => current && (timer = setTimeout(look, POLL_MS)),
      );
    };
    look();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [jobId]);
  return state;
}

export function BadgeProgress({ state }: { state: PrintJobState }) {
  const { t } = useI18n();
  return (
    <p className={`result__badge result__badge--${state}`} data-badge-state={state}>
      {t(`badge.progress.${state}`)}
    </p>
  );
}
