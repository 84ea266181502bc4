// Serves the built UI from app://entre/ rather than file://, so the page has a real origin that the
// permission handler and IPC sender checks can trust, and a CSP header on every response.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../api/content-security-policy';
import { APP_SCHEME } from './security-policy';
import { downloadResponse, EXPORT_DOWNLOAD_PATH, type ExportDownloads } from '../staff/export-downloads';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** The built UI, and the staff exports offered by staffExport, each sent as it is read from the store. */
export function serveRenderer(rendererDir: string, downloads: ExportDownloads): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith(EXPORT_DOWNLOAD_PATH)) return downloadResponse(downloads, pathname);
    const file = path.join(
      rendererDir,
      path.normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)),
    );
    if (!file.startsWith(rendererDir + path.sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
}
