// A throw-away CUPS queue that writes PDFs through cups-pdf (see .ci/setup.d/cups.sh), so tests can
// stop and break their own queue without touching the shared "Badges" one.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where cups-pdf writes (the Out line of /etc/cups/cups-pdf.conf): $HOME/PDF when printing as root. */
export const CUPS_PDF_DIR = process.env.ENTRE_CUPS_PDF_DIR ?? path.join(os.homedir(), 'PDF');

export function createPdfQueue(): { name: string; remove(): void } {
  const name = `entre-test-${randomUUID().slice(0, 8)}`;
  execFileSync('lpadmin', ['-p', name, '-E', '-v', 'cups-pdf:/', '-m', 'lsb/usr/cups-pdf/CUPS-PDF_opt.ppd'], {
    stdio: 'ignore',
  });
  return { name, remove: () => execFileSync('lpadmin', ['-x', name]) };
}

export const stopQueue = (name: string): void => void execFileSync('cupsdisable', [name]);
export const resumeQueue = (name: string): void => void execFileSync('cupsenable', [name]);

/** The cups-pdf files whose title starts with the prefix (a job's title names its file). */
export function printedPdfs(titlePrefix: string): string[] {
  if (!fs.existsSync(CUPS_PDF_DIR)) return [];
  return fs
    .readdirSync(CUPS_PDF_DIR)
    .filter((file) => file.startsWith(titlePrefix) && file.endsWith('.pdf'))
    .map((file) => path.join(CUPS_PDF_DIR, file));
}
