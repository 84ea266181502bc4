// The on-screen keyboard for touch kiosks: real buttons, each with an accessible name, that type into a
// field at its caret: letters for the name search, digits for the staff PIN. A key takes neither the focus
// (the field keeps it, with its caret) nor sends key events, so the wedge scanner never mistakes a tap for
// part of a scan.
import type { RefObject } from 'react';
import { useI18n, type Language } from '../i18n';

const LETTER_ROWS: Record<Language, string[]> = {
  sv: ['qwertyuiopå', 'asdfghjklöä', 'zxcvbnmé-'],
  en: ['qwertyuiop', 'asdfghjkl', 'zxcvbnm-'],
};

type Edit = (value: string, start: number, end: number) => { value: string; caret: number };

const insert =
  (text: string): Edit =>
  (value, start, end) => ({ value: value.slice(0, start) + text + value.slice(end), caret: start + text.length });

const backspace: Edit = (value, start, end) =>
  start !== end
    ? { value: value.slice(0, start) + value.slice(end), caret: start }
    : { value: value.slice(0, Math.max(0, start - 1)) + value.slice(end), caret: Math.max(0, start - 1) };

const clear: Edit = () => ({ value: '', caret: 0 });

/** Sets the field's value as typing would, so React's onChange sees it, and puts the caret after the edit. */
function apply(input: HTMLInputElement, edit: Edit): void {
  const start = input.selectionStart ?? input.value.length;
  const end = input.selectionEnd ?? start;
  const next = edit(input.value, start, end);
  if (input.maxLength > 0 && next.value.length > input.maxLength) return;
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, next.value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.focus();
  input.setSelectionRange(next.caret, next.caret);
}

const DIGIT_ROWS = ['123', '456', '789'];

export function OnScreenKeyboard({
  target,
  layout = 'letters',
}: {
  target: RefObject<HTMLInputElement | null>;
  layout?: 'letters' | 'digits';
}) {
  const { t, language } = useI18n();
  const key = (label: string, edit: Edit, options: { name?: string; className?: string } = {}) => (
    <button
      key={options.name ?? label}
      type="button"
      className={`osk__key ${options.className ?? ''}`}
      aria-label={options.name}
      // Keeps the focus (and the caret) in the field: a tap on a key must not blur it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => target.current && apply(target.current, edit)}
    >
      {label}
    </button>
  );
  if (layout === 'digits')
    return (
      <div className="osk osk--digits" role="group" aria-label={t('keyboard.label')}>
        {DIGIT_ROWS.map((row) => (
          <div className="osk__row" key={row}>
            {[...row].map((digit) => key(digit, insert(digit)))}
          </div>
        ))}
        <div className="osk__row">
          {key(t('keyboard.clear'), clear)}
          {key('0', insert('0'))}
          {key('⌫', backspace, { name: t('keyboard.backspace') })}
        </div>
      </div>
    );
  const rows = LETTER_ROWS[language];
  return (
    <div className="osk" role="group" aria-label={t('keyboard.label')}>
      {rows.map((row, index) => (
        <div className="osk__row" key={row}>
          {[...row].map((letter) =>
            letter === '-' ? key('-', insert('-'), { name: t('keyboard.hyphen') }) : key(letter, insert(letter)),
          )}
          {index === rows.length - 1 &&
            key('⌫', backspace, { name: t('keyboard.backspace'), className: 'osk__key--wide' })}
        </div>
      ))}
      <div className="osk__row">
        {key(t('keyboard.space'), insert(' '), { className: 'osk__key--space' })}
        {key(t('keyboard.clear'), clear, { className: 'osk__key--wide' })}
      </div>
    </div>
  );
}
