// Checking a badge photo before it is stored: a small square JPEG, decoded only as far as its frame
// header. The kiosk's canvas makes these, but the HTTP station accepts them from any browser, so
// nothing is trusted: a file that is not a whole JPEG is refused with a message saying why.
import { MAX_PHOTO_BYTES } from '../../shared/photos';

/** Sides may differ by this share of the longer one (a camera's crop rounds). */
const SQUARE_TOLERANCE = 0.02;
const MIN_SIDE = 64;
const MAX_SIDE = 2048;

export class PhotoError extends Error {}

export interface JpegSize {
  width: number;
  height: number;
}

// Start-of-frame markers carry the size; C4 (Huffman tables), C8 (reserved) and CC (arithmetic
// conditioning) share the range but are not frames.
const isStartOfFrame = (marker: number): boolean =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** The frame size of a JPEG, or a PhotoError saying why the bytes are not one. */
export function jpegSize(bytes: Uint8Array): JpegSize {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) {
    throw new PhotoError('The picture is not a JPEG (it does not start with a JPEG marker).');
  }
  if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) {
    throw new PhotoError('The picture is cut short (the JPEG has no end marker).');
  }
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) throw new PhotoError('The picture is damaged (a JPEG segment is out of place).');
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break; // end of image, or scan data before any frame
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    if (length < 2 || offset + 2 + length > bytes.length) {
      throw new PhotoError('The picture is damaged (a JPEG segment runs past its end).');
    }
    if (isStartOfFrame(marker)) {
      if (length < 7) throw new PhotoError('The picture is damaged (its JPEG frame header is too short).');
      const height = (bytes[offset + 5]! << 8) | bytes[offset + 6]!;
      const width = (bytes[offset + 7]! << 8) | bytes[offset + 8]!;
      return { width, height };
    }
    offset += 2 + length;
  }
  throw new PhotoError('The picture is damaged (the JPEG has no frame header with its size).');
}

/** Refuses anything but a whole, square JPEG of at most MAX_PHOTO_BYTES. */
export function checkBadgePhoto(bytes: Uint8Array): JpegSize {
  if (bytes.length > MAX_PHOTO_BYTES) {
    throw new PhotoError(
      `The picture is too large (${Math.ceil(bytes.length / 1024)} KB; at most ${MAX_PHOTO_BYTES / 1024} KB).`,
    );
  }
  const size = jpegSize(bytes);
  const longer = Math.max(size.width, size.height);
  const shorter = Math.min(size.width, size.height);
  if (shorter < MIN_SIDE || longer > MAX_SIDE) {
    throw new PhotoError(
      `The picture is ${size.width}×${size.height} pixels; a badge photo has sides of ${MIN_SIDE} to ${MAX_SIDE}.`,
    );
  }
  if (longer - shorter > longer * SQUARE_TOLERANCE) {
    throw new PhotoError(`The picture is ${size.width}×${size.height} pixels; a badge photo is square.`);
  }
  return size;
}

/**
 * A picture from elsewhere (pulled by sync, in the hub's who's-who), decoded and checked as one taken
 * at this door: null when it fails the check, so it counts as no picture.
 */
export function receivedBadgePhoto(base64: string): Buffer | null {
  const jpeg = Buffer.from(base64, 'base64');
  try {
    checkBadgePhoto(jpeg);
    return jpeg;
  } catch (error) {
    if (error instanceof PhotoError) return null;
    throw error;
  }
}
