// The staff door's number pad, for a touch kiosk without a keyboard: one pad under several PIN fields,
// typing into the field last touched.
import { type RefObject, useMemo, useRef } from 'react';
import { useOnScreenKeyboardWanted } from '../kiosk/keyboard-mode';

export function usePinPad(fallback: RefObject<HTMLInputElement | null>) {
  const shown = useOnScreenKeyboardWanted();
  const typingInto = useRef<HTMLInputElement | null>(null);
  // The field last touched while it is on screen, else `fallback` (before any touch, or once the form the
  // field was in has turned into another).
  const target = useMemo(
    () => ({
      get current() {
        return typingInto.current?.isConnected ? typingInto.current : fallback.current;
      },
    }),
    [fallback],
  );
  /** For each field the pad types into: the system's own keyboard stays away while the pad is shown. */
  const fieldProps = {
    keypad: shown,
    onFocus: (field: HTMLInputElement) => {
      typingInto.current = field;
    },
  };
  return { shown, target, fieldProps };
}
