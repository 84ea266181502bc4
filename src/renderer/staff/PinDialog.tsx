// The staff door: choose a PIN on first start (with the organizer's setup code), afterwards enter
// it. Main checks both and counts wrong tries; this screen only shows what main answered.
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { STAFF_PIN_PATTERN, type StaffStatus } from '../../shared/staff';
import { api } from '../api';
import { useI18n } from '../i18n';
import { clockTime } from '../event-clock';
import { ApiCallError, apiErrorText } from '../api-error';
import { OnScreenKeyboard } from '../kiosk/OnScreenKeyboard';
import { usePinPad } from './usePinPad';

const STATUS_RETRY_MS = 3000;

export function PinDialog({ onUnlocked, onCancel }: { onUnlocked(session: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const id = useId();
  const [status, setStatus] = useState<StaffStatus | null>(null);
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [setupCode, setSetupCode] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pinField = useRef<HTMLInputElement | null>(null);
  const pad = usePinPad(pinField);

  // Out of reach, the station is asked again until it answers: a touch kiosk has no reload.
  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    let mounted = true;
    const load = () =>
      api.staffStatus({}).then(
        (loaded) => {
          if (!mounted) return;
          setStatus(loaded);
          setMessage(null);
        },
        (error: Error) => {
          if (!mounted) return;
          setMessage(apiErrorText(t, error));
          retry = setTimeout(load, STATUS_RETRY_MS);
        },
      );
    void load();
    return () => {
      mounted = false;
      clearTimeout(retry);
    };
  }, []);

  // Escape leaves the staff door, as it closes every other staff dialog.
  const cancel = useRef(onCancel);
  cancel.current = onCancel;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') cancel.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const lockedMessage = (until: string) => t('staff.pin.locked', { time: clockTime(until) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!status || busy) return;
    setBusy(true);
    try {
      // A PIN of the wrong form is no try: it cannot be right, and it must not count towards the lockout.
      if (!STAFF_PIN_PATTERN.test(pin)) return setMessage(t('staff.pin.format'));
      if (!status.pinSet) {
        if (pin !== repeat) return setMessage(t('staff.pin.mismatch'));
        const result = await api.staffSetPin({ pin, setupCode });
        if (result.ok) return onUnlocked(result.session);
        setSetupCode('');
        return setMessage(
          result.reason === 'locked'
            ? lockedMessage(result.lockedUntil)
            : t('staff.pin.wrongSetupCode', { count: result.triesLeft }),
        );
      }
      const result = await api.staffUnlock({ pin });
      if (result.ok) return onUnlocked(result.session);
      setPin('');
      setMessage(
        result.reason === 'locked'
          ? lockedMessage(result.lockedUntil)
          : t('staff.pin.wrong', { count: result.triesLeft }),
      );
    } catch (error) {
      // Another screen chose the PIN first: this one asks for that PIN from now on.
      if (error instanceof ApiCallError && error.reason === 'pin-already-set') {
        const fresh = await api.staffStatus({}).catch(() => null);
        if (fresh) setStatus(fresh);
        pinField.current?.focus();
        setPin('');
        setRepeat('');
        setSetupCode('');
      }
      setMessage(apiErrorText(t, error));
    } finally {
      setBusy(false);
    }
  }

  if (!status)
    return (
      <main className="staff staff--door">
        {message && <p role="alert">{message}</p>}
        <div className="staff-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('staff.pin.cancel')}
          </button>
        </div>
      </main>
    );
  const firstStart = !status.pinSet;
  return (
    <main className="staff staff--door">
      <form className="staff-door" onSubmit={submit} aria-labelledby={`${id}-title`}>
        <div className="staff-door__form">
          <h1 id={`${id}-title`}>{firstStart ? t('staff.pin.chooseTitle') : t('staff.pin.title')}</h1>
          {firstStart && <p id={`${id}-hint`}>{t('staff.pin.chooseHint')}</p>}
          {status.lockedUntil && !message && <p role="alert">{lockedMessage(status.lockedUntil)}</p>}
          {firstStart && (
            <SecretDigits
              id={`${id}-setup`}
              label={t('staff.pin.setupCode')}
              value={setupCode}
              onChange={setSetupCode}
              autoFocus
              describedBy={`${id}-hint`}
              {...pad.fieldProps}
            />
          )}
          <SecretDigits
            id={`${id}-pin`}
            label={firstStart ? t('staff.pin.new') : t('staff.pin.label')}
            value={pin}
            onChange={setPin}
            autoFocus={!firstStart}
            inputRef={pinField}
            {...pad.fieldProps}
          />
          {firstStart && (
            <SecretDigits
              id={`${id}-repeat`}
              label={t('staff.pin.repeat')}
              value={repeat}
              onChange={setRepeat}
              {...pad.fieldProps}
            />
          )}
          <p className="staff-door__message" role="alert">
            {message}
          </p>
          <div className="staff-actions">
            <button type="button" className="button" onClick={onCancel}>
              {t('staff.pin.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              {firstStart ? t('staff.pin.save') : t('staff.pin.unlock')}
            </button>
          </div>
        </div>
        {pad.shown && <OnScreenKeyboard target={pad.target} layout="digits" />}
      </form>
    </main>
  );
}

/** A labelled field for digits that must not show: the PIN, its repetition and the setup code. */
function SecretDigits(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  autoFocus?: boolean;
  describedBy?: string;
  /** The number pad is on screen: the system's own keyboard (a tablet's) stays away. */
  keypad: boolean;
  onFocus(field: HTMLInputElement): void;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        ref={props.inputRef}
        id={props.id}
        className="staff-input staff-input--pin"
        type="password"
        inputMode={props.keypad ? 'none' : 'numeric'}
        autoComplete="off"
        autoFocus={props.autoFocus}
        aria-describedby={props.describedBy}
        maxLength={12}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        onFocus={(event) => props.onFocus(event.currentTarget)}
      />
    </>
  );
}
