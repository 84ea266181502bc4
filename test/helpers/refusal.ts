import { ApiError } from '../../src/main/api/handlers';

/** The ApiError a call was refused with; fails the test when the call went through. */
export function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the call was not refused');
}
