// The design badges print with. The event's logo was checked by pdfkit when `entre event --logo` stored
// it; here only its kind and size are read from its header, so the print queue, which every station
// loads at start, does not load pdfkit before a badge is drawn.
import type { BadgeDesign, BadgeLogo } from '../../shared/badge/design';
import type { Db } from '../store/database';
import { getBadgeDesign } from '../store/badge-designs';
import { getEventDetails } from '../store/events';
import { jpegSize, PhotoError } from '../photos/jpeg';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The stored logo as a badge draws it, or null when there is none (or its header cannot be read). */
function eventLogoOnBadge(bytes: Buffer | null): BadgeLogo | null {
  if (!bytes) return null;
  try {
    const [type, size] = bytes.subarray(0, 8).equals(PNG_SIGNATURE)
      ? (['image/png', { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }] as const)
      : (['image/jpeg', jpegSize(bytes)] as const);
    if (size.width <= 0 || size.height <= 0) return null;
    return { dataUrl: `data:${type};base64,${bytes.toString('base64')}`, ...size };
  } catch (error) {
    // A header cut short (RangeError) or not a JPEG after all: the badge prints without the logo.
    if (error instanceof PhotoError || error instanceof RangeError) return null;
    throw error;
  }
}

/** Without a logo of its own, a badge carries the event's (`entre event --logo`). */
export function printedBadgeDesign(db: Db, eventId: string): BadgeDesign {
  const design = getBadgeDesign(db, eventId);
  return design.logo ? design : { ...design, logo: eventLogoOnBadge(getEventDetails(db, eventId).logo) };
}
