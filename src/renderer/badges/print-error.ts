// A failed badge in the reader's language: main reports a code, the words come from the dictionaries.
import type { PrintFailure } from '../../shared/badge/print-jobs';
import type { useI18n } from '../i18n';

type Translate = ReturnType<typeof useI18n>['t'];

export function printErrorText(t: Translate, failure: PrintFailure, printer: string | null): string {
  return t(`badge.error.${failure.code}`, { printer: printer ?? '', seconds: failure.seconds ?? '' });
}
