// Leaving the kiosk window: only staff with an open session can quit it, only where there is a kiosk
// window to quit; a browser station refuses and keeps serving.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { createHandlers, dispatch } from '../../src/main/api/handlers';
import { startHttpStation } from '../../src/main/api/http-station';
import { httpRoute, type ApiCallName } from '../../src/shared/api';
import type { KioskShell } from '../../src/main/shell/handlers';
import { refusal } from '../helpers/refusal';
import { tempDir, tempStation } from '../helpers/temp';
import { firstStaffSession } from '../helpers/staff-session';
import { staffSetupCode } from '../../src/main/staff/pin';

/** The Electron window's side of the seam: counts the quits main would let through. */
function kioskWindow(): KioskShell & { quits: number } {
  const shell = { quits: 0, quit: () => void shell.quits++, autostart: { enabled: () => false, set: () => {} } };
  return shell;
}

describe('quitKiosk', () => {
  it('quits the kiosk window for unlocked staff', () => {
    const shell = kioskWindow();
    const { station } = tempStation([]);
    const handlers = createHandlers(station, shell);
    expect(dispatch(handlers, 'kioskShell', {})).toEqual({ canQuit: true });
    const session = firstStaffSession(handlers, station.db);
    expect(dispatch(handlers, 'quitKiosk', { session })).toEqual({ quitting: true });
    expect(shell.quits).toBe(1);
    // The organizer can see afterwards that staff, not a power cut, ended the kiosk.
    expect(dispatch(handlers, 'staffDoorLog', { session })[0]).toMatchObject({ kind: 'kiosk-quit' });
  });

  it('refuses an attendee without a session, with a made-up one, and after staff locked', () => {
    const shell = kioskWindow();
    const { station } = tempStation([]);
    const handlers = createHandlers(station, shell);
    expect(refusal(() => dispatch(handlers, 'quitKiosk', {})).body.code).toBe('invalid-arguments');
    expect(refusal(() => dispatch(handlers, 'quitKiosk', { session: 'x'.repeat(43) })).body.code).toBe('staff-locked');
    const session = firstStaffSession(handlers, station.db);
    dispatch(handlers, 'staffLock', { session });
    expect(refusal(() => dispatch(handlers, 'quitKiosk', { session })).body).toEqual({
      code: 'staff-locked',
      reason: 'staff-locked',
      message: 'Staff mode is locked: enter the PIN again.',
    });
    expect(refusal(() => dispatch(handlers, 'quitKiosk', { session, force: true })).body.code).toBe(
      'invalid-arguments',
    );
    expect(shell.quits).toBe(0);
  });

  it('has nothing to quit in a browser station, and says so only to staff', () => {
    const { station } = tempStation([]);
    const handlers = createHandlers(station);
    expect(dispatch(handlers, 'kioskShell', {})).toEqual({ canQuit: false });
    expect(refusal(() => dispatch(handlers, 'quitKiosk', { session: 'x'.repeat(43) })).body.code).toBe('staff-locked');
    const session = firstStaffSession(handlers, station.db);
    const error = refusal(() => dispatch(handlers, 'quitKiosk', { session }));
    expect(error.body.code).toBe('unsupported');
    expect(error.body.message).toMatch(/close the browser tab.*keeps running/);
    // The refusal does not end the staff session.
    expect(dispatch(handlers, 'staffDepartments', { session })).toEqual([]);
  });

  it('is refused over HTTP, and the station keeps serving', async () => {
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Entré</title>');
    const { station: kiosk } = tempStation([]);
    const station = await startHttpStation({
      station: kiosk,
      host: '127.0.0.1',
      port: 0,
      rendererDir,
    });
    onTestFinished(() => station.close());
    const post = async (name: ApiCallName, body: unknown) => {
      const response = await fetch(new URL(httpRoute(name), station.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    };
    expect(await post('kioskShell', {})).toEqual({ status: 200, body: { canQuit: false } });
    expect((await post('quitKiosk', { session: 'x'.repeat(43) })).body.error.code).toBe('staff-locked');
    const { session } = (await post('staffSetPin', { pin: '2468', setupCode: staffSetupCode(kiosk.db) })).body;
    const refused = await post('quitKiosk', { session });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('unsupported');
    expect((await post('kioskShell', {})).status).toBe(200);
  });
});
