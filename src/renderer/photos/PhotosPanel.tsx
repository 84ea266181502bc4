// Staff settings for badge photos (docs/photos.md): whether the kiosk asks each guest, how the
// who's-who shows guests without a photo, and who consented, with withdrawal of a guest's consent.
import './photos.css';
import { useCallback, useEffect, useState } from 'react';
import type { PhotoConsent, PhotoSettings } from '../../shared/photos';
import { api } from '../api';
import { useI18n } from '../i18n';
import { useStaffSession } from '../staff/session';

export function PhotosPanel() {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const [settings, setSettings] = useState<PhotoSettings | null>(null);
  const [consents, setConsents] = useState<PhotoConsent[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const fail = useCallback((error: Error) => setProblem(error.message), []);

  useEffect(() => {
    run((session) => api.getPhotoSettings({ session })).then(setSettings, fail);
    run((session) => api.listPhotoConsents({ session })).then(setConsents, fail);
  }, [run, fail]);

  const save = (next: PhotoSettings) =>
    run((session) => api.savePhotoSettings({ session, settings: next })).then(setSettings, fail);
  const withdraw = (guestId: string) =>
    run((session) => api.withdrawPhotoConsent({ session, guestId })).then(setConsents, fail);

  return (
    <div className="photos-panel">
      {problem && <p role="alert">{problem}</p>}
      {settings && (
        <>
          <label>
            <input
              type="checkbox"
              checked={settings.kioskQuestion}
              onChange={(event) => void save({ ...settings, kioskQuestion: event.target.checked })}
            />{' '}
            {t('photo.settings.kioskQuestion')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={settings.whosWhoInitials}
              onChange={(event) => void save({ ...settings, whosWhoInitials: event.target.checked })}
            />{' '}
            {t('photo.settings.whosWhoInitials')}
          </label>
        </>
      )}
      <h4>{t('photo.settings.consented', { count: consents.length })}</h4>
      <ul className="photos-panel__list">
        {consents.map((consent) => (
          <li key={consent.guestId}>
            <img src={consent.photo} alt="" width={48} height={48} />
            <span>
              {consent.fullName}
              {consent.department && ` · ${consent.department}`}
            </span>
            <button type="button" className="button button--quiet" onClick={() => void withdraw(consent.guestId)}>
              {t('photo.settings.withdraw', { name: consent.fullName })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
