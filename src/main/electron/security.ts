// Electron's security checklist applied to the kiosk window and its session.
import { app, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://entre`;

export const isAppUrl = (url: string): boolean => {
  try {
    return new URL(url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
};

export function kioskWebPreferences(preload: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    devTools: !app.isPackaged,
    spellcheck: false,
  };
}

/** Only the camera, and only for the app's own page; everything else is refused. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const mediaTypes = (details as { mediaTypes?: string[] }).mediaTypes ?? [];
    callback(permission === 'media' && isAppUrl(webContents.getURL()) && mediaTypes.every((type) => type === 'video'));
  });
  session.setPermissionCheckHandler(
    (_webContents, permission, requestingOrigin) => permission === 'media' && requestingOrigin === APP_ORIGIN,
  );
}

/** No navigation away from the app and no new windows, whatever the page tries. */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
