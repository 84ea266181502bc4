// The kiosk's photo question and the print queue (real store, real CUPS queue): with the question on,
// the badge waits for the answer; a photo given prints on the badge, "no" prints the plain badge, and
// only the guest being asked can get a photo this way.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { openStation } from '../../src/main/kiosk/station';
import { checkInGuest, type Station } from '../../src/main/kiosk/check-in';
import { createHandlers, dispatch } from '../../src/main/api/handlers';
import { getActiveEvent } from '../../src/main/store/events';
import { listGuests } from '../../src/main/store/guests';
import { savePrinterSettings } from '../../src/main/store/badge-designs';
import { recentPrintJobs } from '../../src/main/store/print-jobs';
import { guestPhoto } from '../../src/main/store/photos';
import { savePhotoSettings } from '../../src/main/photos/settings';
import { createPdfQueue, printedPdfs } from '../../e2e/helpers/cups';
import { refusal } from '../helpers/refusal';
import { FACE_JPEG, jpegSized } from './fixtures';
import { firstStaffSession } from '../helpers/staff-session';

let queue: ReturnType<typeof createPdfQueue>;
let dir: string;
let station: Station;

beforeAll(() => {
  queue = createPdfQueue();
});
afterAll(() => queue.remove());
afterEach(async () => {
  await station.badges!.idle();
  station.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function open() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-photo-'));
  station = openStation(path.join(dir, 'entre.db'));
  savePrinterSettings(station.db, { printer: queue.name, printOnCheckIn: true });
  savePhotoSettings(station.db, { kioskQuestion: true, whosWhoInitials: false });
  return { handlers: createHandlers(station), guests: listGuests(station.db, getActiveEvent(station.db)!.id) };
}

const jobsOf = () => recentPrintJobs(station.db, getActiveEvent(station.db)!.id, 10);
const imagesIn = (file: string): number =>
  execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2;

async function printedBadge(guestName: string): Promise<string> {
  await station.badges!.idle();
  const job = jobsOf().find((candidate) => candidate.guestName === guestName)!;
  expect(job).toMatchObject({ state: 'done', reason: 'check-in' });
  const [pdf] = printedPdfs(`entre-badge-${job.id.slice(0, 8)}`);
  expect(pdf, 'cups-pdf wrote the badge').toBeDefined();
  return pdf!;
}

it('holds the badge until the guest answers, then prints it with the photo, or plain after a no', async () => {
  const { handlers, guests } = open();
  const [anna, bertil] = [guests[0]!, guests[1]!];
  const welcome = checkInGuest(station, anna.id, 'search');
  expect(welcome).toMatchObject({ kind: 'welcome', photoQuestion: true });
  await new Promise((resolve) => setImmediate(resolve));
  await station.badges!.idle();
  expect(jobsOf()).toEqual([]);

  expect(dispatch(handlers, 'answerPhotoQuestion', { guestId: anna.id, jpeg: FACE_JPEG.toString('base64') })).toEqual({
    saved: true,
  });
  const withPhoto = await printedBadge(`${anna.firstName} ${anna.lastName}`);
  expect(imagesIn(withPhoto)).toBe(1);
  expect(guestPhoto(station.db, anna.id)!.jpeg.equals(FACE_JPEG)).toBe(true);

  checkInGuest(station, bertil.id, 'search');
  expect(dispatch(handlers, 'answerPhotoQuestion', { guestId: bertil.id, jpeg: null })).toEqual({ saved: false });
  const plain = await printedBadge(`${bertil.firstName} ${bertil.lastName}`);
  expect(imagesIn(plain)).toBe(0);
  expect(guestPhoto(station.db, bertil.id)).toBeNull();
  for (const file of [withPhoto, plain]) fs.rmSync(file);
});

it('takes a photo only for the guest being asked, and refuses a bad picture while still asking', async () => {
  const { handlers, guests } = open();
  const [anna, bertil] = [guests[0]!, guests[1]!];
  checkInGuest(station, anna.id, 'search');
  const jpeg = FACE_JPEG.toString('base64');
  // Bertil was never asked (not checked in here): no photo of him from the kiosk.
  expect(refusal(() => dispatch(handlers, 'answerPhotoQuestion', { guestId: bertil.id, jpeg })).body).toMatchObject({
    code: 'not-found',
    reason: 'photo-question-over',
    message: 'The photo question for this guest is over; nothing was saved.',
  });
  const wide = jpegSized(640, 480).toString('base64');
  expect(refusal(() => dispatch(handlers, 'answerPhotoQuestion', { guestId: anna.id, jpeg: wide })).body).toMatchObject(
    {
      code: 'invalid-arguments',
      reason: 'photo-unusable',
      message: expect.stringMatching(/square\. Nothing was saved\.$/),
    },
  );
  expect(guestPhoto(station.db, anna.id)).toBeNull();
  expect(station.badges!.isAskingForPhoto(anna.id)).toBe(true);
  dispatch(handlers, 'answerPhotoQuestion', { guestId: anna.id, jpeg: null });
  // Once answered, the question is over: a late photo is refused.
  expect(refusal(() => dispatch(handlers, 'answerPhotoQuestion', { guestId: anna.id, jpeg })).body).toMatchObject({
    code: 'not-found',
    reason: 'photo-question-over',
  });
  fs.rmSync(await printedBadge(`${anna.firstName} ${anna.lastName}`));
});

it('lets staff take, list and withdraw photos and change the settings, only in an open session', async () => {
  const { handlers, guests } = open();
  const session = firstStaffSession(handlers, station.db);
  const jpeg = FACE_JPEG.toString('base64');
  expect(
    refusal(() => dispatch(handlers, 'takeGuestPhoto', { session: 'x'.repeat(40), guestId: guests[0]!.id, jpeg })).body
      .code,
  ).toBe('staff-locked');
  const stranger = '00000000-0000-4000-8000-000000000000';
  expect(refusal(() => dispatch(handlers, 'takeGuestPhoto', { session, guestId: stranger, jpeg })).body).toMatchObject({
    code: 'not-found',
    reason: 'guest-not-found',
  });
  const listed = dispatch(handlers, 'takeGuestPhoto', { session, guestId: guests[0]!.id, jpeg });
  expect(listed).toMatchObject([{ guestId: guests[0]!.id, photo: expect.stringMatching(/^data:image\/jpeg;base64,/) }]);
  expect(dispatch(handlers, 'listPhotoConsents', { session })).toHaveLength(1);
  expect(dispatch(handlers, 'withdrawPhotoConsent', { session, guestId: guests[0]!.id })).toEqual([]);
  expect(guestPhoto(station.db, guests[0]!.id)).toBeNull();
  expect(
    dispatch(handlers, 'savePhotoSettings', { session, settings: { kioskQuestion: false, whosWhoInitials: true } }),
  ).toEqual({ kioskQuestion: false, whosWhoInitials: true });
  expect(dispatch(handlers, 'getPhotoSettings', { session })).toEqual({ kioskQuestion: false, whosWhoInitials: true });
});

it('asks only a guest at the kiosk screen: staff checking someone in by hand print the badge at once', async () => {
  const { handlers, guests } = open();
  const carin = guests[2]!;
  const welcome = checkInGuest(station, carin.id, 'staff');
  expect(welcome).toMatchObject({ kind: 'welcome' });
  expect(welcome).not.toHaveProperty('photoQuestion');
  const plain = await printedBadge(`${carin.firstName} ${carin.lastName}`);
  expect(imagesIn(plain)).toBe(0);
  // Nobody is being asked about this guest, so no kiosk can set their photo.
  const refused = refusal(() =>
    dispatch(handlers, 'answerPhotoQuestion', { guestId: carin.id, jpeg: FACE_JPEG.toString('base64') }),
  );
  expect(refused.message).toBe('The photo question for this guest is over; nothing was saved.');
  expect(guestPhoto(station.db, carin.id)).toBeNull();
  fs.rmSync(plain);
});
