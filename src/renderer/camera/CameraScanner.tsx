// The idle screen's camera: a large mirrored preview with a frame where the code should be held,
// read continuously. Behind a result the preview is hidden but still read, so the next guest in the
// queue is welcomed at once. When the camera is unavailable the preview is simply empty: guests are
// not alarmed, wedge and name search work either way, and staff find what is wrong in settings
// (CameraStatus). The section carries the camera's state (data-camera-state) for tests to wait on.
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';
import { CameraSession } from './camera-session';
import { usePreferredCamera } from './camera-preference';
import { setCameraState, useCameraReport } from './camera-status';
import { scanProfile } from './scan-profile';

let hostCount = 0;

export function CameraScanner({ onCode, behindResult }: { onCode: (text: string) => void; behindResult: boolean }) {
  const { t } = useI18n();
  const { state } = useCameraReport();
  const viewport = useRef<HTMLDivElement>(null);
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;
  const deviceId = usePreferredCamera();

  useEffect(() => {
    // Each session draws into its own element, so one that is still stopping never clears the next.
    const host = document.createElement('div');
    host.id = `entre-camera-${++hostCount}`;
    viewport.current!.append(host);
    const session = new CameraSession({
      elementId: host.id,
      deviceId,
      profile: scanProfile(),
      onCode: (text) => onCodeRef.current(text),
      onState: setCameraState,
    });
    return () => void session.close().then(() => host.remove());
  }, [deviceId]);

  return (
    <section
      className={`camera${behindResult ? ' camera--behind-result' : ''}`}
      aria-label={t('camera.label')}
      data-camera-state={state}
    >
      <div className="camera__viewport" ref={viewport} aria-hidden="true" />
    </section>
  );
}
