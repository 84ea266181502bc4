// Kept apart from camera-session.ts (which loads the decoder) so the e2e tests can read it too.

/**
 * How long the same code is ignored after it was read: one phone held up is one scan. Another code is
 * read at once, so a queue flows.
 */
export const REPEAT_QUIET_MS = 5000;
