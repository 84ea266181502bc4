// Refusals a person at the kiosk can act on reach the screen in its language: the station sends a reason
// with the values it names, and the renderer words it (never the station's English message).
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { API_ERROR_REASONS } from '../../src/shared/api-calls';
import { createHandlers, dispatch } from '../../src/main/api/handlers';
import { importGuestListTable } from '../../src/main/import/import-guest-list';
import { MAX_UPLOAD_BYTES } from '../../src/main/staff/uploads';
import { UPLOAD_CHUNK_CHARS } from '../../src/shared/staff';
import { API_ERROR_KEYS, ApiCallError, apiErrorText } from '../../src/renderer/api-error';
import { messages, translate, type Language } from '../../src/renderer/i18n';
import { refusal } from '../helpers/refusal';
import { firstStaffSession } from '../helpers/staff-session';
import { tempStation, tempStore } from '../helpers/temp';
import { placeholders } from '../helpers/words';

/** What the screen shows for an error the station answered with, in `language`. */
const shown = (language: Language, error: { body: ConstructorParameters<typeof ApiCallError>[0] }) =>
  apiErrorText((key, params) => translate(language, key, params), new ApiCallError(error.body));

const walkIn = { firstName: 'Nils', lastName: 'Ek', title: '', department: '', email: '' };

it.each(API_ERROR_REASONS)('%s is worded in Swedish and English', (reason) => {
  const key = API_ERROR_KEYS[reason];
  expect(messages.sv[key]).not.toBe(messages.en[key]);
  expect(placeholders(messages.sv[key])).toEqual(placeholders(messages.en[key]));
});

describe('refusals in staff mode', () => {
  it('are shown in Swedish, or in English in English mode, never as the station English', () => {
    const { station } = tempStation([{ code: 'anna0001', firstName: 'Anna', lastName: 'Berg' }]);
    const handlers = createHandlers(station);
    const session = firstStaffSession(handlers, station.db);

    const badEmail = refusal(() =>
      dispatch(handlers, 'staffCreateWalkIn', { session, ...walkIn, email: 'nils@kommun' }),
    );
    expect(badEmail.message).toMatch(/^Invalid arguments for staffCreateWalkIn: email/);
    expect(shown('sv', badEmail)).toBe('E-postadressen är inte en giltig adress. Skriv den som namn@exempel.se.');
    expect(shown('en', badEmail)).toBe('The e-mail is not a valid address. Write it as name@example.com.');

    const noName = refusal(() =>
      dispatch(handlers, 'staffCreateWalkIn', { session, ...walkIn, firstName: ' ', lastName: '' }),
    );
    expect(shown('sv', noName)).toBe('Namnet saknas.');

    const tooLong = refusal(() =>
      dispatch(handlers, 'staffCreateWalkIn', { session, ...walkIn, title: 'x'.repeat(161) }),
    );
    expect(shown('sv', tooLong)).toBe(messages.sv['error.invalid-input']);

    const locked = refusal(() => dispatch(handlers, 'staffCreateWalkIn', { session: 'x'.repeat(40), ...walkIn }));
    expect(shown('sv', locked)).toBe('Personalläget är låst: ange PIN-koden igen.');
  });

  it('name the size limit of an upload that is too large, and say when one broke off', async () => {
    const { station } = tempStation([]);
    const handlers = createHandlers(station);
    const session = firstStaffSession(handlers, station.db);
    const uploadId = crypto.randomUUID();
    const data = Buffer.alloc((UPLOAD_CHUNK_CHARS / 4) * 3).toString('base64');
    const chunksAllowed = Math.floor(MAX_UPLOAD_BYTES / ((UPLOAD_CHUNK_CHARS / 4) * 3));
    for (let index = 0; index < chunksAllowed; index++)
      dispatch(handlers, 'staffUploadChunk', { session, uploadId, index, data });
    const tooLarge = refusal(() =>
      dispatch(handlers, 'staffUploadChunk', { session, uploadId, index: chunksAllowed, data }),
    );
    expect(tooLarge.body).toMatchObject({ reason: 'upload-too-large', params: { megabytes: '20' } });
    expect(shown('sv', tooLarge)).toBe('Filen är större än 20 MB – är det verkligen en gästlista?');

    // The refused upload is gone: its next chunk, and a preview of it, find nothing to add to.
    const brokenOff = refusal(() =>
      dispatch(handlers, 'staffUploadChunk', { session, uploadId, index: chunksAllowed + 1, data }),
    );
    expect(brokenOff.body.reason).toBe('upload-interrupted');
    expect(shown('sv', brokenOff)).toBe(messages.sv['error.upload-interrupted']);
    await expect(
      dispatch(handlers, 'staffPreviewImport', { session, uploadId, fileName: 'g.csv' }),
    ).rejects.toMatchObject({ body: { reason: 'upload-interrupted' } });
  });

  it('say when there is no event yet', () => {
    const { db } = tempStore();
    const handlers = createHandlers({ db, stationId: 'door-1' });
    const session = firstStaffSession(handlers, db);
    const noEvent = refusal(() => dispatch(handlers, 'staffDashboard', { session }));
    expect(noEvent.body).toMatchObject({ code: 'not-found', reason: 'no-event' });
    expect(shown('sv', noEvent)).toBe(messages.sv['error.no-event']);
  });

  it('show a fault of the caller, which has no reason, in the station words', () => {
    const body = { code: 'invalid-arguments' as const, message: 'Invalid arguments for kioskShell: arguments: …' };
    expect(shown('sv', { body })).toBe(body.message);
  });
});

it('lets staff correct a guest whose address the guest list import took', () => {
  const { station, db } = tempStation([]);
  const imported = importGuestListTable(
    db,
    { header: ['förnamn', 'efternamn', 'e-post'], rows: [{ line: 2, cells: ['Åsa', 'Ek', 'asa..ek@kommun.se'] }] },
    'Ledarforum',
  );
  expect(imported.ok).toBe(true);
  const handlers = createHandlers(station);
  const session = firstStaffSession(handlers, db);
  const guestId = (db.prepare("SELECT id FROM guests WHERE last_name = 'Ek'").get() as { id: string }).id;
  const edited = dispatch(handlers, 'staffEditGuest', {
    session,
    guestId,
    firstName: 'Åsa',
    lastName: 'Ek',
    title: 'Rektor',
    department: '',
    email: 'asa..ek@kommun.se',
    flagged: false,
  });
  expect(edited).toMatchObject({ title: 'Rektor', email: 'asa..ek@kommun.se' });
});
