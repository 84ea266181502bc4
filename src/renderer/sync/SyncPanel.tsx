// Staff mode's view of sync with the organizer's hub: which hub, how much is waiting, when it last
// worked and, if it fails, why in plain words (in the staff's language, from the failure's code);
// "Sync now" starts a round at once.
import { useCallback, useEffect, useState } from 'react';
import type { SyncProblem, SyncStatus } from '../../shared/domain';
import { api } from '../api';
import { type MessageKey, useI18n } from '../i18n';
import { useStaffSession } from '../staff/session';
import { apiErrorText } from '../api-error';

const POLL_MS = 2000;

const problemKey = (problem: SyncProblem): MessageKey => `sync.error.${problem.code}` as const;

export function SyncPanel() {
  const { t, dateTime: time } = useI18n();
  const { run } = useStaffSession();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** "Sync now" was pressed: once the round is over, its outcome is announced. */
  const [requested, setRequested] = useState(false);

  const refresh = useCallback(
    (call: Promise<SyncStatus>) =>
      call.then(
        (next) => {
          setStatus(next);
          setFailure(null);
        },
        (error: Error) => setFailure(apiErrorText(t, error)),
      ),
    [],
  );

  useEffect(() => {
    if (!requested || !status || status.syncing) return;
    setRequested(false);
    // A failed round speaks through the last error's alert instead.
    setNotice(status.lastError ? null : t('sync.done'));
  }, [requested, status, t]);

  useEffect(() => {
    void refresh(api.getSyncStatus({}));
    const timer = setInterval(() => void refresh(api.getSyncStatus({})), POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  return (
    <section className="sync-panel" aria-labelledby="sync-panel-heading">
      <h2 id="sync-panel-heading">{t('sync.heading')}</h2>
      {failure && <p role="alert">{failure}</p>}
      {status && (
        <dl>
          <dt>{t('sync.hub')}</dt>
          <dd>{status.hub ?? t('sync.notPaired')}</dd>
          <dt>{t('sync.pending')}</dt>
          <dd>{t('sync.pendingCount', { count: status.pendingEvents })}</dd>
          <dt>{t('sync.lastSuccess')}</dt>
          <dd>{status.lastSuccessAt ? time(status.lastSuccessAt) : t('sync.never')}</dd>
          <dt>{t('sync.lastError')}</dt>
          <dd>
            {status.lastError ? (
              <span role="alert">{t(problemKey(status.lastError), status.lastError.params)}</span>
            ) : (
              t('sync.noError')
            )}
          </dd>
        </dl>
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={!status?.hub || status.syncing}
        onClick={() => {
          setNotice(null);
          void refresh(run((session) => api.syncNow({ session }))).then(() => setRequested(true));
        }}
      >
        {status?.syncing ? t('sync.syncing') : t('sync.now')}
      </button>
      <p role="status" className="staff-note">
        {notice}
      </p>
    </section>
  );
}
