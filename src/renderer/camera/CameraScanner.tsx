// The idle screen's camera: a large mirrored preview with a frame where the code should be held,
// read continuously. While a result is on screen it is hidden and does not decode. When the camera
// is unavailable the preview is simply empty: guests are not alarmed, wedge and name search work
// either way, and staff find what is wrong in settings (CameraStatus).
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';
import { CameraSession } from './camera-session';
import { usePreferredCamera } from './camera-preference';
import { setCameraState } from './camera-status';
import { scanProfile } from './scan-profile';

let hostCount = 0;

export function CameraScanner({ onCode, paused }: { onCode: (text: string) => void; paused: boolean }) {
  const { t } = useI18n();
  const viewport = useRef<HTMLDivElement>(null);
  const session = useRef<CameraSession | null>(null);
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;
  const pausedRef = useRef(paused);
  pausedRef.current = paused;
  const deviceId = usePreferredCamera();

  useEffect(() => {
    // Each session draws into its own element, so one that is still stopping never clears the next.
    const host = document.createElement('div');
    host.id = `entre-camera-${++hostCount}`;
    viewport.current!.append(host);
    const current = new CameraSession({
      elementId: host.id,
      deviceId,
      profile: scanProfile(),
      onCode: (text) => onCodeRef.current(text),
      onState: setCameraState,
    });
    current.setPaused(pausedRef.current);
    session.current = current;
    return () => {
      session.current = null;
      void current.close().then(() => host.remove());
    };
  }, [deviceId]);

  useEffect(() => session.current?.setPaused(paused), [paused]);

  return (
    <section className={`camera${paused ? ' camera--paused' : ''}`} aria-label={t('camera.label')}>
      <div className="camera__viewport" ref={viewport} aria-hidden="true" />
    </section>
  );
}
