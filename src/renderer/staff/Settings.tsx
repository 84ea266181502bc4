// Settings in sections: the event (with its retention of personal data), language, camera, printer and
// badge preset (panels from their own modules), and the purge of personal data.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { EventSettings, StaffDoorLogEntry } from '../../shared/staff';
import { api } from '../api';
import { useI18n, type Language, type MessageKey } from '../i18n';
import { useStaffSession } from './session';
import { settingsPanels } from './settings-panels';
import { QuitKioskSection } from '../shell/QuitKioskSection';
import { ModalDialog } from './ModalDialog';
import { doorLogLine } from './door-log-words';
import { setEventTimeZone } from '../event-clock';
import { isTimeZone } from '../../shared/event-time';
import { useSaveForm } from './useSaveForm';
import { StationNameSection } from './StationNameSection';
import { apiErrorText } from '../api-error';

export function Settings() {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const [settings, setSettings] = useState<EventSettings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    run((session) => api.staffEventSettings({ session })).then(setSettings, (error: Error) =>
      setProblem(apiErrorText(t, error)),
    );
  }, [run]);

  return (
    <div className="staff-section">
      <h2>{t('staff.tab.settings')}</h2>
      {problem && <p role="alert">{problem}</p>}
      {settings && <EventSection settings={settings} onSaved={setSettings} />}
      <StationNameSection />
      <LanguageSection />
      {(Object.keys(settingsPanels) as (keyof typeof settingsPanels)[]).map((slot) => {
        const Panel = settingsPanels[slot];
        return (
          <section key={slot} className="staff-card" data-settings-slot={slot} aria-labelledby={`settings-${slot}`}>
            <h3 id={`settings-${slot}`}>{t(`staff.settings.${slot}` as MessageKey)}</h3>
            {Panel ? <Panel /> : <p className="staff-note">{t('staff.settings.notAvailable')}</p>}
          </section>
        );
      })}
      {settings && <PersonalDataSection settings={settings} onPurged={setSettings} />}
      <DoorLogSection />
      <QuitKioskSection />
    </div>
  );
}

function EventSection({ settings, onSaved }: { settings: EventSettings; onSaved(settings: EventSettings): void }) {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [name, setName] = useState(settings.event.name);
  const [startsOn, setStartsOn] = useState(settings.event.startsOn ?? '');
  const [venue, setVenue] = useState(settings.event.venue ?? '');
  const [retention, setRetention] = useState(settings.retentionDays?.toString() ?? '');
  const [timeZone, setTimeZone] = useState(settings.event.timeZone);
  const { message, submit } = useSaveForm('staff.settings.saved');

  const save = (event: FormEvent) =>
    submit(event, async () => {
      // The call would refuse it too, but only in English: the zone is checked here, in staff's language.
      const zone = timeZone.trim();
      if (!isTimeZone(zone)) throw new Error(t('staff.settings.timeZoneUnknown', { zone }));
      const saved = await run((session) =>
        api.staffSaveEventSettings({
          session,
          name,
          startsOn: startsOn || null,
          venue: venue.trim() || null,
          retentionDays: retention ? Number(retention) : null,
          timeZone: zone,
        }),
      );
      setEventTimeZone(saved.event.timeZone);
      onSaved(saved);
    });

  return (
    <form className="staff-card" onSubmit={save} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('staff.settings.event')}</h3>
      <div className="staff-grid">
        <div className="staff-field">
          <label htmlFor={`${id}-name`}>{t('staff.settings.eventName')}</label>
          <input
            id={`${id}-name`}
            className="staff-input"
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="staff-field">
          <label htmlFor={`${id}-date`}>{t('staff.settings.date')}</label>
          <input
            id={`${id}-date`}
            className="staff-input"
            type="date"
            value={startsOn}
            onChange={(e) => setStartsOn(e.target.value)}
          />
        </div>
        <div className="staff-field">
          <label htmlFor={`${id}-venue`}>{t('staff.settings.venue')}</label>
          <input id={`${id}-venue`} className="staff-input" value={venue} onChange={(e) => setVenue(e.target.value)} />
        </div>
        <div className="staff-field">
          <label htmlFor={`${id}-time-zone`}>{t('staff.settings.timeZone')}</label>
          <input
            id={`${id}-time-zone`}
            className="staff-input"
            required
            list={`${id}-time-zones`}
            aria-describedby={`${id}-time-zone-hint`}
            value={timeZone}
            onChange={(e) => setTimeZone(e.target.value)}
          />
          <datalist id={`${id}-time-zones`}>
            {Intl.supportedValuesOf('timeZone').map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <p id={`${id}-time-zone-hint`} className="staff-note">
            {t('staff.settings.timeZoneHint')}
          </p>
        </div>
        <div className="staff-field">
          <label htmlFor={`${id}-retention`}>{t('staff.settings.retention')}</label>
          <input
            id={`${id}-retention`}
            className="staff-input"
            type="number"
            min={1}
            max={3650}
            value={retention}
            onChange={(e) => setRetention(e.target.value)}
          />
        </div>
      </div>
      <p role="status" className="staff-note">
        {message}
      </p>
      <button type="submit" className="button button--primary">
        {t('staff.settings.save')}
      </button>
    </form>
  );
}

function LanguageSection() {
  const { t, language, setLanguage } = useI18n();
  const id = useId();
  return (
    <section className="staff-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('staff.settings.language')}</h3>
      <div role="radiogroup" aria-labelledby={`${id}-title`} className="staff-actions">
        {(['sv', 'en'] as Language[]).map((option) => (
          <label key={option} className="staff-check">
            <input
              type="radio"
              name={`${id}-language`}
              checked={language === option}
              onChange={() => setLanguage(option)}
            />
            {/* Each language named in itself, and spoken in it. */}
            <span lang={option}>{option === 'sv' ? 'Svenska' : 'English'}</span>
          </label>
        ))}
      </div>
    </section>
  );
}

function PersonalDataSection({
  settings,
  onPurged,
}: {
  settings: EventSettings;
  onPurged(settings: EventSettings): void;
}) {
  const { t, dateTime } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const when = (iso: string | null) => (iso ? dateTime(iso) : t('staff.purge.never'));
  const dueBy =
    settings.event.startsOn && settings.retentionDays
      ? new Date(Date.parse(settings.event.startsOn) + settings.retentionDays * 86_400_000).toISOString().slice(0, 10)
      : null;

  async function purge() {
    try {
      onPurged(await run((session) => api.staffPurgePersonalData({ session, confirm: true })));
      setConfirming(false);
      setMessage(t('staff.purge.done'));
    } catch (error) {
      // Shown in the dialog: the page behind it is inert, so screen readers would not hear it there.
      setFailure(apiErrorText(t, error));
    }
  }

  return (
    <section className="staff-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('staff.purge.title')}
      </h3>
      <p>
        {settings.retentionDays
          ? t('staff.purge.retention', { days: settings.retentionDays })
          : t('staff.purge.noRetention')}
      </p>
      {dueBy && !settings.purgedAt && <p>{t('staff.purge.dueBy', { date: dueBy })}</p>}
      <p>{t('staff.purge.lastExported', { when: when(settings.lastExportedAt) })}</p>
      <p>{t('staff.purge.lastSynced', { when: when(settings.lastSyncedAt) })}</p>
      {settings.purgedAt ? (
        <p>{t('staff.purge.purgedAt', { when: when(settings.purgedAt) })}</p>
      ) : (
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            setFailure(null);
            setConfirming(true);
          }}
        >
          {t('staff.purge.start')}
        </button>
      )}
      {confirming && !settings.purgedAt && (
        <ModalDialog alert labelledBy={`${id}-confirm`} onClose={() => setConfirming(false)} returnFocusTo={heading}>
          <p id={`${id}-confirm`}>
            {t('staff.purge.confirmQuestion', { count: settings.guestCount, event: settings.event.name })}
            {!settings.lastExportedAt && !settings.lastSyncedAt && ` ${t('staff.purge.unsaved')}`}
          </p>
          {failure && <p role="alert">{failure}</p>}
          <div className="staff-actions">
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('staff.purge.cancel')}
            </button>
            <button type="button" className="button button--danger" onClick={purge}>
              {t('staff.purge.confirm')}
            </button>
          </div>
        </ModalDialog>
      )}
      <p role="status" className="staff-note">
        {message}
      </p>
    </section>
  );
}

/** Who opened staff mode when, and every lockout: the door's log, newest first. */
function DoorLogSection() {
  const { t, dateTime } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [entries, setEntries] = useState<StaffDoorLogEntry[]>([]);
  useEffect(() => {
    run((session) => api.staffDoorLog({ session })).then(setEntries, () => setEntries([]));
  }, [run]);
  return (
    <section className="staff-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('staff.doorLog.title')}</h3>
      <ol className="staff-list">
        {entries.map((entry, index) => (
          <li key={index}>
            {dateTime(entry.at)} · {doorLogLine(entry, { t, dateTime })}
          </li>
        ))}
      </ol>
    </section>
  );
}
