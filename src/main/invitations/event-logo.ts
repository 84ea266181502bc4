// The event's logo (`entre event --logo`): a PNG or JPEG file, read and checked once, so invitations and
// badges can draw it without surprises. pdfkit, which draws it, is also what checks it.
import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { MAX_LOGO_DATA_URL } from '../../shared/badge/schemas';
import { pathProblem } from '../file-problems';

/** The badge designer's own bound, so the event's logo fits on a badge as well as on an invitation. */
export const MAX_LOGO_BYTES = Math.floor((MAX_LOGO_DATA_URL - 'data:image/jpeg;base64,'.length) / 4) * 3;

export class LogoError extends Error {}

interface LogoImage {
  type: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

/** The image's kind and size in pixels, or null when it is not a PNG or JPEG that can be drawn. */
export function inspectLogo(bytes: Buffer): LogoImage | null {
  const type = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    ? 'image/png'
    : bytes[0] === 0xff && bytes[1] === 0xd8
      ? 'image/jpeg'
      : null;
  if (!type) return null;
  try {
    // openImage() is pdfkit's own decoder of the header (public, but missing from @types/pdfkit).
    const doc = new PDFDocument({ autoFirstPage: false }) as unknown as {
      openImage(bytes: Buffer): { width: number; height: number };
    };
    const image = doc.openImage(bytes);
    return image.width > 0 && image.height > 0 ? { type, width: image.width, height: image.height } : null;
  } catch {
    return null;
  }
}

/** Reads the file and returns its bytes, or throws a LogoError with one sentence saying what is wrong. */
export function readEventLogo(file: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const problem = error as NodeJS.ErrnoException;
    throw new LogoError(
      problem.code === 'ENOENT'
        ? `There is no logo file ${file}: check the name and the folder.`
        : pathProblem(file, problem, 'read'),
    );
  }
  if (bytes.length > MAX_LOGO_BYTES)
    throw new LogoError(
      `The logo ${file} is ${Math.ceil(bytes.length / 1000)} kB: use a PNG or JPEG under ${Math.round(MAX_LOGO_BYTES / 1000)} kB.`,
    );
  if (!inspectLogo(bytes)) throw new LogoError(`The logo ${file} is not a PNG or JPEG image.`);
  return bytes;
}
