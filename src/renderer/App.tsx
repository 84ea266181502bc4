import { useCallback, useEffect, useState } from 'react';
import type { KioskInfo } from '../shared/domain';
import { api } from './api';
import { setEventTimeZone } from './event-clock';
import { I18nProvider, useI18n } from './i18n';
import { KioskScreen } from './kiosk/KioskScreen';
import { StaffMode } from './staff/StaffMode';
import { apiErrorText } from './api-error';

export function App() {
  const [info, setInfo] = useState<KioskInfo | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const [staffMode, setStaffMode] = useState(false);

  const loadInfo = useCallback((onFailure: (error: Error) => void) => {
    api.getKioskInfo({}).then((loaded) => {
      setEventTimeZone(loaded.event?.timeZone);
      // The same event again keeps the screen as it is.
      setInfo((current) => (JSON.stringify(current) === JSON.stringify(loaded) ? current : loaded));
    }, onFailure);
  }, []);
  useEffect(() => loadInfo(setFailure), [loadInfo]);
  // A refresh that fails keeps the event the kiosk has: the next guest can still check in.
  const refreshInfo = useCallback(() => loadInfo(() => undefined), [loadInfo]);

  // Leaving staff mode reloads the event: staff may have renamed it or imported a new list. So does the
  // kiosk going back to idle: a pull may have changed its zone or name, or made it the hub's event.
  const leaveStaffMode = useCallback(() => {
    setStaffMode(false);
    loadInfo(setFailure);
  }, [loadInfo]);

  return (
    <I18nProvider>
      {failure ? (
        <LoadFailure error={failure} />
      ) : staffMode ? (
        <StaffMode onExit={leaveStaffMode} />
      ) : info ? (
        <KioskScreen info={info} onStaffMode={() => setStaffMode(true)} onIdle={refreshInfo} />
      ) : null}
    </I18nProvider>
  );
}

/** The kiosk could not load its event: said in the kiosk's language, inside the provider that knows it. */
function LoadFailure({ error }: { error: Error }) {
  const { t } = useI18n();
  return (
    <main className="kiosk kiosk--error">
      <p role="alert">{apiErrorText(t, error)}</p>
    </main>
  );
}
