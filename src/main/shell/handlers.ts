// The calls about the window the kiosk runs in. Only the Electron shell can be quit, and only by
// staff: a browser station refuses, because closing a browser tab is the browser's business and a
// tablet must never be able to stop the station server other doors depend on.
import type { ApiParsedArgs } from '../../shared/api';
import type { KioskShellInfo } from '../../shared/kiosk-shell';
import { ApiError } from '../api/errors';
import type { Db } from '../store/database';
import { requireStaffSession, type StaffSessions } from '../staff/sessions';
import { logStaffEvent } from '../staff/staff-log';

/** The Electron kiosk window, as main hands it to the handlers; the browser station has none. */
export interface KioskShell {
  /** Lets the kiosk window close and the app quit, after the caller has had its answer. */
  quit(): void;
}

export function createShellHandlers(db: Db, sessions: StaffSessions, shell: KioskShell | null) {
  return {
    kioskShell: (): KioskShellInfo => ({ canQuit: shell !== null }),
    quitKiosk: ({ session }: ApiParsedArgs<'quitKiosk'>): { quitting: true } => {
      requireStaffSession(sessions, session);
      if (!shell)
        throw new ApiError({
          code: 'unsupported',
          message:
            'This station runs in a browser: close the browser tab to leave it. The station server keeps running for the other doors.',
        });
      logStaffEvent(db, 'kiosk-quit');
      shell.quit();
      return { quitting: true };
    },
  };
}
