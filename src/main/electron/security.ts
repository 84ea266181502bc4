// Applies security-policy.ts to Electron's session and web contents.
import type { Session, WebContents } from 'electron';
import { allowNavigation, allowPermissionCheck, allowPermissionRequest } from './security-policy';

export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const mediaTypes = (details as { mediaTypes?: string[] }).mediaTypes ?? [];
    callback(allowPermissionRequest(permission, webContents.getURL(), mediaTypes));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    allowPermissionCheck(permission, requestingOrigin, (details as { mediaType?: string }).mediaType),
  );
}

export function lockDownContents(contents: WebContents): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!allowNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
