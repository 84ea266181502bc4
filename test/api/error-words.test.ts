// Refusals a person at the kiosk can act on reach the screen in its language: the station sends a reason
// with the values it names, and the renderer words it (never the station's English message).
import { describe, expect, it } from 'vitest';
import { API_ERROR_REASONS } from '../../src/shared/api-calls';
import { createHandlers, dispatch } from '../../src/main/api/handlers';
import { importGuestListTable } from '../../src/main/import/import-guest-list';
import { MAX_UPLOAD_BYTES, UploadError, Uploads } from '../../src/main/staff/uploads';
import { API_ERROR_KEYS, ApiCallError, apiErrorText } from '../../src/renderer/api-error';
import { messages, translate, type Language } from '../../src/renderer/i18n';
import { refusal } from '../helpers/refusal';
import { firstStaffSession } from '../helpers/staff-session';
import { tempStation } from '../helpers/temp';
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

  it('name the size limit of an upload that is too large', () => {
    const uploads = new Uploads();
    const chunk = Buffer.alloc(MAX_UPLOAD_BYTES / 2 + 1).toString('base64');
    uploads.add('u', 0, chunk);
    let refused: UploadError | undefined;
    try {
      uploads.add('u', 1, chunk);
    } catch (error) {
      refused = error as UploadError;
    }
    expect(refused).toBeInstanceOf(UploadError);
    const body = {
      code: 'invalid-arguments' as const,
      message: refused!.message,
      reason: refused!.reason,
      params: refused!.params,
    };
    expect(shown('sv', { body })).toBe('Filen är större än 20 MB – är det verkligen en gästlista?');
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
