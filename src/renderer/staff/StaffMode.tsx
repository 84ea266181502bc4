// Staff mode: behind the PIN, the reception's and organizer's tools in one screen with tabs. It locks
// itself after a few minutes without input, and whenever main says the session is over.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api';
import { useI18n, type MessageKey } from '../i18n';
import { Dashboard } from './Dashboard';
import { ForumHistory } from '../forums/ForumHistory';
import { ExportPanel } from './ExportPanel';
import { GuestList } from './GuestList';
import { ImportPanel } from './ImportPanel';
import { PinDialog } from './PinDialog';
import { sessionRunner, STAFF_IDLE_MS, StaffSessionContext } from './session';
import { Settings } from './Settings';
import { SyncPanel } from '../sync/SyncPanel';
import { WalkInForm } from './WalkInForm';
import './staff.css';

const TABS = ['guests', 'walkIn', 'dashboard', 'history', 'import', 'export', 'sync', 'settings'] as const;
type Tab = (typeof TABS)[number];

export function StaffMode({ onExit }: { onExit(): void }) {
  const [token, setToken] = useState<string | null>(null);
  if (!token) return <PinDialog onUnlocked={setToken} onCancel={onExit} />;
  return <UnlockedStaffMode token={token} onExit={onExit} />;
}

function UnlockedStaffMode({ token, onExit }: { token: string; onExit(): void }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('guests');
  const session = useMemo(() => sessionRunner(token, onExit), [token, onExit]);

  const lock = useCallback(() => {
    void api.staffLock({ session: token }).finally(onExit);
  }, [token, onExit]);

  useEffect(() => {
    let timer = setTimeout(lock, STAFF_IDLE_MS);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, STAFF_IDLE_MS);
    };
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    for (const name of events) window.addEventListener(name, restart, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of events) window.removeEventListener(name, restart);
    };
  }, [lock]);

  return (
    <StaffSessionContext.Provider value={session}>
      <div className="staff">
        <header className="staff__header">
          <h1 className="staff__title">{t('staff.title')}</h1>
          <nav className="staff__tabs" aria-label={t('staff.title')}>
            {TABS.map((name) => (
              <button
                key={name}
                type="button"
                className="staff-tab"
                aria-current={tab === name ? 'page' : undefined}
                onClick={() => setTab(name)}
              >
                {t(`staff.tab.${name}` as MessageKey)}
              </button>
            ))}
          </nav>
          <button type="button" className="button" onClick={lock}>
            {t('staff.lock')}
          </button>
        </header>
        <main className="staff__body">
          {tab === 'guests' && <GuestList />}
          {tab === 'walkIn' && <WalkInForm />}
          {tab === 'dashboard' && <Dashboard />}
          {tab === 'history' && <ForumHistory />}
          {tab === 'import' && <ImportPanel />}
          {tab === 'export' && <ExportPanel />}
          {tab === 'sync' && <SyncPanel />}
          {tab === 'settings' && <Settings />}
        </main>
      </div>
    </StaffSessionContext.Provider>
  );
}
