import { useI18n } from '../i18n';
import { clockTime, type KioskResult } from './result';

/** The outcome of a scan or search, in large type; it sits inside the kiosk's live region. */
export function ResultPanel({ result }: { result: KioskResult }) {
  const { t } = useI18n();
  switch (result.kind) {
    case 'welcome':
      return (
        <div className="result result--welcome">
          <p className="result__headline">{t('result.welcome', { name: result.guest.fullName })}</p>
          <p className="result__detail">{[result.guest.title, result.guest.department].filter(Boolean).join(', ')}</p>
          {result.group && <p className="result__detail">{t('result.group', { group: result.group })}</p>}
        </div>
      );
    case 'already':
      return (
        <div className="result result--already">
          <p className="result__headline">
            {t('result.already', { name: result.guest.fullName, time: clockTime(result.checkedInAt) })}
          </p>
          <p className="result__detail">{t('result.alreadyHint')}</p>
        </div>
      );
    case 'unknown':
      return (
        <div className="result result--unknown">
          <p className="result__headline">{t('result.unknown')}</p>
        </div>
      );
    case 'error':
      return (
        <div className="result result--error">
          <p className="result__headline">{t('result.error')}</p>
          <p className="result__detail">{result.message}</p>
        </div>
      );
  }
}
