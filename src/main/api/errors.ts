import type { ApiErrorBody } from '../../shared/api-calls';

/** An error the caller is told about in plain words, with a stable code for the UI. */
export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
}
