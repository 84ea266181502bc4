// Staff view of the print queue: every badge with its state, the error in plain words, and retry.
import { useId, useState } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n';
import { useStaffSession } from '../staff/session';
import { clockTime } from '../kiosk/result';
import { printErrorText } from './print-error';
import { usePrintJobs } from './usePrintJobs';
import { apiErrorText } from '../api-error';

export function PrintQueuePanel() {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const { jobs, refresh } = usePrintJobs();
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const retry = (jobId: string) =>
    run((session) => api.retryPrintJob({ jobId, session })).then(
      (job) => {
        setProblem(job ? null : t('badge.queue.nothingToRetry'));
        setNotice(job && t('badge.queue.retried', { name: job.guestName }));
        refresh();
      },
      (error: Error) => setProblem(apiErrorText(t, error)),
    );

  return (
    <section className="badge-panel" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('badge.queue.heading')}</h4>
      {problem && <p role="alert">{problem}</p>}
      <p role="status" className="staff-note">
        {notice}
      </p>
      {jobs.length === 0 ? (
        <p>{t('badge.queue.empty')}</p>
      ) : (
        <table className="print-queue">
          <thead>
            <tr>
              <th scope="col">{t('badge.queue.time')}</th>
              <th scope="col">{t('badge.queue.guest')}</th>
              <th scope="col">{t('badge.queue.reason')}</th>
              <th scope="col">{t('badge.queue.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('badge.queue.retry')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.id} className={`print-queue__job print-queue__job--${job.state}`}>
                <td>{clockTime(job.createdAt)}</td>
                <td>{job.guestName}</td>
                <td>
                  {t(`badge.reason.${job.reason}`)} · {t('badge.queue.copy', { copy: job.copy })}
                </td>
                <td>
                  {t(`badge.state.${job.state}`)}
                  {job.error && (
                    <span className="print-queue__error">
                      {printErrorText(t, job.error, job.printer)}
                      {job.error.detail && (
                        <span className="print-queue__detail">
                          {t('badge.error.detail')} <span lang="en">{job.error.detail}</span>
                        </span>
                      )}
                    </span>
                  )}
                </td>
                <td>
                  {job.state === 'failed' && (
                    <button type="button" className="button" onClick={() => void retry(job.id)}>
                      {t('badge.queue.retry')}
                      <span className="visually-hidden"> {job.guestName}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
