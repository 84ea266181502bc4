// "Reprint badge" (staff mode only): queues another copy, recorded with its time and copy number;
// how the printing went shows in the print queue.
import { useState } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n';
import { useStaffSession } from './session';
import { apiErrorText } from '../api-error';

export function BadgeButton({ guestId }: { guestId: string }) {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const [message, setMessage] = useState<string | null>(null);
  async function reprint() {
    try {
      const job = await run((session) => api.reprintBadge({ guestId, session }));
      setMessage(job ? t('badge.reprint.queued', { copy: job.copy }) : t('staff.badge.unavailable'));
    } catch (error) {
      setMessage(t('staff.badge.failed', { reason: apiErrorText(t, error) }));
    }
  }
  return (
    <>
      <button type="button" className="button" onClick={reprint}>
        {t('staff.badge.reprint')}
      </button>
      <span role="status" className="staff-note">
        {message}
      </span>
    </>
  );
}
