// Staff setting: which camera the kiosk reads. Remembered by this kiosk; the scanner switches at once.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { setPreferredCamera, usePreferredCamera } from './camera-preference';

interface CameraOption {
  deviceId: string;
  /** Null when the browser gives the camera no name: it is then called by its number. */
  label: string | null;
}

async function listCameras(): Promise<CameraOption[]> {
  const devices = (await navigator.mediaDevices?.enumerateDevices()) ?? [];
  return devices
    .filter((device) => device.kind === 'videoinput' && device.deviceId)
    .map((device) => ({ deviceId: device.deviceId, label: device.label || null }));
}

export function CameraChoice() {
  const { t } = useI18n();
  const preferred = usePreferredCamera();
  const [cameras, setCameras] = useState<CameraOption[]>([]);

  useEffect(() => {
    const refresh = () => void listCameras().then(setCameras, () => setCameras([]));
    refresh();
    navigator.mediaDevices?.addEventListener('devicechange', refresh);
    return () => navigator.mediaDevices?.removeEventListener('devicechange', refresh);
  }, []);

  const missing = preferred !== null && !cameras.some((camera) => camera.deviceId === preferred);
  return (
    <label className="camera-choice">
      {t('camera.choice.label')}
      <select value={preferred ?? ''} onChange={(event) => setPreferredCamera(event.target.value || null)}>
        <option value="">{t('camera.choice.default')}</option>
        {cameras.map((camera, index) => (
          <option key={camera.deviceId} value={camera.deviceId}>
            {camera.label ?? t('camera.choice.unnamed', { number: index + 1 })}
          </option>
        ))}
        {missing && <option value={preferred}>{t('camera.choice.missing')}</option>}
      </select>
    </label>
  );
}
