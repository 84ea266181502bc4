// `entre invitations`: one QR invitation per guest, as an image per guest for a mail merge or as one
// printable A4 PDF, plus a CSV that maps each guest to their file (and page).
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { stringify } from 'csv-stringify/sync';
import type { EventInfo } from '../../shared/domain';
import { safeFileName } from '../../shared/safe-file-name';
import { foldForSearch } from '../../shared/search-text';
import { neutralizeFormula } from '../export/csv';
import { fullName, type Guest } from '../store/guests';
import { invitationPayload, type InvitationSigner } from './invitation-payload';
import { MAPPING_FILE, type InvitationFormat } from './formats';

export const PDF_FILE = 'invitations.pdf';

/** Medium error correction: survives a crease or a cracked phone screen without a much denser code. */
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/**
 * The text a QR code carries. In upper case a base32 payload fits QR's alphanumeric mode (5.5 bits a
 * character instead of 8): a signed invitation needs version 9 instead of 11, 53 modules a side instead
 * of 61, so each module prints larger and a camera reads it sooner. The kiosk reads either case.
 */
export const qrText = (payload: string): string => payload.toUpperCase();

export interface WriteInvitationsOptions {
  event: EventInfo;
  guests: Guest[];
  outDir: string;
  format: InvitationFormat;
  signer: InvitationSigner | null;
  /** Font files tried in order for the PDF; the built-in Helvetica when none exists. */
  fontFiles?: { regular: string[]; bold: string[] };
}

interface Written {
  guest: Guest;
  file: string;
  page: number | null;
}

export async function writeInvitations(options: WriteInvitationsOptions): Promise<Written[]> {
  fs.mkdirSync(options.outDir, { recursive: true });
  const items = options.guests.map((guest) => ({ guest, payload: invitationPayload(guest, options.signer) }));
  const written =
    options.format === 'pdf'
      ? await writePdf(options, items)
      : await Promise.all(items.map((item) => writeImage(options, item)));
  fs.writeFileSync(path.join(options.outDir, MAPPING_FILE), mappingCsv(written));
  return written;
}

/**
 * "lindqvist-asa-1a2b3c4d.png": readable, plain ASCII for any mail program, unique by the id. A guest
 * synced from a hub may carry any id, so the whole name is made a safe name inside the folder.
 */
export function invitationFileName(guest: Guest, format: InvitationFormat): string {
  const ascii = (text: string) => foldForSearch(text).replace(/[^a-z0-9]+/g, '-');
  const name = ascii(`${guest.lastName} ${guest.firstName}`) || 'guest';
  return safeFileName(`${name}-${ascii(guest.id.slice(0, 8))}.${format}`, `guest.${format}`);
}

async function writeImage(
  options: WriteInvitationsOptions,
  { guest, payload }: { guest: Guest; payload: string },
): Promise<Written> {
  const file = invitationFileName(guest, options.format);
  const target = path.join(options.outDir, file);
  if (options.format === 'svg')
    fs.writeFileSync(target, await QRCode.toString(qrText(payload), { ...QR_OPTIONS, type: 'svg' }));
  else await QRCode.toFile(target, qrText(payload), { ...QR_OPTIONS, type: 'png', width: 600 });
  return { guest, file, page: null };
}

/** DejaVu covers every Latin letter a guest list may hold; without it, Helvetica still has å, ä and ö. */
const DEFAULT_FONT_FILES = {
  regular: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'C:\\Windows\\Fonts\\arial.ttf'],
  bold: ['/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf'],
};
const firstExisting = (files: string[]): string | undefined => files.find((file) => fs.existsSync(file));

async function writePdf(
  options: WriteInvitationsOptions,
  items: { guest: Guest; payload: string }[],
): Promise<Written[]> {
  const { event } = options;
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, info: { Title: `${event.name}: inbjudningar` } });
  const fonts = options.fontFiles ?? DEFAULT_FONT_FILES;
  const regular = firstExisting(fonts.regular) ?? 'Helvetica';
  const bold = firstExisting(fonts.bold) ?? 'Helvetica-Bold';
  const done = new Promise<void>((resolve, reject) => {
    const stream = fs.createWriteStream(path.join(options.outDir, PDF_FILE));
    stream.on('finish', resolve).on('error', reject);
    doc.pipe(stream);
  });
  const written: Written[] = [];
  for (const [index, { guest, payload }] of items.entries()) {
    doc.addPage({ size: 'A4', margin: 56 });
    const width = doc.page.width - 112;
    doc.font(bold).fontSize(28).text(event.name, { align: 'center', width });
    const when = [event.startsOn, event.venue].filter(Boolean).join(' · ');
    if (when) doc.moveDown(0.4).font(regular).fontSize(16).text(when, { align: 'center', width });
    doc.moveDown(2).font(bold).fontSize(24).text(fullName(guest), { align: 'center', width });
    const role = [guest.title, guest.department].filter(Boolean).join(', ');
    if (role) doc.moveDown(0.3).font(regular).fontSize(14).text(role, { align: 'center', width });
    const qr = await QRCode.toBuffer(qrText(payload), { ...QR_OPTIONS, type: 'png', width: 720 });
    const size = 300;
    doc.image(qr, (doc.page.width - size) / 2, doc.y + 40, { width: size, height: size });
    doc
      .font(regular)
      .fontSize(12)
      .text('Visa koden vid entrén · Show this code at the entrance', 56, doc.page.height - 120, {
        align: 'center',
        width,
      });
    written.push({ guest, file: PDF_FILE, page: index + 1 });
  }
  doc.end();
  await done;
  return written;
}

function mappingCsv(written: Written[]): string {
  const header = ['guest_id', 'first_name', 'last_name', 'title', 'department', 'email', 'file', 'page'];
  const records = written.map(({ guest, file, page }) =>
    [guest.id, guest.firstName, guest.lastName, guest.title, guest.department, guest.email, file, page ?? ''].map(
      (cell) => neutralizeFormula(String(cell)),
    ),
  );
  return '\ufeff' + stringify([header, ...records], { record_delimiter: 'windows' });
}
