// After the welcome (the check-in is already saved), with the station's photo question on: would the
// guest like their photo on the badge and in the who's-who? Yes: a live preview with a frame for the
// face, a 3-2-1 countdown, the picture, retake or use it. No, or PHOTO_QUESTION_SECONDS without an
// answer: the plain badge prints. The badge waits in main for this answer (docs/photos.md).
import './photo-consent.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PublicGuest } from '../../shared/domain';
import { PHOTO_QUESTION_SECONDS } from '../../shared/photos';
import { api } from '../api';
import { useI18n } from '../i18n';
import { captureSquareJpeg, runningCameraStream } from './photo-capture';

type Step = { kind: 'ask' } | { kind: 'camera'; count: number } | { kind: 'review'; base64: string; url: string };

export function PhotoConsent({ guest, onDone }: { guest: PublicGuest; onDone(): void }) {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>({ kind: 'ask' });
  const [problem, setProblem] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const finished = useRef(false);

  const answer = useCallback(
    (jpeg: string | null) => {
      if (finished.current) return;
      finished.current = true;
      // The badge prints whatever the answer; a refusal here only means the plain badge prints.
      api.answerPhotoQuestion({ guestId: guest.id, jpeg }).then(onDone, (error: Error) => {
        if (jpeg === null) return onDone();
        finished.current = false;
        setProblem(error.message);
        setStep({ kind: 'ask' });
      });
    },
    [guest.id, onDone],
  );

  // No answer in time at any step: the plain badge. Each step starts the wait anew.
  useEffect(() => {
    const timer = setTimeout(() => answer(null), PHOTO_QUESTION_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [step.kind, answer]);

  // The camera step: the scanner's running stream when there is one, else the camera asked anew.
  useEffect(() => {
    if (step.kind !== 'camera') return;
    let own: MediaStream | null = null;
    let cancelled = false;
    const shared = runningCameraStream();
    const attach = (stream: MediaStream) => {
      if (cancelled || !video.current) return;
      video.current.srcObject = stream;
      void video.current.play().catch(() => {});
    };
    if (shared) attach(shared);
    else
      void navigator.mediaDevices
        ?.getUserMedia({ video: true })
        .then((stream) => {
          own = stream;
          attach(stream);
        })
        .catch(() => !cancelled && setProblem(t('photo.noCamera')));
    return () => {
      cancelled = true;
      own?.getTracks().forEach((track) => track.stop());
    };
  }, [step.kind, t]);

  // The countdown, then the picture.
  useEffect(() => {
    if (step.kind !== 'camera') return;
    const timer = setTimeout(() => {
      if (step.count > 1) return setStep({ kind: 'camera', count: step.count - 1 });
      void captureSquareJpeg(video.current!).then((photo) =>
        photo ? setStep({ kind: 'review', ...photo }) : setProblem(t('photo.noCamera')),
      );
    }, 1000);
    return () => clearTimeout(timer);
  }, [step, t]);

  useEffect(() => () => (step.kind === 'review' ? URL.revokeObjectURL(step.url) : undefined), [step]);

  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [step.kind]);

  return (
    <section className="photo-consent" aria-labelledby="photo-consent-heading">
      {step.kind === 'ask' && (
        <>
          <h2 id="photo-consent-heading">{t('photo.question')}</h2>
          <p className="photo-consent__hint">{t('photo.hint', { seconds: PHOTO_QUESTION_SECONDS })}</p>
          {problem && <p role="alert">{problem}</p>}
          <div className="photo-consent__actions">
            <button ref={first} type="button" className="button" onClick={() => setStep({ kind: 'camera', count: 3 })}>
              {t('photo.yes')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => answer(null)}>
              {t('photo.no')}
            </button>
          </div>
        </>
      )}
      {step.kind === 'camera' && (
        <>
          <h2 id="photo-consent-heading">{t('photo.lookAtCamera')}</h2>
          <div className="photo-consent__preview">
            <video ref={video} muted playsInline aria-hidden="true" />
            <div className="photo-consent__frame" aria-hidden="true" />
            <p className="photo-consent__count" role="timer" aria-live="assertive">
              {step.count}
            </p>
          </div>
          {problem && <p role="alert">{problem}</p>}
          <button ref={first} type="button" className="button button--quiet" onClick={() => answer(null)}>
            {t('photo.no')}
          </button>
        </>
      )}
      {step.kind === 'review' && (
        <>
          <h2 id="photo-consent-heading">{t('photo.review')}</h2>
          <img className="photo-consent__picture" src={step.url} alt={t('photo.pictureOf', { name: guest.fullName })} />
          <div className="photo-consent__actions">
            <button ref={first} type="button" className="button" onClick={() => answer(step.base64)}>
              {t('photo.use')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setStep({ kind: 'camera', count: 3 })}
            >
              {t('photo.retake')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
