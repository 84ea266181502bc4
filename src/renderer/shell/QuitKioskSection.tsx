// Quitting the kiosk app, and starting it with the computer, for staff: shown only where main says there
// is a kiosk window to quit (Electron), never in a browser station, whose tab the browser closes.
import { useEffect, useId, useState } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n';
import { ModalDialog } from '../staff/ModalDialog';
import { useStaffSession } from '../staff/session';
import { AutostartToggle } from './AutostartToggle';
import { apiErrorText } from '../api-error';

export function QuitKioskSection() {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [canQuit, setCanQuit] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    api.kioskShell({}).then(
      (shell) => setCanQuit(shell.canQuit),
      () => setCanQuit(false),
    );
  }, []);

  async function quit() {
    try {
      await run((session) => api.quitKiosk({ session }));
      setMessage(t('shell.quitting'));
    } catch (error) {
      setMessage(apiErrorText(t, error));
    }
  }

  if (!canQuit) return null;
  return (
    <section className="staff-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('shell.title')}</h3>
      <p>{t('shell.explain')}</p>
      <AutostartToggle />
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        {t('shell.quit')}
      </button>
      {confirming && (
        <ModalDialog alert labelledBy={`${id}-confirm`} onClose={() => setConfirming(false)}>
          <p id={`${id}-confirm`}>{t('shell.confirmQuestion')}</p>
          <div className="staff-actions">
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('shell.cancel')}
            </button>
            <button type="button" className="button button--danger" onClick={quit}>
              {t('shell.confirm')}
            </button>
          </div>
          {/* In the dialog: the page behind it is inert, so screen readers would not hear it there. */}
          <p role="status" className="staff-note">
            {message}
          </p>
        </ModalDialog>
      )}
    </section>
  );
}
