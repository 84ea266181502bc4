// What staff need to know about the camera, in words: nothing while it works, otherwise what is wrong
// and that wedge and name search still work. Plain text, not a live region: the kiosk's one status
// region speaks to the guest. Self-contained, so staff mode can show it too.
import { useI18n, type MessageKey } from '../i18n';
import { isCameraWorking, useCameraState } from './camera-status';

export function CameraStatus() {
  const { t } = useI18n();
  const state = useCameraState();
  if (isCameraWorking(state)) return null;
  return (
    <p className="camera-status" data-camera-state={state}>
      <strong>{t(`camera.state.${state}` as MessageKey)}</strong> {t('camera.fallback')}
    </p>
  );
}
