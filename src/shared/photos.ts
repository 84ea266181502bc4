// Badge photos (docs/photos.md): the station's settings and what staff see of who consented.

/** Largest photo stored and synced: a badge needs no more, and the outbox stays small. */
export const MAX_PHOTO_BYTES = 40 * 1024;
/** The same as base64, as the API and the sync protocol carry it. */
export const MAX_PHOTO_BASE64 = Math.ceil(MAX_PHOTO_BYTES / 3) * 4;

export interface PhotoSettings {
  /** Ask each guest after the welcome whether they want their photo on the badge. Off by default. */
  kioskQuestion: boolean;
  /** In the who's-who, show guests who consented but have no photo with their initials (else leave them out). */
  whosWhoInitials: boolean;
}

export const DEFAULT_PHOTO_SETTINGS: PhotoSettings = { kioskQuestion: false, whosWhoInitials: false };

/** Seconds the kiosk waits for an answer before it prints the plain badge. */
export const PHOTO_QUESTION_SECONDS = 20;
/**
 * The longest the question lasts in all, however many steps (retakes) the guest goes through: the station
 * holds the badge only so long (with a margin for a kiosk page that died), so the kiosk ends the question
 * by then rather than take a picture the station would refuse.
 */
export const PHOTO_QUESTION_LONGEST_SECONDS = 60;

/** One guest with a photo, as staff mode lists them. */
export interface PhotoConsent {
  guestId: string;
  fullName: string;
  department: string;
  takenAt: string;
  /** `data:image/jpeg;base64,…`, for the staff list's thumbnail. */
  photo: string;
}
