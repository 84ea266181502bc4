// The guest list for reception: search, filters, check in by hand, undo a check-in, edit a guest.
import { useCallback, useEffect, useId, useState } from 'react';
import { GUEST_FILTERS, type GuestFilter, type StaffGuest } from '../../shared/staff';
import { api } from '../api';
import { useI18n, type MessageKey } from '../i18n';
import { clockTime } from '../kiosk/result';
import { GuestEditor } from './GuestEditor';
import { useStaffSession } from './session';

export function GuestList() {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<GuestFilter>('all');
  const [guests, setGuests] = useState<StaffGuest[]>([]);
  const [editing, setEditing] = useState<StaffGuest | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const reload = useCallback(
    () =>
      run((session) => api.staffGuests({ session, query, filter })).then(setGuests, (e: Error) =>
        setMessage(e.message),
      ),
    [run, query, filter],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  async function act(guest: StaffGuest, action: 'checkIn' | 'undo') {
    try {
      if (action === 'checkIn') await run((session) => api.staffCheckIn({ session, guestId: guest.id }));
      else await run((session) => api.staffUndoCheckIn({ session, guestId: guest.id }));
      setMessage(t(action === 'checkIn' ? 'staff.guests.checkedIn' : 'staff.guests.undone', { name: guest.fullName }));
      await reload();
    } catch (error) {
      setMessage((error as Error).message);
    }
  }

  return (
    <section className="staff-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('staff.tab.guests')}</h2>
      <div className="staff-toolbar">
        <label htmlFor={`${id}-search`} className="staff-toolbar__label">
          {t('staff.guests.search')}
        </label>
        <input
          id={`${id}-search`}
          className="staff-input"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <div role="group" aria-label={t('staff.guests.filter')} className="staff-filters">
          {GUEST_FILTERS.map((name) => (
            <button
              key={name}
              type="button"
              className="staff-tab"
              aria-pressed={filter === name}
              onClick={() => setFilter(name)}
            >
              {t(`staff.filter.${name}` as MessageKey)}
            </button>
          ))}
        </div>
      </div>
      <p role="status" className="staff-note">
        {message}
      </p>
      {editing && (
        <GuestEditor
          key={editing.id}
          guest={editing}
          onSaved={() => void reload()}
          onRemoved={(removed) => {
            setEditing(null);
            setMessage(t('staff.remove.done', { name: removed.fullName }));
            void reload();
          }}
          onClose={() => setEditing(null)}
        />
      )}
      <p className="staff-note" aria-live="polite">
        {t('staff.guests.count', { count: guests.length })}
      </p>
      <table className="staff-table">
        <thead>
          <tr>
            <th scope="col">{t('staff.field.name')}</th>
            <th scope="col">{t('staff.field.department')}</th>
            <th scope="col">{t('staff.guests.status')}</th>
            <th scope="col">{t('staff.guests.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {guests.map((guest) => (
            <tr key={guest.id}>
              <th scope="row">
                {guest.fullName || t('staff.guests.purged')}
                {guest.walkIn && <span className="staff-badge">{t('staff.guests.walkIn')}</span>}
                {guest.flagged && <span className="staff-badge staff-badge--flag">{t('staff.guests.flagged')}</span>}
                <div className="staff-note">{guest.title}</div>
              </th>
              <td>{guest.department}</td>
              <td>
                {guest.checkedInAt
                  ? t('staff.guests.arrivedAt', { time: clockTime(guest.checkedInAt) })
                  : t('staff.guests.notArrived')}
              </td>
              <td className="staff-row-actions">
                {guest.checkedInAt ? (
                  <button type="button" className="button" onClick={() => act(guest, 'undo')}>
                    {t('staff.guests.undo')}
                    <span className="visually-hidden"> {guest.fullName}</span>
                  </button>
                ) : (
                  <button type="button" className="button button--primary" onClick={() => act(guest, 'checkIn')}>
                    {t('staff.guests.checkIn')}
                    <span className="visually-hidden"> {guest.fullName}</span>
                  </button>
                )}
                <button type="button" className="button" onClick={() => setEditing(guest)}>
                  {t('staff.guests.edit')}
                  <span className="visually-hidden"> {guest.fullName}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
