// A public screen forgets: after a while without a touch, a key or a scan, the kiosk goes back to its
// idle screen, so the next person can never check someone else in with one tap.
import { useCallback, useEffect, useRef } from 'react';

export const IDLE_RESET_MS = 30_000;

/**
 * Calls onIdle once the page has seen no touch, click or key for IDLE_RESET_MS. Returns a function
 * that counts as activity, for input that arrives by other ways (a camera scan).
 */
export function useIdleReset(onIdle: () => void, idleAfterMs = IDLE_RESET_MS): () => void {
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;
  const restart = useRef<() => void>(() => undefined);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    restart.current = () => {
      clearTimeout(timer);
      timer = setTimeout(() => onIdleRef.current(), idleAfterMs);
    };
    const events = ['pointerdown', 'keydown'] as const;
    const onActivity = () => restart.current();
    for (const name of events) window.addEventListener(name, onActivity, true);
    restart.current();
    return () => {
      clearTimeout(timer);
      for (const name of events) window.removeEventListener(name, onActivity, true);
      restart.current = () => undefined;
    };
  }, [idleAfterMs]);

  return useCallback(() => restart.current(), []);
}
