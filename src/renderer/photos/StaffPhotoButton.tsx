// Staff take or retake a guest's badge photo, with the consent the guest gave in person at the desk
// (written in the door log by main). The camera steps are the kiosk's own (PhotoCapture).
import { useId, useState } from 'react';
import type { StaffGuest } from '../../shared/staff';
import { api } from '../api';
import { useI18n } from '../i18n';
import { ModalDialog } from '../staff/ModalDialog';
import { useStaffSession } from '../staff/session';
import { PhotoCapture } from './PhotoCapture';
import { apiErrorText } from '../api-error';

export function StaffPhotoButton({ guest }: { guest: StaffGuest }) {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [taking, setTaking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function use(jpeg: string) {
    try {
      await run((session) => api.takeGuestPhoto({ session, guestId: guest.id, jpeg }));
      setTaking(false);
      setMessage(t('photo.staff.saved', { name: guest.fullName }));
    } catch (error) {
      // The dialog stays on the picture: staff can retake it or close.
      setProblem(apiErrorText(t, error));
    }
  }

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setProblem(null);
          setMessage(null);
          setTaking(true);
        }}
      >
        {t('photo.staff.take')}
      </button>
      <span role="status" className="staff-note">
        {message}
      </span>
      {taking && (
        <ModalDialog labelledBy={`${id}-heading`} onClose={() => setTaking(false)}>
          <section className="staff-photo" aria-labelledby={`${id}-heading`}>
            <p>{t('photo.staff.consent', { name: guest.fullName })}</p>
            <PhotoCapture
              name={guest.fullName}
              headingId={`${id}-heading`}
              noCameraText={t('photo.staff.noCamera')}
              cancelLabel={t('photo.staff.cancel')}
              onCancel={() => setTaking(false)}
              onUse={(jpeg) => void use(jpeg)}
            />
            {problem && <p role="alert">{problem}</p>}
          </section>
        </ModalDialog>
      )}
    </>
  );
}
