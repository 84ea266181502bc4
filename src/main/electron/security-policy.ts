// The kiosk's security decisions, after Electron's security checklist, as plain data and functions:
// no `electron` import here, so unit tests check every item under plain Node. security.ts applies them.

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://entre`;

const APP_HOST = 'entre';

/** Scheme and host compared by hand: WHATWG URL gives custom schemes an opaque origin ("null"). */
export const isAppUrl = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
};

/** webPreferences of the kiosk window: isolated, sandboxed, no Node, DevTools only in development. */
export function kioskWebPreferences(preload: string, packaged: boolean) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    devTools: !packaged,
    spellcheck: false,
  } as const;
}

/** A packaged kiosk has no application menu (its reload, DevTools and quit items); developers keep it. */
export const keepApplicationMenu = (packaged: boolean): boolean => !packaged;

/** A permission request is granted only for the camera (video, no microphone) and only to the app's page. */
export function allowPermissionRequest(permission: string, pageUrl: string, mediaTypes: readonly string[]): boolean {
  return (
    permission === 'media' && isAppUrl(pageUrl) && mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video')
  );
}

/** Permission checks (e.g. enumerating cameras) likewise answer yes only for media from the app's origin. */
export function allowPermissionCheck(permission: string, requestingOrigin: string): boolean {
  return permission === 'media' && requestingOrigin === APP_ORIGIN;
}

/** Navigation may only stay inside the app; new windows are never opened. */
export const allowNavigation = (url: string): boolean => isAppUrl(url);
