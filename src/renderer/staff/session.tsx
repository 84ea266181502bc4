// The unlocked staff session as the screen holds it: the token main handed out, passed with every
// staff call, and what to do when main says the session is over.
import { createContext, useContext } from 'react';
import { ApiCallError } from '../api-error';

export interface StaffSession {
  token: string;
  /** Runs a staff call; when main answers that staff mode is locked, the screen locks too. */
  run<T>(call: (session: string) => Promise<T>): Promise<T>;
}

export const StaffSessionContext = createContext<StaffSession | null>(null);

export function useStaffSession(): StaffSession {
  const session = useContext(StaffSessionContext);
  if (!session) throw new Error('useStaffSession outside staff mode');
  return session;
}

export function sessionRunner(token: string, onLocked: () => void): StaffSession {
  return {
    token,
    run: (call) =>
      call(token).catch((error: unknown) => {
        if (error instanceof ApiCallError && error.code === 'staff-locked') onLocked();
        throw error;
      }),
  };
}

/** Staff mode locks itself after this long without a touch or a key. */
export const STAFF_IDLE_MS = 3 * 60_000;
