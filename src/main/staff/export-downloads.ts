// Staff downloads of an export: the staff call only offers the file (a one-time address), and the page
// then downloads it from that address, which both transports (the browser station's HTTP server and
// Electron's app:// protocol) answer by sending the export as it is read from the store. The file is
// never held whole in main nor carried through the API as base64; in the kiosk, Electron's download
// writes it to the chosen file as it arrives.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ExportFormat, ExportScope } from '../../shared/staff';
import type { ExportStream } from '../export/export-file';
import type { Db } from '../store/database';
import { getActiveEvent } from '../store/events';

/** Where offered exports are downloaded from, under the page's own origin. */
export const EXPORT_DOWNLOAD_PATH = '/downloads/export/';

/** An offer is for the download the page starts at once: unused, it lapses. */
const OFFER_MS = 60_000;

interface Offer {
  format: ExportFormat;
  scope: ExportScope;
  until: number;
}

export class ExportDownloads {
  private readonly offers = new Map<string, Offer>();

  constructor(
    private readonly db: Db,
    private readonly clock = () => Date.now(),
  ) {}

  /** A one-time address for the export, given only to an open staff session (staffExport). */
  offer(format: ExportFormat, scope: ExportScope): string {
    for (const [ticket, offer] of this.offers) if (offer.until <= this.clock()) this.offers.delete(ticket);
    const ticket = randomBytes(32).toString('base64url');
    this.offers.set(ticket, { format, scope, until: this.clock() + OFFER_MS });
    return `${EXPORT_DOWNLOAD_PATH}${ticket}`;
  }

  /**
   * The export an offered address asks for, once; null for an address never offered, used or lapsed.
   * The file formats load on the first download, not when the station starts (test/cli/serve-startup).
   */
  async take(pathname: string): Promise<ExportStream | null> {
    if (!pathname.startsWith(EXPORT_DOWNLOAD_PATH)) return null;
    const ticket = pathname.slice(EXPORT_DOWNLOAD_PATH.length);
    const offer = this.offers.get(ticket);
    this.offers.delete(ticket);
    const event = getActiveEvent(this.db);
    if (!offer || offer.until <= this.clock() || !event) return null;
    const { attendanceExport } = await import('../export/export-file');
    return attendanceExport(this.db, event, offer.format, offer.scope);
  }
}

/**
 * What a download address answers once it was used or has lapsed (the page's button offers a new one).
 * Seen only as a plain page in the browser, where main has no translation files: Swedish first, as the
 * kiosk's staff read the page (compare src/main/electron/downloads.ts).
 */
const DOWNLOAD_LAPSED =
  'Den här nedladdningen har redan använts eller gått ut: tryck på exportknappen igen.\n\n' +
  'This download has been used or has lapsed: press the export button again.';

/** The headers of a download: its type, and its name for the save dialog (RFC 6266, UTF-8 for å, ä and ö). */
function downloadHeaders(file: Pick<ExportStream, 'fileName' | 'mimeType'>): Record<string, string> {
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const utf8 = encodeURIComponent(file.fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return {
    'Content-Type': file.mimeType,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`,
    'Cache-Control': 'no-store',
  };
}

/**
 * What a download address answers, on either transport (fastify sends a web Response as Electron's
 * protocol handler returns one): the export as it is read from the store, a piece at a time, or a 404
 * once the address was used or has lapsed.
 */
export async function downloadResponse(downloads: ExportDownloads, pathname: string): Promise<Response> {
  const file = await downloads.take(pathname);
  if (!file)
    return new Response(DOWNLOAD_LAPSED, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const body = Readable.toWeb(Readable.from(file.pieces, { highWaterMark: 1 })) as ReadableStream;
  return new Response(body, { headers: downloadHeaders(file) });
}
