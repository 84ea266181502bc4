// Staff mode only: print another badge for a guest (lost, misspelt, spilt coffee). Each reprint is
// recorded in the print queue with its time and copy number.
import { useState } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n';

export function ReprintButton({ guestId }: { guestId: string }) {
  const { t } = useI18n();
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const reprint = () =>
    api.reprintBadge({ guestId }).then(
      (job) =>
        setResult(
          job
            ? { kind: 'ok', text: t('badge.reprint.queued', { copy: job.copy }) }
            : { kind: 'error', text: t('badge.reprint.noGuest') },
        ),
      (error: Error) => setResult({ kind: 'error', text: error.message }),
    );
  return (
    <span className="reprint">
      <button type="button" className="button" onClick={() => void reprint()}>
        {t('badge.reprint.button')}
      </button>
      {result && <span role={result.kind === 'error' ? 'alert' : 'status'}>{result.text}</span>}
    </span>
  );
}
