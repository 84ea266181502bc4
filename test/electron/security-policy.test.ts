// Electron's security checklist, item by item, against the kiosk's settings.
import { describe, expect, it } from 'vitest';
import {
  developerTools,
  allowNavigation,
  allowPermissionCheck,
  allowPermissionRequest,
  APP_ORIGIN,
  keepApplicationMenu,
  kioskWebPreferences,
} from '../../src/main/electron/security-policy';

describe('kiosk window preferences', () => {
  const prefs = kioskWebPreferences('/app/preload.cjs', false);

  it('isolates the page from the preload and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('gives the page no Node, in frames and workers alike', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content, webviews and experimental features', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('has DevTools only when they are asked for', () => {
    expect(prefs.devTools).toBe(false);
    expect(kioskWebPreferences('/p', true).devTools).toBe(true);
  });

  it('gives DevTools and the menu only to a developer asking with ENTRE_DEVTOOLS=1, never to npm start by itself', () => {
    // `npm start` on a kiosk PC is unpackaged too: attendees stand in front of it.
    expect(developerTools({ packaged: false, env: {} })).toBe(false);
    expect(developerTools({ packaged: false, env: { ENTRE_DEVTOOLS: 'yes' } })).toBe(false);
    expect(developerTools({ packaged: false, env: { ENTRE_DEVTOOLS: '1' } })).toBe(true);
    expect(developerTools({ packaged: true, env: { ENTRE_DEVTOOLS: '1' } })).toBe(false);
  });

  it('removes the application menu (reload, DevTools, quit) unless DevTools were asked for', () => {
    expect(keepApplicationMenu(false)).toBe(false);
    expect(keepApplicationMenu(true)).toBe(true);
  });
});

describe('permissions', () => {
  const page = `${APP_ORIGIN}/index.html`;

  it('grants the camera to the app page', () => {
    expect(allowPermissionRequest('media', page, ['video'])).toBe(true);
  });

  it('refuses the microphone, other permissions and other origins', () => {
    expect(allowPermissionRequest('media', page, ['audio'])).toBe(false);
    expect(allowPermissionRequest('media', page, ['video', 'audio'])).toBe(false);
    expect(allowPermissionRequest('media', page, [])).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(allowPermissionRequest(permission, page, ['video'])).toBe(false);
    }
    expect(allowPermissionRequest('media', 'https://evil.example/', ['video'])).toBe(false);
    expect(allowPermissionRequest('media', 'file:///etc/passwd', ['video'])).toBe(false);
  });

  it('answers permission checks for the camera from the app, in every shape Electron passes its origin', () => {
    for (const origin of [APP_ORIGIN, `${APP_ORIGIN}/`, `${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/index.html#staff`]) {
      expect(allowPermissionCheck('media', origin)).toBe(true);
      expect(allowPermissionCheck('media', origin, 'video')).toBe(true);
      expect(allowPermissionCheck('media', origin, 'audio')).toBe(false);
    }
    expect(allowPermissionCheck('media', 'https://evil.example')).toBe(false);
    expect(allowPermissionCheck('media', 'https://evil.example/app://entre/')).toBe(false);
    expect(allowPermissionCheck('media', 'app://entre.evil.example/')).toBe(false);
    expect(allowPermissionCheck('media', '')).toBe(false);
    expect(allowPermissionCheck('geolocation', `${APP_ORIGIN}/`)).toBe(false);
  });
});

describe('navigation', () => {
  it('stays inside the app', () => {
    expect(allowNavigation(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(allowNavigation('https://example.com/')).toBe(false);
    expect(allowNavigation('file:///etc/passwd')).toBe(false);
    expect(allowNavigation('app://entre.evil.example/')).toBe(false);
    expect(allowNavigation('not a url')).toBe(false);
  });
});
