// The badge font: DejaVu Sans from Debian's fonts-dejavu-core, which has every Nordic letter (å ä ö æ ø).
import fs from 'node:fs';

const DEJAVU_DIR = process.env.ENTRE_DEJAVU_DIR ?? '/usr/share/fonts/truetype/dejavu';

export const BADGE_FONT_FILES = {
  regular: `${DEJAVU_DIR}/DejaVuSans.ttf`,
  bold: `${DEJAVU_DIR}/DejaVuSans-Bold.ttf`,
} as const;

export class BadgeFontMissingError extends Error {}

/** Fails with a message that says what to install, rather than printing badges without å, ä and ö. */
export function assertBadgeFontsInstalled(): void {
  const missing = Object.values(BADGE_FONT_FILES).filter((file) => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new BadgeFontMissingError(
      `The badge font is missing (${missing.join(', ')}). Install Debian's fonts-dejavu-core ` +
        '(apt-get install fonts-dejavu-core) or set ENTRE_DEJAVU_DIR to a folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf.',
    );
  }
}

let loaded: { regular: Buffer; bold: Buffer } | null = null;

/** The font files' bytes, read once: reading them for every badge cost a third of its render time. */
export function badgeFontBytes(): { regular: Buffer; bold: Buffer } {
  assertBadgeFontsInstalled();
  loaded ??= { regular: fs.readFileSync(BADGE_FONT_FILES.regular), bold: fs.readFileSync(BADGE_FONT_FILES.bold) };
  return loaded;
}
