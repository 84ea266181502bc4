// Windows has no CUPS: a browser station or the CLI there refuses to print in one sentence that names
// the Electron kiosk, keeps the check-in, and does not crash. Only the platform check is simulated.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openStation } from '../../src/main/kiosk/station';
import { checkInGuest } from '../../src/main/kiosk/check-in';
import { guestStatus } from '../../src/main/store/attendance';
import { getActiveEvent } from '../../src/main/store/events';
import { listGuests } from '../../src/main/store/guests';
import { recentPrintJobs } from '../../src/main/store/print-jobs';
import { messages } from '../../src/renderer/i18n';

const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
afterEach(() => Object.defineProperty(process, 'platform', platform));

it('refuses to print through CUPS on Windows, naming the Electron kiosk, and keeps the check-in', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-windows-'));
  const station = openStation(path.join(dir, 'entre.db'));
  try {
    Object.defineProperty(process, 'platform', { value: 'win32' });
    const [guest] = listGuests(station.db, getActiveEvent(station.db)!.id);
    expect(checkInGuest(station, guest!.id, 'search').kind).toBe('welcome');
    await station.badges!.idle();
    expect(guestStatus(station.db, guest!.id).checkedIn).toBe(true);
    const [job] = recentPrintJobs(station.db, getActiveEvent(station.db)!.id, 1);
    expect(job).toMatchObject({ state: 'failed', error: { code: 'needs-electron-kiosk', detail: null } });
    expect(messages.en['badge.error.needs-electron-kiosk']).toBe(
      'Badges are not printed from here because Windows has no CUPS: print them from the Electron kiosk (npm start or the installed Entré app) on this computer.',
    );
  } finally {
    station.db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
