// The photo calls of the API contract: the kiosk's answer to the photo question, and staff taking,
// withdrawing and listing photos and changing the photo settings (docs/photos.md).
import type { ApiParsedArgs } from '../../shared/api';
import type { PhotoConsent } from '../../shared/photos';
import { sortPeople } from '../../shared/person-sort';
import type { Station } from '../kiosk/check-in';
import { ApiError, noEventLoaded } from '../api/errors';
import { requireStaffSession, type StaffSessions } from '../staff/sessions';
import { getActiveEvent } from '../store/events';
import { fullName, getGuest } from '../store/guests';
import { eventPhotos, jpegDataUrl, saveGuestPhoto, withdrawGuestPhoto } from '../store/photos';
import { checkBadgePhoto, PhotoError } from './jpeg';
import * as settings from './settings';
import { whosWhoEntries, whosWhoPdf } from './whos-who';

/** Decodes and checks a picture before anything is written; a bad one is refused in plain words. */
function checkedJpeg(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  try {
    checkBadgePhoto(bytes);
  } catch (error) {
    if (error instanceof PhotoError)
      throw new ApiError({
        code: 'invalid-arguments',
        reason: 'photo-unusable',
        message: `${error.message} Nothing was saved.`,
      });
    throw error;
  }
  return bytes;
}

function activeGuest(station: Station, guestId: string) {
  const guest = getGuest(station.db, guestId);
  const event = getActiveEvent(station.db);
  if (!guest || guest.eventId !== event?.id)
    throw new ApiError({
      code: 'not-found',
      reason: 'guest-not-found',
      message: 'No such guest in this event; nothing was saved.',
    });
  return guest;
}

export function photoConsents(station: Station): PhotoConsent[] {
  const event = getActiveEvent(station.db);
  if (!event) return [];
  // Listed by the guest holding the picture (a duplicate's, for a walk-in registered at two doors).
  const held = [...eventPhotos(station.db, event.id).values()].map((picture) => ({
    ...getGuest(station.db, picture.guestId)!,
    picture,
  }));
  return sortPeople(held).map((guest) => ({
    guestId: guest.id,
    fullName: fullName(guest),
    department: guest.department,
    takenAt: guest.picture.takenAt,
    photo: jpegDataUrl(guest.picture.jpeg),
  }));
}

export function createPhotoHandlers(station: Station, sessions: StaffSessions) {
  return {
    /**
     * The guest just welcomed answered: with a picture (saved, consent in the door log) or without.
     * Only a guest the kiosk is still asking may get a photo this way; the badge is queued either way.
     */
    answerPhotoQuestion: ({ guestId, jpeg }: ApiParsedArgs<'answerPhotoQuestion'>) => {
      if (!station.badges?.isAskingForPhoto(guestId))
        throw new ApiError({
          code: 'not-found',
          reason: 'photo-question-over',
          message: 'The photo question for this guest is over; nothing was saved.',
        });
      if (jpeg !== null) saveGuestPhoto(station.db, guestId, checkedJpeg(jpeg));
      station.badges.answerPhotoQuestion(guestId);
      return { saved: jpeg !== null };
    },
    getPhotoSettings: ({ session }: ApiParsedArgs<'getPhotoSettings'>) => {
      requireStaffSession(sessions, session);
      return settings.getPhotoSettings(station.db);
    },
    savePhotoSettings: ({ session, settings: saved }: ApiParsedArgs<'savePhotoSettings'>) => {
      requireStaffSession(sessions, session);
      settings.savePhotoSettings(station.db, saved);
      return settings.getPhotoSettings(station.db);
    },
    listPhotoConsents: ({ session }: ApiParsedArgs<'listPhotoConsents'>) => {
      requireStaffSession(sessions, session);
      return photoConsents(station);
    },
    /** Staff take or retake a photo with the guest's consent, given in person. */
    takeGuestPhoto: ({ session, guestId, jpeg }: ApiParsedArgs<'takeGuestPhoto'>) => {
      requireStaffSession(sessions, session);
      activeGuest(station, guestId);
      saveGuestPhoto(station.db, guestId, checkedJpeg(jpeg), new Date(), 'desk');
      return photoConsents(station);
    },
    /** Consent withdrawn: the picture is deleted here, and everywhere else through sync. */
    withdrawPhotoConsent: ({ session, guestId }: ApiParsedArgs<'withdrawPhotoConsent'>) => {
      requireStaffSession(sessions, session);
      activeGuest(station, guestId);
      withdrawGuestPhoto(station.db, guestId);
      return photoConsents(station);
    },
    /** The who's-who booklet, the same PDF as `entre whos-who` writes. */
    whosWhoBooklet: async ({ session }: ApiParsedArgs<'whosWhoBooklet'>) => {
      requireStaffSession(sessions, session);
      if (!getActiveEvent(station.db)) throw noEventLoaded();
      const { event, entries } = whosWhoEntries(station.db);
      const pdf = await whosWhoPdf(event, entries);
      return { fileName: 'deltagarforteckning.pdf', mimeType: 'application/pdf', base64: pdf.toString('base64') };
    },
  };
}
