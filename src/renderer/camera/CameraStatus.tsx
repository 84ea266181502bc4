// What staff need to know about the camera, in words: what is wrong, what to do about it and that
// wedge and name search still work; once it works again, what the last problem was and when it ended.
// Only in staff settings: guests at the idle screen see no camera trouble, just the wedge and search.
import { clockTime } from '../kiosk/result';
import { useI18n, type MessageKey } from '../i18n';
import { isCameraWorking } from './camera-health';
import { useCameraReport } from './camera-status';

export function CameraStatus() {
  const { t } = useI18n();
  const { state, incident } = useCameraReport();
  // While the kiosk tries again, the problem it is retrying still stands.
  const problem = isCameraWorking(state) ? (incident?.recoveredAt === null ? incident.problem : null) : state;
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
  if (!incident?.recoveredAt) return null;
  return (
    <p className="camera-status camera-status--recovered">
      {t(`camera.incident.${incident.problem}` as MessageKey, { time: clockTime(incident.since) })}{' '}
      {t('camera.recovered', { time: clockTime(incident.recoveredAt) })}
    </p>
  );
}
