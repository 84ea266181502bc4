// The Electron shell: a fullscreen kiosk window over the same station the browser station serves.
// Everything that matters lives outside this folder and runs under plain Node.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Menu, session } from 'electron';
import { openStation } from '../kiosk/station';
import { resolveStorePath } from '../paths';
import { createHandlers } from '../api/handlers';
import { backgroundSync } from '../sync/scheduler';
import { rendererDir } from '../package-root';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpcHandlers } from './ipc';
import { askWhereToSaveDownloads } from './downloads';
import { electronBackend } from './badge-printer';
import { lockDownContents, lockDownSession } from './security';
import { holdKioskWindow } from './kiosk-window';
import { sqliteBinding } from './sqlite-binding';
import { APP_ORIGIN, keepApplicationMenu, kioskWebPreferences } from './security-policy';

const here = path.dirname(fileURLToPath(import.meta.url));

registerAppScheme();
app.on('web-contents-created', (_event, contents) => lockDownContents(contents));

app.whenReady().then(() => {
  // better-sqlite3 built for Electron's ABI lives apart from the Node build (scripts/electron-native.mjs).
  const station = openStation(resolveStorePath(), {
    nativeBinding: sqliteBinding({
      packaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      env: process.env,
    }),
    printBackend: electronBackend(),
  });
  const sync = backgroundSync(station);
  app.on('will-quit', () => void sync.stop().then(() => station.db.close()));
  serveRenderer(rendererDir());
  lockDownSession(session.defaultSession);
  askWhereToSaveDownloads(session.defaultSession);
  if (!keepApplicationMenu(app.isPackaged)) Menu.setApplicationMenu(null);

  const window = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#0f2a3d',
    webPreferences: kioskWebPreferences(path.join(here, '../preload/index.cjs'), app.isPackaged),
  });
  registerIpcHandlers(createHandlers(station, holdKioskWindow(window, app.isPackaged)));
  void window.loadURL(`${APP_ORIGIN}/index.html`);
});

app.on('window-all-closed', () => app.quit());
