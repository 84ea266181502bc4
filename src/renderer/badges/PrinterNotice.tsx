import './badges.css';
// A small notice on the kiosk for staff when the latest badge failed (out of labels, printer
// stopped). It names no guest, since the screen is public, and goes away once a badge prints again.
import { useI18n } from '../i18n';
import { printErrorText } from './print-error';
import { usePrintJobs } from './usePrintJobs';

export function PrinterNotice() {
  const { t } = useI18n();
  const { jobs } = usePrintJobs();
  const latest = jobs.find((job) => job.state === 'done' || job.state === 'sent' || job.state === 'failed');
  return (
    <p className="printer-notice" aria-live="polite">
      {latest?.state === 'failed' && latest.error
        ? t('badge.notice', { error: printErrorText(t, latest.error, latest.printer) })
        : ''}
    </p>
  );
}
