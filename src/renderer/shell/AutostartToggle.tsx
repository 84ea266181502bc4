// "Start the kiosk when the computer starts", for staff, inside the kiosk window's settings card (shown
// only in the Electron kiosk, like quitting). Main writes the login item or the XDG autostart entry.
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n';
import { useStaffSession } from '../staff/session';
import { apiErrorText } from '../api-error';

export function AutostartToggle() {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    run((session) => api.kioskAutostart({ session })).then(
      (autostart) => setEnabled(autostart.enabled),
      (error: Error) => setMessage(apiErrorText(t, error)),
    );
  }, [run]);

  async function change(wanted: boolean) {
    try {
      const autostart = await run((session) => api.setKioskAutostart({ session, enabled: wanted }));
      setEnabled(autostart.enabled);
      setMessage(t(autostart.enabled ? 'shell.autostartOn' : 'shell.autostartOff'));
    } catch (error) {
      setMessage(apiErrorText(t, error));
    }
  }

  return (
    <>
      <label>
        <input
          type="checkbox"
          checked={enabled ?? false}
          disabled={enabled === null}
          onChange={(event) => void change(event.target.checked)}
        />
        {t('shell.autostart')}
      </label>
      <p role="status" className="staff-note">
        {message}
      </p>
    </>
  );
}
