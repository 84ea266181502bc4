import type { ApiErrorBody } from '../../shared/api-calls';

/** An error the caller is told about in plain words, with a stable code for the UI. */
export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
}

/** A call that needs the active event, on a station that has none yet. */
export const noEventLoaded = (): ApiError =>
  new ApiError({ code: 'not-found', reason: 'no-event', message: 'No event is loaded: import a guest list first.' });
