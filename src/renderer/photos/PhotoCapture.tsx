// Taking a badge photo, shared by the kiosk's photo question and staff mode: a square live preview with
// an oval for the face, a 3-2-1 countdown, the picture, then retake or use it (docs/photos.md).
import '../kiosk/photo-consent.css';
import { useEffect, useRef, useState } from 'react';
import { usePreferredCamera } from '../camera/camera-preference';
import { useI18n } from '../i18n';
import { captureSquareJpeg, runningCameraStream } from '../kiosk/photo-capture';

export type CaptureStep = { kind: 'camera'; count: number } | { kind: 'review'; base64: string; url: string };

export function PhotoCapture({
  name,
  headingId,
  noCameraText,
  cancelLabel,
  onCancel,
  onUse,
  onStep,
}: {
  /** Whose picture it is, for the picture's text alternative. */
  name: string;
  /** The id of the step's heading, which names the section or dialog around it. */
  headingId: string;
  /** Said when there is no camera, or no picture could be made of what it shows. */
  noCameraText: string;
  /** The button that gives up while the countdown runs. */
  cancelLabel: string;
  onCancel(): void;
  onUse(base64: string): void;
  /** Each new step: the kiosk waits for an answer anew at every step. */
  onStep?(kind: CaptureStep['kind']): void;
}) {
  const { t } = useI18n();
  const [step, setStep] = useState<CaptureStep>({ kind: 'camera', count: 3 });
  const [problem, setProblem] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const preferred = usePreferredCamera();

  useEffect(() => onStep?.(step.kind), [step.kind, onStep]);
  useEffect(() => first.current?.focus(), [step.kind]);

  // The camera step: the kiosk scanner's running stream when there is one, else the camera staff chose
  // (the system's default when they chose none) asked anew.
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
        ?.getUserMedia({ video: preferred ? { deviceId: preferred } : true })
        .then((stream) => {
          own = stream;
          attach(stream);
        })
        .catch(() => !cancelled && setProblem(noCameraText));
    return () => {
      cancelled = true;
      own?.getTracks().forEach((track) => track.stop());
    };
  }, [step.kind, noCameraText, preferred]);

  // The countdown, then the picture.
  useEffect(() => {
    if (step.kind !== 'camera') return;
    const timer = setTimeout(() => {
      if (step.count > 1) return setStep({ kind: 'camera', count: step.count - 1 });
      void captureSquareJpeg(video.current!).then((photo) =>
        photo ? setStep({ kind: 'review', ...photo }) : setProblem(noCameraText),
      );
    }, 1000);
    return () => clearTimeout(timer);
  }, [step, noCameraText]);

  useEffect(() => () => (step.kind === 'review' ? URL.revokeObjectURL(step.url) : undefined), [step]);

  if (step.kind === 'camera')
    return (
      <>
        <h2 id={headingId}>{t('photo.lookAtCamera')}</h2>
        <div className="photo-consent__preview">
          <video ref={video} muted playsInline aria-hidden="true" />
          <div className="photo-consent__frame" aria-hidden="true" />
          <p className="photo-consent__count" role="timer" aria-live="assertive">
            {step.count}
          </p>
        </div>
        {problem && <p role="alert">{problem}</p>}
        <button ref={first} type="button" className="button button--quiet" onClick={onCancel}>
          {cancelLabel}
        </button>
      </>
    );
  return (
    <>
      <h2 id={headingId}>{t('photo.review')}</h2>
      <img className="photo-consent__picture" src={step.url} alt={t('photo.pictureOf', { name })} />
      <div className="photo-consent__actions">
        <button ref={first} type="button" className="button" onClick={() => onUse(step.base64)}>
          {t('photo.use')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setStep({ kind: 'camera', count: 3 })}>
          {t('photo.retake')}
        </button>
      </div>
    </>
  );
}
