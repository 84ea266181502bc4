// Which guest the kiosk is asking about their badge photo, if any. A welcome that says so starts the
// question; the next scan or search ends it at once with "no", so that guest's plain badge prints.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { PublicGuest } from '../../shared/domain';
import { api } from '../api';
import type { KioskResult } from './result';

export function usePhotoQuestion() {
  const [guest, setGuest] = useState<PublicGuest | null>(null);
  const asking = useRef<PublicGuest | null>(null);

  const ask = useCallback((result: KioskResult) => {
    if (result.kind !== 'welcome' || !result.photoQuestion) return;
    asking.current = result.guest;
    setGuest(result.guest);
  }, []);

  /** The next guest is here: the question ends, and the badge of the one asked prints without a photo. */
  const end = useCallback(() => {
    const current = asking.current;
    if (!current) return;
    asking.current = null;
    setGuest(null);
    // Already answered (the main side's wait ran out) is fine: the badge printed then.
    api.answerPhotoQuestion({ guestId: current.id, jpeg: null }).catch(() => {});
  }, []);

  /** PhotoConsent sent the guest's answer: the welcome goes on to say how the badge is doing. */
  const done = useCallback(() => {
    asking.current = null;
    setGuest(null);
  }, []);

  return useMemo(() => ({ guest, ask, end, done }), [guest, ask, end, done]);
}
