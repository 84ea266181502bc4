// Electron's security checklist, item by item, against the kiosk's settings.
import { describe, expect, it } from 'vitest';
import {
  allowNavigation,
  allowPermissionCheck,
  allowPermissionRequest,
  APP_ORIGIN,
  keepApplicationMenu,
  kioskWebPreferences,
} from '../../src/main/electron/security-policy';

describe('kiosk window preferences', () => {
  const prefs = kioskWebPreferences('/app/preload.cjs', true);

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

  it('turns DevTools off in a packaged kiosk and on in development', () => {
    expect(prefs.devTools).toBe(false);
    expect(kioskWebPreferences('/p', false).devTools).toBe(true);
  });

  it('removes the application menu (reload, DevTools, quit) from a packaged kiosk only', () => {
    expect(keepApplicationMenu(true)).toBe(false);
    expect(keepApplicationMenu(false)).toBe(true);
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

  it('answers permission checks only for media from the app origin', () => {
    expect(allowPermissionCheck('media', APP_ORIGIN)).toBe(true);
    expect(allowPermissionCheck('media', 'https://evil.example')).toBe(false);
    expect(allowPermissionCheck('geolocation', APP_ORIGIN)).toBe(false);
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
