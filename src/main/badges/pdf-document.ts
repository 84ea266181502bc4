// Starting a pdfkit document with the badge font (DejaVu Sans, registered as 'regular' and 'bold') and
// collecting its bytes: badges, the who's-who and the tables' group lists are all drawn through it.
import type PDFDocument from 'pdfkit';
import { badgeFontBytes } from './font';

export interface PdfDraft {
  doc: InstanceType<typeof PDFDocument>;
  /** Ends the document and resolves with its bytes. */
  finish(): Promise<Buffer>;
}

export async function startPdf(options: ConstructorParameters<typeof PDFDocument>[0]): Promise<PdfDraft> {
  const fonts = badgeFontBytes();
  // Loaded on first use: every station and CLI command imports the modules that draw PDFs; few draw one.
  const { default: PdfKitDocument } = await import('pdfkit');
  const doc = new PdfKitDocument(options);
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    finish: () => {
      doc.end();
      return finished;
    },
  };
}
