import { useCallback, useEffect, useState } from 'react';
import type { PrintJob } from '../../shared/badge/print-jobs';
import { api } from '../api';

/** How often the queue is looked at: printing takes a second or two, so this keeps up. */
const POLL_MS = 1500;

/** The recent print jobs, newest first, kept fresh while the component is shown. */
export function usePrintJobs(): { jobs: PrintJob[]; refresh(): void } {
  const [jobs, setJobs] = useState<PrintJob[]>([]);
  const refresh = useCallback(() => {
    api.listPrintJobs({}).then(setJobs, () => undefined);
  }, []);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  return { jobs, refresh };
}
