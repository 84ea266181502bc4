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

/**
 * DevTools (and the application menu that opens them) only for a developer who asks with
 * ENTRE_DEVTOOLS=1 on an unpackaged kiosk: `npm start` is also how a kiosk PC runs Entré from a clone,
 * in front of attendees. A packaged kiosk never has them.
 */
export function developerTools({ packaged, env }: { packaged: boolean; env: Record<string, string | undefined> }) {
  return !packaged && env.ENTRE_DEVTOOLS === '1';
}

/** webPreferences of the kiosk window: isolated, sandboxed, no Node, DevTools only when asked for. */
export function kioskWebPreferences(preload: string, devTools: boolean) {
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
    devTools,
    spellcheck: false,
  } as const;
}

/** The application menu (reload, DevTools, quit) only for a developer who asked for DevTools. */
export const keepApplicationMenu = (devTools: boolean): boolean => devTools;

/** A permission request is granted only for the camera (video, no microphone) and only to the app's page. */
export function allowPermissionRequest(permission: string, pageUrl: string, mediaTypes: readonly string[]): boolean {
  return (
    permission === 'media' && isAppUrl(pageUrl) && mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video')
  );
}

/**
 * Permission checks (listing cameras before asking) likewise answer yes only for the camera, from the
 * app's page. Electron passes the origin as a URL (`app://entre/`, or the page's own URL), so it is
 * parsed, never compared as a string; `mediaType` is absent when Chromium does not say.
 */
export function allowPermissionCheck(permission: string, requestingOrigin: string, mediaType?: string): boolean {
  return permission === 'media' && isAppUrl(requestingOrigin) && mediaType !== 'audio';
}

/** Navigation may only stay inside the app; new windows are never opened. */
export const allowNavigation = (url: string): boolean => isAppUrl(url);
