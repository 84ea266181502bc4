// "Reprint badge": hands the guest to the badge module through the badge hook.
import { useState } from 'react';
import { useI18n } from '../i18n';
import { printBadge } from './badge-hook';

export function BadgeButton({ guestId }: { guestId: string }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  async function reprint() {
    try {
      setMessage((await printBadge(guestId)) === 'printed' ? t('staff.badge.sent') : t('staff.badge.unavailable'));
    } catch (error) {
      setMessage(t('staff.badge.failed', { reason: (error as Error).message }));
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
