// When the on-screen keyboard shows: staff choose automatic, always or never for this kiosk. Like the
// camera, the choice belongs to the device (one browser station serves kiosks with and without a
// keyboard), so it is kept in this browser profile rather than in the shared store.
import { useEffect, useSyncExternalStore } from 'react';
import { MAX_KEY_GAP_MS } from './useWedgeScanner';

export const KEYBOARD_MODES = ['auto', 'always', 'never'] as const;
export type KeyboardMode = (typeof KEYBOARD_MODES)[number];

const STORAGE_KEY = 'entre.keyboard.mode';
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getKeyboardMode(): KeyboardMode {
  const stored = localStorage.getItem(STORAGE_KEY);
  return KEYBOARD_MODES.find((mode) => mode === stored) ?? 'auto';
}

export function setKeyboardMode(mode: KeyboardMode): void {
  localStorage.setItem(STORAGE_KEY, mode);
  notify();
}

export const useKeyboardMode = (): KeyboardMode => useSyncExternalStore(subscribe, getKeyboardMode);

/** A touch screen: the main pointer is a finger, or the screen takes touches at all. */
const isTouchScreen = () => matchMedia('(pointer: coarse)').matches || navigator.maxTouchPoints > 0;

let hardwareKeyboardSeen = false;
let watching = false;

/**
 * Notices a physical keyboard from the keys it sends. A keyboard-wedge scanner is a keyboard too,
 * but it sends only characters in quick bursts closed by Enter (plus Shift for capitals): so a key
 * scanners never send (Tab, Backspace, an arrow), or two characters in a row each typed at a
 * person's pace, means someone is at a real keyboard. The on-screen keyboard sends no key events.
 */
function watchForHardwareKeyboard(): void {
  if (watching) return;
  watching = true;
  let lastKeyAt = -Infinity;
  let previousWasSlow = false;
  const seen = () => {
    window.removeEventListener('keydown', onKeyDown, true);
    hardwareKeyboardSeen = true;
    notify();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key === 'Shift') return;
    const slow = event.timeStamp - lastKeyAt > MAX_KEY_GAP_MS;
    lastKeyAt = event.timeStamp;
    if (event.key === 'Enter') previousWasSlow = false;
    else if (event.key.length !== 1 || (slow && previousWasSlow)) seen();
    else previousWasSlow = slow;
  };
  window.addEventListener('keydown', onKeyDown, true);
}

const touchWithoutKeyboard = () => isTouchScreen() && !hardwareKeyboardSeen;

/** Whether the on-screen keyboard is wanted when the name search opens, as the mode and the device say. */
export function useOnScreenKeyboardWanted(): boolean {
  const mode = useKeyboardMode();
  useEffect(watchForHardwareKeyboard, []);
  const touchOnly = useSyncExternalStore(subscribe, touchWithoutKeyboard);
  return mode === 'always' || (mode === 'auto' && touchOnly);
}
