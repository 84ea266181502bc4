// `entre invitations`: one QR invitation per guest, as an image per guest for a mail merge or as one
// printable A4 PDF, plus a CSV that maps each guest to their file (and page).
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { Resvg } from '@resvg/resvg-js';
import { stringify } from 'csv-stringify/sync';
import type { EventInfo } from '../../shared/domain';
import { swedishDateAndTime } from '../../shared/event-time';
import { safeFileName } from '../../shared/safe-file-name';
import { foldForSearch } from '../../shared/search-text';
import { neutralizeFormula } from '../export/csv';
import { makeOutputFolder } from '../file-problems';
import type { EventDetails } from '../store/events';
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
  /** Start time, welcome text, contact line and logo (`entre event`); none when left out. */
  details?: EventDetails;
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
  makeOutputFolder(options.outDir);
  const items = options.guests.map((guest) => ({ guest, payload: invitationPayload(guest, options.signer) }));
  const fileNames = options.format === 'pdf' ? null : invitationFileNames(options.guests, options.format);
  const written = fileNames
    ? await Promise.all(items.map((item) => writeImage(options, item, fileNames.get(item.guest)!)))
    : await writePdf(options, items);
  fs.writeFileSync(path.join(options.outDir, MAPPING_FILE), mappingCsv(written));
  return written;
}

/**
 * "lindqvist-asa-1a2b3c4d.png": readable, plain ASCII for any mail program, told apart by the end of the
 * id (its random part: ids begin with their creation time, which guests imported together share). A guest
 * synced from a hub may carry any id, so the whole name is made a safe name inside the folder, and a name
 * already given in this folder gets a number.
 */
export function invitationFileNames(guests: Guest[], format: InvitationFormat): Map<Guest, string> {
  const ascii = (text: string) => foldForSearch(text).replace(/[^a-z0-9]+/g, '-');
  const names = new Map<Guest, string>();
  const taken = new Set<string>();
  for (const guest of guests) {
    // The name is cut first (ASCII, so a byte a character), so that shortening to a safe length never
    // takes the id's end or the number that tell two files apart.
    const name = ascii(`${guest.lastName} ${guest.firstName}`).slice(0, 120) || 'guest';
    const stem = `${name}-${ascii(guest.id.slice(-8))}`;
    let file = safeFileName(`${stem}.${format}`, `guest.${format}`);
    for (let n = 2; taken.has(file); n++) file = safeFileName(`${stem}-${n}.${format}`, `guest-${n}.${format}`);
    taken.add(file);
    names.set(guest, file);
  }
  return names;
}

async function writeImage(
  options: WriteInvitationsOptions,
  { guest, payload }: { guest: Guest; payload: string },
  file: string,
): Promise<Written> {
  const svg = await invitationSvg(options, guest, payload);
  const { regular, bold } = options.fontFiles ?? DEFAULT_FONT_FILES;
  const bytes =
    options.format === 'svg'
      ? svg
      : new Resvg(svg, {
          background: 'white',
          font: { fontFiles: [...regular, ...bold].filter((font) => fs.existsSync(font)), loadSystemFonts: true },
        })
          .render()
          .asPng();
  fs.writeFileSync(path.join(options.outDir, file), bytes);
  return { guest, file, page: null };
}

const IMAGE = { height: 600, qr: 600, textX: 640, textWidth: 820 } as const;
const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * An image invitation for a mail merge: the code on the left, beside it who it is for and what, when
 * and where the event is, so a forwarded or printed image still says whose it is. Text is cut to its
 * line by a size estimate (a DejaVu/Arial letter is at most about 0.62 em wide on average).
 */
async function invitationSvg(options: WriteInvitationsOptions, guest: Guest, payload: string): Promise<string> {
  const { event, details } = options;
  const qr = (await QRCode.toString(qrText(payload), { ...QR_OPTIONS, type: 'svg' })).replace(
    '<svg ',
    `<svg x="0" y="0" width="${IMAGE.qr}" height="${IMAGE.qr}" `,
  );
  const line = (text: string, y: number, size: number, bold = false, colour = '#111111') => {
    if (!text) return '';
    const fitted = Math.min(size, IMAGE.textWidth / (0.62 * text.length));
    return (
      `<text x="${IMAGE.textX}" y="${y}" font-size="${fitted.toFixed(1)}" font-weight="${bold ? 'bold' : 'normal'}" ` +
      `fill="${colour}">${escapeXml(text)}</text>`
    );
  };
  const lines = [
    line(fullName(guest), 140, 56, true),
    line([guest.title, guest.department].filter(Boolean).join(', '), 195, 28),
    line(event.name, 300, 40, true),
    line(swedishDateAndTime(event.startsOn, details?.startsAt ?? null), 355, 30),
    line(event.venue ?? '', 405, 30),
    line('Visa koden vid entrén · Show this code at the entrance', 530, 24, false, '#555555'),
  ];
  const width = IMAGE.textX + IMAGE.textWidth + 40;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${IMAGE.height}" viewBox="0 0 ${width} ${IMAGE.height}" ` +
    `font-family="DejaVu Sans, Arial, sans-serif"><rect width="100%" height="100%" fill="#ffffff"/>${qr}${lines.join('')}</svg>`
  );
}

const MARGIN = 56;

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
  const { event, details } = options;
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
    doc.addPage({ size: 'A4', margin: MARGIN });
    const width = doc.page.width - 2 * MARGIN;
    const centred = { align: 'center', width } as const;
    if (details?.logo) {
      doc.image(details.logo, MARGIN, MARGIN, { fit: [width, 70], align: 'center', valign: 'center' });
      doc.y = MARGIN + 84;
    }
    doc.font(bold).fontSize(28).text(event.name, MARGIN, doc.y, centred);
    const when = swedishDateAndTime(event.startsOn, details?.startsAt ?? null);
    if (when) doc.moveDown(0.3).font(regular).fontSize(16).text(when, centred);
    if (event.venue) doc.moveDown(0.2).font(regular).fontSize(16).text(event.venue, centred);
    if (details?.welcomeText) doc.moveDown(1).font(regular).fontSize(13).text(details.welcomeText, centred);
    doc.moveDown(1.5).font(bold).fontSize(24).text(fullName(guest), centred);
    const role = [guest.title, guest.department].filter(Boolean).join(', ');
    if (role) doc.moveDown(0.3).font(regular).fontSize(14).text(role, centred);
    // The code takes the space left above the footer, so the page is filled, not half blank.
    const footerTop = doc.page.height - MARGIN - (details?.contactLine ? 50 : 24);
    const size = Math.max(170, Math.min(340, footerTop - doc.y - 40));
    const qr = await QRCode.toBuffer(qrText(payload), { ...QR_OPTIONS, type: 'png', width: 720 });
    doc.image(qr, (doc.page.width - size) / 2, doc.y + (footerTop - doc.y - size) / 2, { width: size, height: size });
    doc
      .font(regular)
      .fontSize(12)
      .text('Visa koden vid entrén · Show this code at the entrance', MARGIN, footerTop, centred);
    if (details?.contactLine) doc.moveDown(0.6).fontSize(11).fillColor('#444444').text(details.contactLine, centred);
    doc.fillColor('#000000');
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
