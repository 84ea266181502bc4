// Staff name this station ("Entré norr"): exports show the name where they showed the station's id,
// and the hub shows it for this door's check-ins.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n';
import { useStaffSession } from './session';
import { useSaveForm } from './useSaveForm';
import { apiErrorText } from '../api-error';

export function StationNameSection() {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [name, setName] = useState('');
  // Empty until the stored name has arrived: the field waits for it, or a name typed before it arrived
  // would be replaced by it (and the empty one saved).
  const [stationId, setStationId] = useState('');
  const { message, setMessage, submit } = useSaveForm('staff.settings.saved');

  useEffect(() => {
    run((session) => api.staffStationName({ session })).then(
      (loaded) => {
        setName(loaded.name ?? '');
        setStationId(loaded.stationId);
      },
      (error: Error) => setMessage(apiErrorText(t, error)),
    );
  }, [run]);

  const save = (event: FormEvent) =>
    submit(event, async () => {
      const saved = await run((session) => api.staffSaveStationName({ session, name }));
      setName(saved.name ?? '');
    });

  return (
    <form className="staff-card" onSubmit={save} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('staff.settings.station')}</h3>
      <div className="staff-field">
        <label htmlFor={`${id}-name`}>{t('staff.settings.stationName')}</label>
        <input
          id={`${id}-name`}
          className="staff-input"
          maxLength={60}
          aria-describedby={`${id}-hint`}
          value={name}
          disabled={!stationId}
          onChange={(e) => setName(e.target.value)}
        />
        <p id={`${id}-hint`} className="staff-note">
          {t('staff.settings.stationNameHint', { id: stationId.slice(0, 8) })}
        </p>
      </div>
      <p role="status" className="staff-note">
        {message}
      </p>
      <button type="submit" className="button button--primary" disabled={!stationId}>
        {t('staff.settings.save')}
      </button>
    </form>
  );
}
