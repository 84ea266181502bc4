// Staff settings: when this kiosk shows its on-screen keyboard.
import { useId } from 'react';
import { useI18n } from '../i18n';
import { KEYBOARD_MODES, setKeyboardMode, useKeyboardMode } from './keyboard-mode';

export function KeyboardSettingsPanel() {
  const { t } = useI18n();
  const mode = useKeyboardMode();
  const id = useId();
  return (
    <>
      <div
        role="radiogroup"
        aria-labelledby="settings-touchKeyboard"
        aria-describedby={`${id}-note`}
        className="staff-actions"
      >
        {KEYBOARD_MODES.map((option) => (
          <label key={option} className="staff-check">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === option}
              onChange={() => setKeyboardMode(option)}
            />
            {t(`keyboard.mode.${option}`)}
          </label>
        ))}
      </div>
      <p id={`${id}-note`} className="staff-note">
        {t('keyboard.mode.note')}
      </p>
    </>
  );
}
