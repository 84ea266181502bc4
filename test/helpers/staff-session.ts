// Into staff mode on a new store as the kiosk does it: the first PIN, with the organizer's setup code.
import { type createHandlers, dispatch } from '../../src/main/api/handlers';
import { staffSetupCode } from '../../src/main/staff/pin';
import type { Db } from '../../src/main/store/database';

export function firstStaffSession(handlers: ReturnType<typeof createHandlers>, db: Db, pin = '2468'): string {
  const result = dispatch(handlers, 'staffSetPin', { pin, setupCode: staffSetupCode(db) });
  if (!result.ok) throw new Error(`the first PIN was refused: ${result.reason}`);
  return result.session;
}
