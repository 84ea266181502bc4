// The calls about the window the kiosk runs in. Only the Electron shell can be quit, and only by
// staff: a browser station refuses, because closing a browser tab is the browser's business and a
// tablet must never be able to stop the station server other doors depend on. Likewise only the
// Electron kiosk can start with the computer: a browser station has no app to start.
import type { ApiParsedArgs } from '../../shared/api';
import type { KioskAutostart, KioskShellInfo } from '../../shared/kiosk-shell';
import { ApiError } from '../api/errors';
import type { Db } from '../store/database';
import { requireStaffSession, type StaffSessions } from '../staff/sessions';
import { logStaffEvent } from '../staff/staff-log';

/** The Electron kiosk window, as main hands it to the handlers; the browser station has none. */
export interface KioskShell {
  /** Lets the kiosk window close and the app quit, after the caller has had its answer. */
  quit(): void;
  /** Starting the kiosk app when someone logs in to the computer (login items; XDG autostart on Linux). */
  autostart: { enabled(): boolean; set(enabled: boolean): void };
}

/** The browser station's answer to a call only the Electron kiosk can carry out. */
function inBrowser(message: string): ApiError {
  return new ApiError({ code: 'unsupported', message });
}

export function createShellHandlers(db: Db, sessions: StaffSessions, shell: KioskShell | null) {
  return {
    kioskShell: (): KioskShellInfo => ({ canQuit: shell !== null }),
    quitKiosk: ({ session }: ApiParsedArgs<'quitKiosk'>): { quitting: true } => {
      requireStaffSession(sessions, session);
      if (!shell)
        throw inBrowser(
          'This station runs in a browser: close the browser tab to leave it. The station server keeps running for the other doors.',
        );
      logStaffEvent(db, 'kiosk-quit');
      shell.quit();
      return { quitting: true };
    },
    kioskAutostart: ({ session }: ApiParsedArgs<'kioskAutostart'>): KioskAutostart => {
      requireStaffSession(sessions, session);
      return { enabled: autostartOf(shell).enabled() };
    },
    setKioskAutostart: ({ session, enabled }: ApiParsedArgs<'setKioskAutostart'>): KioskAutostart => {
      requireStaffSession(sessions, session);
      const autostart = autostartOf(shell);
      autostart.set(enabled);
      return { enabled: autostart.enabled() };
    },
  };
}

function autostartOf(shell: KioskShell | null): KioskShell['autostart'] {
  if (!shell)
    throw inBrowser(
      'This station runs in a browser, which cannot start with the computer: only the Electron kiosk app (npm start or the installed Entré) can.',
    );
  return shell.autostart;
}
