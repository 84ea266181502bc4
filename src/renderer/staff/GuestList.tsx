// The guest list for reception: search, filters, check in by hand, undo a check-in, edit a guest. The
// store answers a page at a time (issue 15), so a list of 100,000 shows its first rows at once.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import {
  GUEST_FILTERS,
  GUEST_PAGE_SIZE,
  type GuestFilter,
  type StaffGuest,
  type StaffGuestPage,
} from '../../shared/staff';
import { api } from '../api';
import { useI18n, type MessageKey } from '../i18n';
import { clockTime } from '../kiosk/result';
import { GuestEditor } from './GuestEditor';
import { ModalDialog } from './ModalDialog';
import { useStaffSession } from './session';
import { apiErrorText } from '../api-error';

/** The most rows reloaded at once after an action: the pages already shown, up to the API's bound. */
const MAX_RELOAD = 1000;

export function GuestList() {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<GuestFilter>('all');
  const [page, setPage] = useState<StaffGuestPage | null>(null);
  const [editing, setEditing] = useState<StaffGuest | null>(null);
  // Undo takes a check-in back: asked first, so a slip of the finger beside "Edit" does not.
  const [undoing, setUndoing] = useState<StaffGuest | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Answers to older keystrokes may arrive after newer ones: only the latest request's answer is shown.
  const latest = useRef(0);
  const shown = page?.guests.length ?? 0;

  const load = useCallback(
    async (limit: number, after: StaffGuestPage | null = null) => {
      const request = ++latest.current;
      try {
        const next = await run((session) =>
          api.staffGuests({ session, query, filter, limit, after: after?.next ?? null }),
        );
        if (request !== latest.current) return;
        setPage(after ? { ...next, guests: [...after.guests, ...next.guests] } : next);
      } catch (error) {
        if (request === latest.current) setMessage(apiErrorText(t, error));
      }
    },
    [run, query, filter],
  );
  useEffect(() => {
    void load(GUEST_PAGE_SIZE);
  }, [load]);
  const reload = () => load(Math.min(MAX_RELOAD, Math.max(GUEST_PAGE_SIZE, shown)));

  async function act(guest: StaffGuest, action: 'checkIn' | 'undo') {
    try {
      if (action === 'checkIn') await run((session) => api.staffCheckIn({ session, guestId: guest.id }));
      else await run((session) => api.staffUndoCheckIn({ session, guestId: guest.id }));
      setMessage(t(action === 'checkIn' ? 'staff.guests.checkedIn' : 'staff.guests.undone', { name: guest.fullName }));
      await reload();
    } catch (error) {
      setMessage(apiErrorText(t, error));
    }
  }

  const guests = page?.guests ?? [];
  const total = page?.counts[filter] ?? 0;
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
      {undoing?.checkedInAt && (
        <ModalDialog alert labelledBy={`${id}-undo`} onClose={() => setUndoing(null)}>
          <p id={`${id}-undo`}>
            {t('staff.guests.undoQuestion', { name: undoing.fullName, time: clockTime(undoing.checkedInAt) })}
          </p>
          <div className="staff-actions">
            <button type="button" className="button" onClick={() => setUndoing(null)}>
              {t('staff.guests.undoKeep')}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                setUndoing(null);
                void act(undoing, 'undo');
              }}
            >
              {t('staff.guests.undoConfirm', { name: undoing.fullName })}
            </button>
          </div>
        </ModalDialog>
      )}
      {editing && (
        <GuestEditor
          key={editing.id}
          guest={editing}
          onSaved={(saved) => {
            // The dialog stays open on the saved guest: its heading and reprint follow the new name.
            setEditing(saved);
            void reload();
          }}
          onRemoved={(removed) => {
            setEditing(null);
            setMessage(t('staff.remove.done', { name: removed.fullName }));
            void reload();
          }}
          onClose={() => setEditing(null)}
        />
      )}
      <p className="staff-note" aria-live="polite">
        {t('staff.guests.count', { count: total })}
        {total === 0 && query.trim() !== '' && ` ${t('staff.guests.noMatch', { query: query.trim() })}`}
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
                  <button type="button" className="button" onClick={() => setUndoing(guest)}>
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
      {page?.next && (
        <div className="staff-toolbar">
          <span className="staff-note">{t('staff.guests.shown', { shown, count: total })}</span>
          <button type="button" className="button" onClick={() => void load(GUEST_PAGE_SIZE, page)}>
            {t('staff.guests.more', { count: Math.min(GUEST_PAGE_SIZE, total - shown) })}
          </button>
        </div>
      )}
    </section>
  );
}
