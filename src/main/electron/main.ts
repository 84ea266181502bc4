// The Electron shell: a fullscreen kiosk window over the same station the browser station serves.
// Everything that matters lives outside this folder and runs under plain Node.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, powerSaveBlocker, session } from 'electron';
import { openStation } from '../kiosk/station';
import type { Station } from '../kiosk/check-in';
import { resolveStorePath } from '../paths';
import { createHandlers } from '../api/handlers';
import { ExportDownloads } from '../staff/export-downloads';
import { backgroundSync } from '../sync/scheduler';
import { rendererDir } from '../package-root';
import { logStaffEvent } from '../staff/staff-log';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpcHandlers } from './ipc';
import { askWhereToSaveDownloads } from './downloads';
import { electronBackend } from './badge-printer';
import { lockDownContents, lockDownSession } from './security';
import { holdKioskWindow } from './kiosk-window';
import { keepPageAlive } from './page-recovery';
import { kioskAutostart } from './autostart';
import { sqliteBinding } from './sqlite-binding';
import { STARTUP_FAILURE_TITLE, startupFailureMessage } from './startup-failure';
import { APP_ORIGIN, developerTools, keepApplicationMenu, kioskWebPreferences } from './security-policy';

const here = path.dirname(fileURLToPath(import.meta.url));
const PAGE = `${APP_ORIGIN}/index.html`;

// Privileged schemes must be registered before the app is ready.
registerAppScheme();

// One kiosk per user session: a second start (a double click, autostart plus a person) only brings the
// first one to the front. Its print worker and the store stay the first one's.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(startKiosk);
}

function startKiosk(): void {
  const storeFile = resolveStorePath();
  let station: Station;
  try {
    // better-sqlite3 built for Electron's ABI lives apart from the Node build (scripts/electron-native.mjs).
    station = openStation(storeFile, {
      nativeBinding: sqliteBinding({
        packaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
        env: process.env,
      }),
      printBackend: electronBackend(),
    });
  } catch (error) {
    // A kiosk that cannot open its store must say so and end, not run on without a window.
    console.error(error);
    dialog.showErrorBox(STARTUP_FAILURE_TITLE, startupFailureMessage(error, storeFile));
    app.exit(1);
    return;
  }
  const sync = backgroundSync(station);
  app.on('will-quit', () => void sync.stop().then(() => station.db.close()));
  const downloads = new ExportDownloads(station.db);
  serveRenderer(rendererDir(), downloads);
  lockDownSession(session.defaultSession);
  askWhereToSaveDownloads(session.defaultSession);
  const devTools = developerTools({ packaged: app.isPackaged, env: process.env });
  if (!keepApplicationMenu(devTools)) Menu.setApplicationMenu(null);
  // The kiosk waits for guests all day: the screen must not blank or the computer sleep meanwhile.
  powerSaveBlocker.start('prevent-display-sleep');

  const window = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#0f2a3d',
    webPreferences: kioskWebPreferences(path.join(here, '../preload/index.cjs'), devTools),
  });
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  keepPageAlive(window, PAGE, (detail) => {
    console.error(`The kiosk page was restarted: ${detail}`);
    logStaffEvent(station.db, 'kiosk-restarted', detail);
  });
  const shell = { ...holdKioskWindow(window, devTools), autostart: kioskAutostart() };
  registerIpcHandlers(createHandlers(station, shell, downloads));
  void window.loadURL(PAGE);
}
