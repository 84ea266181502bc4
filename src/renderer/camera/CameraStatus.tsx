// What staff need to know about the camera, in words: what is wrong, what to do about it and that
// wedge and name search still work; once it works again, what the last problem was and when it ended.
// Only in staff settings: guests at the idle screen see no camera trouble, just the wedge and search.
import { clockTime } from '../kiosk/result';
import { useI18n, type MessageKey } from '../i18n';
import { isCameraProblem, type CameraProblem } from './camera-health';
import { useCameraDevices } from './camera-devices';
import { useCameraReport } from './camera-status';

export function CameraStatus() {
  const { t } = useI18n();
  const { state, incident } = useCameraReport();
  const cameras = useCameraDevices();
  // While the kiosk tries again, or while staff mode keeps it from trying, the last problem still stands.
  const ongoing = incident?.recoveredAt === null ? incident.problem : null;
  let problem: CameraProblem | null = isCameraProblem(state) ? state : ongoing;
  // Not in use and never failed: look for a camera here rather than say nothing.
  if (!problem && state === 'idle' && cameras?.length === 0) problem = 'no-camera';
  if (problem) {
    return (
      <div className="camera-status" data-camera-state={problem}>
        <p>
          <strong>{t(`camera.state.${problem}` as MessageKey)}</strong> {t('camera.fallback')}
        </p>
        <p>{t(`camera.hint.${problem}` as MessageKey)}</p>
      </div>
    );
  }
  if (incident?.recoveredAt) {
    return (
      <p className="camera-status camera-status--recovered">
        {t(`camera.incident.${incident.problem}` as MessageKey, { time: clockTime(incident.since) })}{' '}
        {t('camera.recovered', { time: clockTime(incident.recoveredAt) })}
      </p>
    );
  }
  if (state === 'idle' && cameras !== null) {
    return (
      <p className="camera-status" data-camera-state="idle">
        {t('camera.state.idle')}
      </p>
    );
  }
  return null;
}
