// Staff setting: which camera the kiosk reads. Remembered by this kiosk; the scanner switches at once.
import { useI18n } from '../i18n';
import { useCameraDevices } from './camera-devices';
import { setPreferredCamera, usePreferredCamera } from './camera-preference';

export function CameraChoice() {
  const { t } = useI18n();
  const preferred = usePreferredCamera();
  // A camera without a device id (no permission yet in some browsers) cannot be chosen by id.
  const cameras = (useCameraDevices() ?? []).filter((camera) => camera.deviceId);

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
