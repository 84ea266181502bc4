import { useCallback, useEffect, useState } from 'react';
import type { KioskInfo } from '../shared/domain';
import { api } from './api';
import { setEventTimeZone } from './event-clock';
import { I18nProvider } from './i18n';
import { KioskScreen } from './kiosk/KioskScreen';
import { StaffMode } from './staff/StaffMode';

export function App() {
  const [info, setInfo] = useState<KioskInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [staffMode, setStaffMode] = useState(false);

  const loadInfo = useCallback(() => {
    api.getKioskInfo({}).then(
      (loaded) => {
        setEventTimeZone(loaded.event?.timeZone);
        setInfo(loaded);
      },
      (error: Error) => setFailure(error.message),
    );
  }, []);
  useEffect(loadInfo, [loadInfo]);

  // Leaving staff mode reloads the event: staff may have renamed it or imported a new list.
  const leaveStaffMode = useCallback(() => {
    setStaffMode(false);
    loadInfo();
  }, [loadInfo]);

  return (
    <I18nProvider>
      {failure ? (
        <main className="kiosk kiosk--error">
          <p role="alert">{failure}</p>
        </main>
      ) : staffMode ? (
        <StaffMode onExit={leaveStaffMode} />
      ) : info ? (
        <KioskScreen info={info} onStaffMode={() => setStaffMode(true)} />
      ) : null}
    </I18nProvider>
  );
}
