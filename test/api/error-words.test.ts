// Every reason a call can fail for has its own words in both languages, with the same placeholders, so a
// Swedish kiosk never shows the station's English; and the station sends the reason with its refusals.
import { expect, it } from 'vitest';
import { API_ERROR_REASONS } from '../../src/shared/api-calls';
import { API_ERROR_KEYS } from '../../src/renderer/api-error';
import { messages } from '../../src/renderer/i18n';
import { Uploads, UploadError, MAX_UPLOAD_BYTES } from '../../src/main/staff/uploads';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

it.each(API_ERROR_REASONS)('%s is worded in Swedish and English', (reason) => {
  const key = API_ERROR_KEYS[reason];
  expect(key).toBe(`error.${reason}`);
  expect(messages.sv[key]).not.toBe(messages.en[key]);
  expect(placeholders(messages.sv[key])).toEqual(placeholders(messages.en[key]));
});

it('names the size limit of an upload too large in words staff read in Swedish', () => {
  const uploads = new Uploads();
  const chunk = Buffer.alloc(MAX_UPLOAD_BYTES / 2 + 1).toString('base64');
  uploads.add('u', 0, chunk);
  const refusal = (() => {
    try {
      uploads.add('u', 1, chunk);
    } catch (error) {
      return error as UploadError;
    }
  })();
  expect(refusal).toBeInstanceOf(UploadError);
  expect(refusal).toMatchObject({ reason: 'upload-too-large', params: { megabytes: '20' } });
  expect(messages.sv[API_ERROR_KEYS[refusal!.reason]].replace('{megabytes}', refusal!.params.megabytes!)).toBe(
    'Filen är större än 20 MB – är det verkligen en gästlista?',
  );
});
