// A failed call as the renderer holds it, and in the screen's language: the station sends a reason with the
// values it names, and its English message alone only for faults no person at the kiosk can act on
// (arguments that do not fit the contract).
import type { ApiErrorBody, ApiErrorReason } from '../shared/api-calls';
import type { I18n, MessageKey } from './i18n';

export class ApiCallError extends Error {
  readonly code: ApiErrorBody['code'];
  /** Why, for the screen to word in its language (apiErrorText below); absent for faults of the caller. */
  readonly reason: ApiErrorBody['reason'];
  readonly params: Record<string, string>;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.code = body.code;
    this.reason = body.reason;
    this.params = body.params ?? {};
  }
}

/** Each reason's words; a Record, so a reason added to the contract cannot go without them. */
export const API_ERROR_KEYS: Record<ApiErrorReason, MessageKey> = {
  'store-full': 'error.store-full',
  'store-unwritable': 'error.store-unwritable',
  'store-unreachable': 'error.store-unreachable',
  'station-failed': 'error.station-failed',
  'no-event': 'error.no-event',
  'name-missing': 'error.name-missing',
  'guest-not-found': 'error.guest-not-found',
  'photo-unusable': 'error.photo-unusable',
  'photo-question-over': 'error.photo-question-over',
  'upload-interrupted': 'error.upload-interrupted',
  'upload-too-large': 'error.upload-too-large',
  'staff-locked': 'error.staff-locked',
  'pin-already-set': 'error.pin-already-set',
  'device-not-paired': 'error.device-not-paired',
  'invalid-email': 'error.invalid-email',
  'invalid-input': 'error.invalid-input',
};

export function apiErrorText(t: I18n['t'], error: unknown): string {
  if (error instanceof ApiCallError && error.reason) return t(API_ERROR_KEYS[error.reason], error.params);
  return (error as Error).message;
}
