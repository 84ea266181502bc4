// Every reason a badge can fail has its own words in both languages, with the same placeholders,
// so staff at a Swedish kiosk never read the printer system's English.
import { expect, it } from 'vitest';
import { PRINT_ERROR_CODES } from '../../src/shared/badge/print-jobs';
import { messages } from '../../src/renderer/i18n';
import { placeholders } from '../helpers/words';

it.each(PRINT_ERROR_CODES)('print error %s is worded in Swedish and English', (code) => {
  const sv = messages.sv[`badge.error.${code}`];
  const en = messages.en[`badge.error.${code}`];
  expect(sv).toBeTruthy();
  expect(en).toBeTruthy();
  expect(sv).not.toBe(en);
  expect(placeholders(sv)).toEqual(placeholders(en));
});
