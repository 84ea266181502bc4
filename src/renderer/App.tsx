import { useEffect, useState } from 'react';
import type { KioskInfo } from '../shared/domain';
import { api } from './api';
import { I18nProvider } from './i18n';
import { KioskScreen } from './kiosk/KioskScreen';
import { SyncPanel } from './sync/SyncPanel';

export function App() {
  const [info, setInfo] = useState<KioskInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    api.getKioskInfo({}).then(setInfo, (error: Error) => setFailure(error.message));
  }, []);

  return (
    <I18nProvider>
      {/* Until staff mode (issue 5) mounts it: the sync panel alone at #sync. */}
      {location.hash === '#sync' ? (
        <SyncPanel />
      ) : failure ? (
        <main className="kiosk kiosk--error">
          <p role="alert">{failure}</p>
        </main>
      ) : info ? (
        <KioskScreen info={info} />
      ) : null}
    </I18nProvider>
  );
}
