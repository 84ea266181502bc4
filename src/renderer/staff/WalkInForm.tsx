// Registering a walk-in. Before anyone new is created, guests who are probably the same person are
// shown, so reception checks in the existing guest instead of making a duplicate.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { DuplicateCandidate, StaffGuest } from '../../shared/staff';
import { api } from '../api';
import { useI18n } from '../i18n';
import { clockTime } from '../kiosk/result';
import { useStaffSession } from './session';
import { apiErrorText } from '../api-error';
import { GUEST_FIELD_LIMITS } from '../../shared/guest-fields';

const EMPTY = { firstName: '', lastName: '', title: '', department: '', email: '' };
type Fields = typeof EMPTY;

export function WalkInForm() {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [departments, setDepartments] = useState<string[]>([]);
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // One registration at a time: a second tap before the first is answered would send the emptied form.
  const busy = useRef(false);
  const [working, setWorking] = useState(false);
  const once = async (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setWorking(true);
    try {
      await work();
    } finally {
      busy.current = false;
      setWorking(false);
    }
  };

  useEffect(() => {
    run((session) => api.staffDepartments({ session })).then(setDepartments, () => setDepartments([]));
  }, [run]);

  const trimmed = (): Fields => ({
    firstName: fields.firstName.trim(),
    lastName: fields.lastName.trim(),
    title: fields.title.trim(),
    department: fields.department.trim(),
    email: fields.email.trim(),
  });

  async function check(event: FormEvent) {
    event.preventDefault();
    await once(() => lookForDuplicates());
  }

  async function lookForDuplicates() {
    const values = trimmed();
    if (!values.firstName && !values.lastName) return setMessage(t('staff.walkIn.nameMissing'));
    try {
      const found = await run((session) =>
        api.staffFindDuplicates({
          session,
          firstName: values.firstName,
          lastName: values.lastName,
          email: values.email,
        }),
      );
      if (found.length > 0) {
        setDuplicates(found);
        setMessage(null);
      } else await create();
    } catch (error) {
      setMessage(apiErrorText(t, error));
    }
  }

  async function create() {
    try {
      const guest = await run((session) => api.staffCreateWalkIn({ session, ...trimmed() }));
      await done(t('staff.walkIn.created', { name: guest.fullName }));
    } catch (error) {
      setMessage(apiErrorText(t, error));
    }
  }

  async function checkInExisting(guest: StaffGuest) {
    try {
      const outcome = await run((session) => api.staffCheckIn({ session, guestId: guest.id }));
      const text =
        outcome.kind === 'already'
          ? t('staff.walkIn.already', { name: guest.fullName, time: clockTime(outcome.checkedInAt) })
          : t('staff.guests.checkedIn', { name: guest.fullName });
      await done(text);
    } catch (error) {
      setMessage(apiErrorText(t, error));
    }
  }

  async function done(text: string) {
    setFields(EMPTY);
    setDuplicates(null);
    // The station queues the badge itself once the check-in is saved; the print queue shows how it went.
    setMessage(text);
  }

  const input = (name: keyof Fields, type = 'text', list?: string) => (
    <div className="staff-field">
      <label htmlFor={`${id}-${name}`}>{t(`staff.field.${name}`)}</label>
      <input
        id={`${id}-${name}`}
        className="staff-input"
        type={type}
        list={list}
        maxLength={GUEST_FIELD_LIMITS[name]}
        value={fields[name]}
        onChange={(event) => {
          setFields({ ...fields, [name]: event.target.value });
          setDuplicates(null);
        }}
      />
    </div>
  );

  return (
    <section className="staff-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('staff.walkIn.title')}</h2>
      <form className="staff-card" onSubmit={check}>
        <div className="staff-grid">
          {input('firstName')}
          {input('lastName')}
          {input('title')}
          {input('department', 'text', `${id}-departments`)}
          {input('email', 'email')}
        </div>
        <datalist id={`${id}-departments`}>
          {departments.map((department) => (
            <option key={department} value={department} />
          ))}
        </datalist>
        <div className="staff-actions">
          <button type="submit" className="button button--primary" disabled={working}>
            {t('staff.walkIn.submit')}
          </button>
        </div>
      </form>
      {duplicates && (
        <div className="staff-card staff-card--warning" role="alert" aria-labelledby={`${id}-duplicates`}>
          <h3 id={`${id}-duplicates`}>{t('staff.walkIn.duplicatesTitle')}</h3>
          <ul className="staff-list">
            {duplicates.map(({ guest, reason }) => (
              <li key={guest.id}>
                <strong>{guest.fullName}</strong> · {guest.department} ·{' '}
                {t(reason === 'same-email' ? 'staff.walkIn.sameEmail' : 'staff.walkIn.similarName')}{' '}
                {/* Someone already here is not checked in twice: reception is told when they came instead. */}
                {guest.checkedInAt ? (
                  <strong>{t('staff.walkIn.alreadyArrived', { time: clockTime(guest.checkedInAt) })}</strong>
                ) : (
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={working}
                    onClick={() => once(() => checkInExisting(guest))}
                  >
                    {t('staff.walkIn.useExisting', { name: guest.fullName })}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <button type="button" className="button" disabled={working} onClick={() => once(create)}>
            {t('staff.walkIn.createAnyway')}
          </button>
        </div>
      )}
      <p role="status" className="staff-note">
        {message}
      </p>
    </section>
  );
}
