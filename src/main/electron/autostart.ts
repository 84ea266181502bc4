// Starting the kiosk app when someone logs in to the computer: Electron's login items on Windows and
// macOS, an XDG autostart entry on Linux (Electron has no login items there). A developer's
// unpackaged kiosk starts Electron with the project folder, and on Linux keeps its store and driver.
import { app } from 'electron';
import type { KioskShell } from '../shell/handlers';
import { setXdgAutostart, xdgAutostartEnabled, xdgAutostartFile } from '../shell/xdg-autostart';

export function kioskAutostart(): KioskShell['autostart'] {
  const args = app.isPackaged ? [] : [app.getAppPath()];
  if (process.platform === 'linux') {
    const file = xdgAutostartFile(process.env, app.getPath('home'));
    // An AppImage runs from a temporary mount: the entry must name the AppImage file itself.
    const program = process.env.APPIMAGE || process.execPath;
    const keep = ['ENTRE_DB', ...(app.isPackaged ? [] : ['ENTRE_SQLITE_BINDING'])]
      .filter((name) => process.env[name])
      .map((name) => `${name}=${process.env[name]}`);
    const command = [...(keep.length > 0 ? ['env', ...keep] : []), program, ...args];
    return {
      enabled: () => xdgAutostartEnabled(file),
      set: (enabled) => setXdgAutostart(file, enabled ? command : null),
    };
  }
  const item = { path: process.execPath, args };
  return {
    enabled: () => app.getLoginItemSettings(item).openAtLogin,
    set: (openAtLogin) => app.setLoginItemSettings({ ...item, openAtLogin }),
  };
}
