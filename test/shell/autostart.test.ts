// "Start the kiosk when the computer starts": only the Electron kiosk can, and only for staff; a browser
// station refuses in one sentence, as it does quitting. On Linux the kiosk writes an XDG autostart entry.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../src/main/api/handlers';
import {
  autostartEntry,
  setXdgAutostart,
  xdgAutostartEnabled,
  xdgAutostartFile,
} from '../../src/main/shell/xdg-autostart';
import { refusal } from '../helpers/refusal';
import { tempDir, tempStation } from '../helpers/temp';
import { firstStaffSession } from '../helpers/staff-session';

describe('kioskAutostart and setKioskAutostart', () => {
  it('switch starting with the computer in the Electron kiosk, for unlocked staff only', () => {
    let enabled = false;
    const shell = { quit: () => {}, autostart: { enabled: () => enabled, set: (on: boolean) => void (enabled = on) } };
    const { station } = tempStation([]);
    const handlers = createHandlers(station, shell);
    expect(refusal(() => dispatch(handlers, 'setKioskAutostart', { enabled: true })).body.code).toBe(
      'invalid-arguments',
    );
    const session = firstStaffSession(handlers, station.db);
    expect(dispatch(handlers, 'setKioskAutostart', { session, enabled: true })).toEqual({ enabled: true });
    expect(dispatch(handlers, 'kioskAutostart', { session })).toEqual({ enabled: true });
    expect(enabled).toBe(true);
  });

  it('are refused by a browser station in one sentence that names the Electron kiosk', () => {
    const { station } = tempStation([]);
    const handlers = createHandlers(station);
    const session = firstStaffSession(handlers, station.db);
    for (const attempt of [
      () => dispatch(handlers, 'kioskAutostart', { session }),
      () => dispatch(handlers, 'setKioskAutostart', { session, enabled: true }),
    ]) {
      expect(refusal(attempt).body).toEqual({
        code: 'unsupported',
        message:
          'This station runs in a browser, which cannot start with the computer: only the Electron kiosk app (npm start or the installed Entré) can.',
      });
    }
  });
});

describe('the XDG autostart entry on Linux', () => {
  it('lives in $XDG_CONFIG_HOME/autostart, else ~/.config/autostart', () => {
    expect(xdgAutostartFile({ XDG_CONFIG_HOME: '/cfg' }, '/home/kiosk')).toBe('/cfg/autostart/entre-kiosk.desktop');
    expect(xdgAutostartFile({ XDG_CONFIG_HOME: 'relative' }, '/home/kiosk')).toBe(
      '/home/kiosk/.config/autostart/entre-kiosk.desktop',
    );
    expect(xdgAutostartFile({}, '/home/kiosk')).toBe('/home/kiosk/.config/autostart/entre-kiosk.desktop');
  });

  it('quotes paths with spaces, quotes and percent signs as the Desktop Entry spec asks', () => {
    const entry = autostartEntry(['/opt/Entré Kiosk/entre-kiosk', '--x="1"', '100%']);
    expect(entry).toContain('Exec="/opt/Entré Kiosk/entre-kiosk" "--x=\\"1\\"" 100%%\n');
  });

  it('is on when written, off when removed or switched off by a settings app', () => {
    const file = path.join(tempDir(), 'autostart', 'entre-kiosk.desktop');
    expect(xdgAutostartEnabled(file)).toBe(false);
    setXdgAutostart(file, ['/usr/bin/entre-kiosk']);
    expect(xdgAutostartEnabled(file)).toBe(true);
    fs.appendFileSync(file, 'Hidden=true\n');
    expect(xdgAutostartEnabled(file)).toBe(false);
    setXdgAutostart(file, null);
    expect(fs.existsSync(file)).toBe(false);
  });
});
