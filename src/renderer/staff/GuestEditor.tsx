// Editing one guest, in a modal dialog: name, title, department, e-mail and the flag, a reprint of the badge,
// the badge photo, and taking a cancelled guest off the list (asked twice).
import { useId, useState, type FormEvent } from 'react';
import type { StaffGuest } from '../../shared/staff';
import { api } from '../api';
import { clockTime } from '../event-clock';
import { useI18n } from '../i18n';
import { useStaffSession } from './session';
import { BadgeButton } from './BadgeButton';
import { ModalDialog } from './ModalDialog';
import { StaffPhotoButton } from '../photos/StaffPhotoButton';
import { apiErrorText } from '../api-error';
import { GUEST_FIELD_LIMITS } from '../../shared/guest-fields';

export function GuestEditor({
  guest,
  onSaved,
  onRemoved,
  onClose,
}: {
  guest: StaffGuest;
  onSaved(guest: StaffGuest): void;
  /** The guest was taken off the list (after staff confirmed it). */
  onRemoved(guest: StaffGuest): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [fields, setFields] = useState({
    firstName: guest.firstName,
    lastName: guest.lastName,
    title: guest.title,
    department: guest.department,
    email: guest.email,
    flagged: guest.flagged,
  });
  const [message, setMessage] = useState<string | null>(null);
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);

  async function remove() {
    try {
      await run((session) => api.staffRemoveGuest({ session, guestId: guest.id, confirm: true }));
      onRemoved(guest);
    } catch (error) {
      setConfirmingRemoval(false);
      setMessage(apiErrorText(t, error));
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      const saved = await run((session) =>
        api.staffEditGuest({ session, guestId: guest.id, ...fields, email: fields.email.trim() }),
      );
      setMessage(t('staff.edit.saved'));
      onSaved(saved);
    } catch (error) {
      setMessage(apiErrorText(t, error));
    }
  }

  const text = (name: 'firstName' | 'lastName' | 'title' | 'department' | 'email', type = 'text') => (
    <div className="staff-field">
      <label htmlFor={`${id}-${name}`}>{t(`staff.field.${name}`)}</label>
      <input
        id={`${id}-${name}`}
        className="staff-input"
        type={type}
        maxLength={GUEST_FIELD_LIMITS[name]}
        value={fields[name]}
        onChange={(event) => setFields({ ...fields, [name]: event.target.value })}
      />
    </div>
  );

  return (
    <ModalDialog labelledBy={`${id}-heading`} onClose={onClose}>
      <form onSubmit={save} aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('staff.edit.title', { name: guest.fullName })}</h2>
        <div className="staff-grid">
          {text('firstName')}
          {text('lastName')}
          {text('title')}
          {text('department')}
          {text('email', 'email')}
        </div>
        <label className="staff-check">
          <input
            type="checkbox"
            checked={fields.flagged}
            onChange={(event) => setFields({ ...fields, flagged: event.target.checked })}
          />
          {t('staff.field.flagged')}
        </label>
        <p role="status" className="staff-note">
          {message}
        </p>
        <div className="staff-actions">
          <button type="submit" className="button button--primary">
            {t('staff.edit.save')}
          </button>
          <BadgeButton guestId={guest.id} />
          <StaffPhotoButton guest={guest} />
          <button type="button" className="button" onClick={() => setConfirmingRemoval(true)}>
            {t('staff.remove.button')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('staff.edit.close')}
          </button>
        </div>
        {/* Removing is asked twice: a tap by mistake must not take someone off the list. */}
        {confirmingRemoval && (
          <div role="alert" className="staff-card">
            <p>
              {guest.checkedInAt
                ? t('staff.remove.questionArrived', { name: guest.fullName, time: clockTime(guest.checkedInAt) })
                : t('staff.remove.question', { name: guest.fullName })}
            </p>
            <div className="staff-actions">
              <button type="button" className="button button--danger" onClick={() => void remove()}>
                {t('staff.remove.confirm', { name: guest.fullName })}
              </button>
              <button type="button" className="button" onClick={() => setConfirmingRemoval(false)}>
                {t('staff.remove.cancel')}
              </button>
            </div>
          </div>
        )}
      </form>
    </ModalDialog>
  );
}
