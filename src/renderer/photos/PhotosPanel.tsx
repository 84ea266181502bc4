// Staff settings for badge photos (docs/photos.md): whether the kiosk asks each guest, how the who's-who
// shows guests without a photo, the who's-who itself, and who consented, each with a withdrawal that
// deletes the photo here and, through sync, at the hub and every other station.
import './photos.css';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { PhotoConsent, PhotoSettings } from '../../shared/photos';
import { api } from '../api';
import { useI18n } from '../i18n';
import { saveExportFile } from '../staff/download';
import { ModalDialog } from '../staff/ModalDialog';
import { useStaffSession } from '../staff/session';
import { apiErrorText } from '../api-error';

export function PhotosPanel() {
  const { t, dateTime } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [settings, setSettings] = useState<PhotoSettings | null>(null);
  const [consents, setConsents] = useState<PhotoConsent[]>([]);
  const [withdrawing, setWithdrawing] = useState<PhotoConsent | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const fail = useCallback((error: Error) => setProblem(apiErrorText(t, error)), [t]);

  useEffect(() => {
    run((session) => api.getPhotoSettings({ session })).then(setSettings, fail);
    run((session) => api.listPhotoConsents({ session })).then(setConsents, fail);
  }, [run, fail]);

  // The toggle moves at once; should the store refuse, it moves back and says why.
  function save(next: PhotoSettings) {
    const before = settings;
    setSettings(next);
    run((session) => api.savePhotoSettings({ session, settings: next })).then(setSettings, (error: Error) => {
      setSettings(before);
      fail(error);
    });
  }

  async function withdraw(consent: PhotoConsent) {
    try {
      setConsents(await run((session) => api.withdrawPhotoConsent({ session, guestId: consent.guestId })));
      setWithdrawing(null);
      setMessage(t('photo.withdraw.done', { name: consent.fullName }));
    } catch (error) {
      setWithdrawing(null);
      setProblem(apiErrorText(t, error));
    }
  }

  async function booklet() {
    try {
      const file = await run((session) => api.whosWhoBooklet({ session }));
      saveExportFile(file);
      setMessage(t('staff.export.saved', { file: file.fileName }));
    } catch (error) {
      setProblem(apiErrorText(t, error));
    }
  }

  return (
    <div className="photos-panel">
      {problem && <p role="alert">{problem}</p>}
      {settings && (
        <>
          <label className="staff-check">
            <input
              type="checkbox"
              checked={settings.kioskQuestion}
              onChange={(event) => save({ ...settings, kioskQuestion: event.target.checked })}
            />
            {t('photo.settings.kioskQuestion')}
          </label>
          <fieldset className="photos-panel__choice">
            <legend>{t('photo.settings.withoutPhoto')}</legend>
            {([false, true] as const).map((initials) => (
              <label key={String(initials)} className="staff-check">
                <input
                  type="radio"
                  name={`${id}-without-photo`}
                  checked={settings.whosWhoInitials === initials}
                  onChange={() => save({ ...settings, whosWhoInitials: initials })}
                />
                {t(initials ? 'photo.settings.initials' : 'photo.settings.leaveOut')}
              </label>
            ))}
          </fieldset>
        </>
      )}
      <div className="staff-actions">
        <button type="button" className="button" onClick={() => void booklet()}>
          {t('photo.booklet.button')}
        </button>
      </div>
      <h4 id={`${id}-consents`} ref={listHeading} tabIndex={-1}>
        {t('photo.consents.title', { count: consents.length })}
      </h4>
      <ul className="photos-panel__list staff-list" aria-labelledby={`${id}-consents`}>
        {consents.map((consent) => (
          <li key={consent.guestId}>
            <img src={consent.photo} alt="" width={48} height={48} />
            <span>
              {consent.fullName}
              {consent.department && ` · ${consent.department}`} ·{' '}
              {t('photo.consents.taken', { when: dateTime(consent.takenAt) })}
            </span>
            <button
              type="button"
              className="button button--danger"
              aria-label={t('photo.withdraw.buttonFor', { name: consent.fullName })}
              onClick={() => setWithdrawing(consent)}
            >
              {t('photo.withdraw.button')}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="staff-note">
        {message}
      </p>
      {withdrawing && (
        <ModalDialog
          alert
          labelledBy={`${id}-withdraw`}
          onClose={() => setWithdrawing(null)}
          returnFocusTo={listHeading}
        >
          <p id={`${id}-withdraw`}>{t('photo.withdraw.question', { name: withdrawing.fullName })}</p>
          <div className="staff-actions">
            <button type="button" className="button" onClick={() => setWithdrawing(null)}>
              {t('photo.withdraw.cancel')}
            </button>
            <button type="button" className="button button--danger" onClick={() => void withdraw(withdrawing)}>
              {t('photo.withdraw.confirm')}
            </button>
          </div>
        </ModalDialog>
      )}
    </div>
  );
}
