// After the welcome (the check-in is already saved), with the station's photo question on: would the
// guest like their photo on the badge and in the who's-who? Yes: a live preview with a frame for the
// face, a 3-2-1 countdown, the picture, retake or use it. No, or PHOTO_QUESTION_SECONDS without an
// answer: the plain badge prints. The badge waits in main for this answer (docs/photos.md).
import './photo-consent.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PublicGuest } from '../../shared/domain';
import { PHOTO_QUESTION_LONGEST_SECONDS, PHOTO_QUESTION_SECONDS } from '../../shared/photos';
import { api } from '../api';
import { useI18n } from '../i18n';
import { PhotoCapture, type CaptureStep } from '../photos/PhotoCapture';
import { apiErrorText } from '../api-error';

export function PhotoConsent({ guest, onDone }: { guest: PublicGuest; onDone(): void }) {
  const { t } = useI18n();
  const [step, setStep] = useState<'ask' | CaptureStep['kind']>('ask');
  const [problem, setProblem] = useState<string | null>(null);
  const finished = useRef(false);
  /** When the question must be over whatever step the guest is at: the station holds the badge no longer. */
  const deadline = useRef(Date.now() + PHOTO_QUESTION_LONGEST_SECONDS * 1000);

  const answer = useCallback(
    (jpeg: string | null) => {
      if (finished.current) return;
      finished.current = true;
      // The badge prints whatever the answer; a refusal here only means the plain badge prints.
      api.answerPhotoQuestion({ guestId: guest.id, jpeg }).then(onDone, (error: Error) => {
        if (jpeg === null) return onDone();
        finished.current = false;
        setProblem(apiErrorText(t, error));
        setStep('ask');
      });
    },
    [guest.id, onDone, t],
  );

  // No answer in time at any step: the plain badge. Each step starts the wait anew, within the question's
  // longest time in all.
  useEffect(() => {
    const wait = Math.min(PHOTO_QUESTION_SECONDS * 1000, deadline.current - Date.now());
    const timer = setTimeout(() => answer(null), Math.max(0, wait));
    return () => clearTimeout(timer);
  }, [step, answer]);

  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [step]);

  return (
    // A dialog named by its step's heading: a screen reader says the question (and the time limit) as the focus
    // moves to the first answer, beside the welcome that the status region announced.
    <section
      className="photo-consent"
      role="dialog"
      aria-labelledby="photo-consent-heading"
      aria-describedby={step === 'ask' ? 'photo-consent-hint' : undefined}
    >
      {step === 'ask' ? (
        <>
          <h2 id="photo-consent-heading">{t('photo.question')}</h2>
          <p id="photo-consent-hint" className="photo-consent__hint">
            {t('photo.hint', { seconds: PHOTO_QUESTION_SECONDS })}
          </p>
          {problem && <p role="alert">{problem}</p>}
          <div className="photo-consent__actions">
            <button ref={first} type="button" className="button" onClick={() => setStep('camera')}>
              {t('photo.yes')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => answer(null)}>
              {t('photo.no')}
            </button>
          </div>
        </>
      ) : (
        <PhotoCapture
          name={guest.fullName}
          headingId="photo-consent-heading"
          noCameraText={t('photo.noCamera')}
          cancelLabel={t('photo.no')}
          onCancel={() => answer(null)}
          onUse={answer}
          onStep={setStep}
        />
      )}
    </section>
  );
}
