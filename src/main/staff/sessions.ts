// Unlocked staff sessions, held only in the main process's memory: a random token handed out on
// unlock and required by every staff call, whichever transport carries it. A restart locks everyone.
import { randomBytes } from 'node:crypto';
import { ApiError } from '../api/errors';

/** A session not used for this long is over; the staff screen itself locks sooner (STAFF_IDLE_MS). */
export const SESSION_IDLE_MS = 5 * 60_000;

export class StaffSessions {
  private readonly lastSeen = new Map<string, number>();

  open(now = Date.now()): string {
    const token = randomBytes(32).toString('base64url');
    this.lastSeen.set(token, now);
    return token;
  }

  /** Whether the token is an open session; using it keeps it open. */
  touch(token: string, now = Date.now()): boolean {
    const seen = this.lastSeen.get(token);
    if (seen === undefined) return false;
    if (now - seen > SESSION_IDLE_MS) {
      this.lastSeen.delete(token);
      return false;
    }
    this.lastSeen.set(token, now);
    return true;
  }

  close(token: string): boolean {
    return this.lastSeen.delete(token);
  }
}

/** Throws the 'staff-locked' refusal unless the token is an open staff session. */
export function requireStaffSession(sessions: StaffSessions, token: string): void {
  if (!sessions.touch(token)) {
    throw new ApiError({
      code: 'staff-locked',
      reason: 'staff-locked',
      message: 'Staff mode is locked: enter the PIN again.',
    });
  }
}
