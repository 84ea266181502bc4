import './kiosk.css';
// The attendee screen: idle invitation to scan, name search, and the result of each check-in,
// announced through one live region and cleared by itself after a few seconds.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { KioskInfo, PublicGuest, ScanOutcome } from '../../shared/domain';
import { MAX_SCAN_INPUT } from '../../shared/api-calls';
import { api } from '../api';
import { CameraScanner } from '../camera/CameraScanner';
import { useI18n } from '../i18n';
import { NameSearch } from './NameSearch';
import { ResultPanel } from './ResultPanel';
import { resultDuration, type KioskResult } from './result';
import { playTone } from './sounds';
import { useWedgeScanner } from './useWedgeScanner';
import { PrinterNotice } from '../badges/PrinterNotice';
import { useBadgeJob } from './BadgeProgress';
import { useDepartmentColours } from './useDepartmentColours';
import { useIdleReset } from './useIdleReset';
import { PhotoConsent } from './PhotoConsent';
import { usePhotoQuestion } from './usePhotoQuestion';
import { apiErrorText } from '../api-error';

export function KioskScreen({
  info,
  onStaffMode,
  onIdle,
}: {
  info: KioskInfo;
  onStaffMode(): void;
  /** Back at the idle screen: the event may have changed meanwhile, by sync from another door. */
  onIdle(): void;
}) {
  const { t, language, chooseLanguage, resetLanguage } = useI18n();
  const [result, setResult] = useState<KioskResult | null>(null);
  const [resetSignal, setResetSignal] = useState(0);
  const pending = useRef(0);

  // Badge photos (issue 16): the question after a welcome, ended by the next scan.
  const photo = usePhotoQuestion();
  // The code the camera read last: the guest being asked still holds it up, and must not end their own question.
  const lastCameraCode = useRef('');

  const show = useCallback(
    (next: KioskResult) => {
      setResult(next);
      photo.ask(next);
      playTone(next.kind);
    },
    [photo],
  );

  const run = useCallback(
    (call: () => Promise<ScanOutcome>) => {
      photo.end();
      const ticket = ++pending.current;
      call().then(
        (outcome) => ticket === pending.current && show(outcome),
        (error: Error) => ticket === pending.current && show({ kind: 'error', message: apiErrorText(t, error) }),
      );
    },
    [show, t],
  );

  // Back to idle for the next person: search text, hits, an open question and the guest's language.
  const stillThere = useIdleReset(
    useCallback(() => {
      setResetSignal((n) => n + 1);
      resetLanguage();
      onIdle();
    }, [resetLanguage, onIdle]),
  );

  const onScan = useCallback(
    (input: string) => {
      setResetSignal((n) => n + 1);
      run(() => api.checkInByCode({ code: input, method: 'wedge' }));
    },
    [run],
  );
  useWedgeScanner(onScan);

  const onCameraCode = useCallback(
    (text: string) => {
      if (photo.guest && text === lastCameraCode.current) return;
      lastCameraCode.current = text;
      stillThere();
      setResetSignal((n) => n + 1);
      // A foreign QR code (a web address, a contact card) can be long; the store refuses it either way.
      run(() => api.checkInByCode({ code: text.slice(0, MAX_SCAN_INPUT), method: 'camera' }));
    },
    [run, stillThere, photo.guest],
  );

  const onSearchCheckIn = useCallback(
    (guest: PublicGuest) => run(() => api.checkInGuest({ guestId: guest.id, method: 'search' })),
    [run],
  );

  const badge = useBadgeJob(result?.kind === 'welcome' ? result.badgeJobId : undefined);
  const departmentColours = useDepartmentColours();

  useEffect(() => {
    if (!result || photo.guest) return;
    const timer = setTimeout(() => setResult(null), resultDuration(result, badge));
    return () => clearTimeout(timer);
  }, [result, badge, photo.guest]);

  return (
    <main className={`kiosk kiosk--${result?.kind ?? 'idle'}`}>
      <header className="kiosk__header">
        {/* The discreet way into staff mode: the brand mark is a button; its name starts with the mark (WCAG 2.5.3). */}
        <button
          type="button"
          className="kiosk__brand kiosk__staff-entry"
          aria-label={t('staff.enter')}
          onClick={onStaffMode}
        >
          Entré
        </button>
        <button
          type="button"
          className="button button--quiet"
          lang={language === 'sv' ? 'en' : 'sv'}
          onClick={() => chooseLanguage(language === 'sv' ? 'en' : 'sv')}
        >
          {t('language.switch')}
        </button>
      </header>

      <section className="kiosk__status" role="status" aria-live="polite" aria-atomic="true">
        {/* While the guest is asked for a photo the badge is on hold: its progress shows once they answer. */}
        {result && (
          <ResultPanel result={result} badge={photo.guest ? null : badge} departmentColours={departmentColours} />
        )}
      </section>

      {photo.guest && <PhotoConsent key={photo.guest.id} guest={photo.guest} onDone={photo.done} />}

      {!result && (
        <div className="kiosk__idle">
          {info.event ? (
            <>
              <h1 className="kiosk__heading">{t('idle.heading', { event: info.event.name })}</h1>
              <p className="kiosk__instruction">{t('idle.instruction')}</p>
            </>
          ) : (
            <h1 className="kiosk__heading">{t('idle.noEvent')}</h1>
          )}
        </div>
      )}

      {info.event && <CameraScanner onCode={onCameraCode} behindResult={result !== null} />}

      {info.event && !result && <NameSearch onCheckIn={onSearchCheckIn} resetSignal={resetSignal} />}

      <PrinterNotice />
    </main>
  );
}
