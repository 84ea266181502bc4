// The BUILT Electron main process (out/main/index.js), loaded against a stub of `electron` that plays
// Electron's part: every handler main registers is driven with the shapes Electron really passes.
// The Electron binary itself cannot be downloaded here; e2e/specs/electron-shell.spec.ts runs where it can.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, type ApiCallName } from '../../src/shared/api-calls';
import { BADGE_PRESETS } from '../../src/shared/badge/presets';
import type { BadgeSettings, PrintJob } from '../../src/shared/badge/print-jobs';
import { LATEST_SCHEMA_VERSION } from '../../src/main/store/migrations';
import { openDatabase } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { insertGuest } from '../../src/main/store/guests';
import { staffSetupCode } from '../../src/main/staff/pin';
import { tempDir } from '../helpers/temp';
import { ensureBuiltMain, loadMain, type ElectronStub } from './built-main';

const PAGE = 'app://entre/index.html';

beforeAll(() => ensureBuiltMain(), 120_000);

let dir: string;
const saved = { ...process.env };
beforeEach(() => {
  dir = tempDir();
  process.env.ENTRE_DB = path.join(dir, 'entre.db');
  process.env.XDG_CONFIG_HOME = path.join(dir, 'config');
  delete process.env.ENTRE_DEVTOOLS;
  delete process.env.ENTRE_SQLITE_BINDING;
});
afterEach(() => {
  process.env = { ...saved };
  vi.useRealTimers();
});

/** A call over IPC as the page (or another frame) makes it: the reply main sends back. */
async function call(electron: ElectronStub, name: ApiCallName, args: unknown = {}, from: string | null = PAGE) {
  const handler = electron.stub.ipcHandlers.get(ipcChannel(name));
  if (!handler) throw new Error(`main registered no handler for ${name}`);
  return (await handler({ senderFrame: from === null ? null : { url: from } }, args)) as {
    result?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
    error?: { code: string; message: string };
  };
}

async function staffSession(electron: ElectronStub): Promise<string> {
  // The organizer's setup code, read from the store as `entre staff-pin --setup-code` does.
  const db = openDatabase(process.env.ENTRE_DB!);
  const setupCode = staffSetupCode(db);
  db.close();
  return (await call(electron, 'staffSetPin', { pin: '2468', setupCode })).result.session;
}

const kioskWindow = (electron: ElectronStub) => electron.stub.windows[0]!;

describe('starting', () => {
  it('registers app:// as a privileged scheme before the app is ready, and serves the UI with its CSP', async () => {
    const electron = await loadMain();
    expect(electron.stub.privilegedSchemes).toEqual([
      {
        schemes: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
        beforeReady: true,
      },
    ]);
    const serve = electron.stub.protocolHandlers.get('app')!;
    const page = await serve({ url: PAGE });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<div id="root">');
    expect((await serve({ url: 'app://entre/..%2f..%2fpackage.json' })).status).toBe(404);
    expect(kioskWindow(electron).loads).toEqual([PAGE]);
  });

  it('opens one kiosk window without DevTools or a menu, and keeps the display awake', async () => {
    const electron = await loadMain();
    expect(electron.stub.windows).toHaveLength(1);
    expect(kioskWindow(electron).options).toMatchObject({ kiosk: true, fullscreen: true });
    expect((kioskWindow(electron).options.webPreferences as { devTools: boolean }).devTools).toBe(false);
    expect(electron.stub.applicationMenu).toBeNull();
    expect(electron.stub.powerSaveBlockers).toEqual(['prevent-display-sleep']);
  });

  it('gives DevTools and the menu to a developer who starts it with ENTRE_DEVTOOLS=1', async () => {
    process.env.ENTRE_DEVTOOLS = '1';
    const electron = await loadMain();
    expect((kioskWindow(electron).options.webPreferences as { devTools: boolean }).devTools).toBe(true);
    expect(electron.stub.applicationMenu).toBe('default');
  });
});

describe('one kiosk at a time', () => {
  it('quits a second instance before it opens anything', async () => {
    const electron = await loadMain((e) => (e.stub.singleInstanceLock = false));
    expect(electron.stub.quits).toBe(1);
    expect(electron.stub.windows).toHaveLength(0);
    expect(electron.stub.ipcHandlers.size).toBe(0);
    expect(fs.existsSync(process.env.ENTRE_DB!)).toBe(false);
  });

  it('brings the first kiosk to the front when a second one is started', async () => {
    const electron = await loadMain();
    const window = kioskWindow(electron);
    window.minimized = true;
    electron.app.emit('second-instance', {}, ['entre-kiosk'], '/');
    expect(window.actions).toEqual(['restore', 'show', 'focus']);
  });
});

describe('a start-up that fails says why and ends', () => {
  async function failedStart() {
    const electron = await loadMain();
    expect(electron.stub.windows).toHaveLength(0);
    expect(electron.stub.exitCodes).toEqual([1]);
    expect(electron.stub.errorBoxes).toHaveLength(1);
    expect(electron.stub.errorBoxes[0]!.title).toBe('Entré could not start');
    return electron.stub.errorBoxes[0]!.content;
  }

  it('when the store was written by a newer Entré', async () => {
    const db = new Database(process.env.ENTRE_DB!);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    expect(await failedStart()).toMatch(/^This store was written by a newer version of Entré .*left untouched\./);
  });

  it('when the store folder cannot be written', async () => {
    process.env.ENTRE_DB = '/sys/entre-kiosk-test/entre.db';
    expect(await failedStart()).toMatch(
      /^Entré cannot write its store in \/sys\/entre-kiosk-test \(E[A-Z]+\)\. Let the kiosk user write to that folder, or name another store with the ENTRE_DB environment variable\.$/,
    );
  });

  it('when the SQLite driver is not one for this Electron', async () => {
    process.env.ENTRE_SQLITE_BINDING = path.join(dir, 'better_sqlite3.node');
    fs.writeFileSync(process.env.ENTRE_SQLITE_BINDING, 'not a native module');
    expect(await failedStart()).toMatch(
      /^The SQLite driver \(better-sqlite3\) was not built for this Electron release\./,
    );
  });
});

describe('calls over IPC', () => {
  it('answers the app page and refuses every other sender', async () => {
    const electron = await loadMain();
    expect((await call(electron, 'getKioskInfo')).result.event.name).toMatch(/Ledarforum/);
    for (const from of [null, 'https://evil.example/', 'file:///etc/passwd', 'app://entre.evil.example/index.html']) {
      expect(await call(electron, 'getKioskInfo', {}, from)).toEqual({
        error: { code: 'invalid-arguments', message: 'Calls are accepted only from the kiosk page.' },
      });
    }
  });
});

describe('navigation, new windows and downloads', () => {
  it('keeps the page inside the app, opens no windows, and saves exports in Documents under a safe name', async () => {
    const electron = await loadMain((e) => (e.stub.paths.documents = '/home/kiosk/Documents'));
    const contents = kioskWindow(electron).webContents;
    const navigate = (event: string, url: string) => {
      const attempt = { defaultPrevented: false, preventDefault: () => (attempt.defaultPrevented = true) };
      contents.emit(event, attempt, url);
      return attempt.defaultPrevented ? 'refused' : 'allowed';
    };
    expect(navigate('will-navigate', 'app://entre/index.html#staff')).toBe('allowed');
    expect(navigate('will-navigate', 'https://example.com/')).toBe('refused');
    expect(navigate('will-redirect', 'file:///etc/passwd')).toBe('refused');
    expect((contents.windowOpenHandler as (details: object) => unknown)({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });

    const download = (name: string) => {
      const item = Object.assign(new EventEmitter(), {
        getFilename: () => name,
        setSaveDialogOptions: (options: { defaultPath?: string }) => (item.dialog = options),
        dialog: {} as { defaultPath?: string },
      });
      electron.session.defaultSession.emit('will-download', {}, item);
      return item;
    };
    const hostile = download('../../.bashrc');
    expect(path.dirname(hostile.dialog.defaultPath!)).toBe('/home/kiosk/Documents');
    expect(path.basename(hostile.dialog.defaultPath!)).not.toContain('/');

    // The kiosk has no download bar: an export that stops says so, one that finishes says nothing.
    download('narvaro.xlsx').emit('done', {}, 'completed');
    expect(electron.stub.errorBoxes).toEqual([]);
    download('narvaro.xlsx').emit('done', {}, 'interrupted');
    expect(electron.stub.errorBoxes).toHaveLength(1);
    expect(electron.stub.errorBoxes[0]!.content).toContain('narvaro.xlsx sparades inte: exporten avbröts.');
  });

  it('sends an offered staff export from app:// with its name for the save dialog, and only once', async () => {
    const db = openDatabase(process.env.ENTRE_DB!);
    const event = createEvent(db, { name: 'Ledarforum', startsOn: '2026-03-12', venue: null });
    setActiveEvent(db, event.id);
    insertGuest(db, {
      firstName: 'Åsa',
      lastName: 'Öhman',
      title: '',
      department: '',
      email: '',
      code: 'asa00001',
      eventId: event.id,
      source: 'import',
    });
    db.close();
    const electron = await loadMain();
    const session = await staffSession(electron);
    const offer = (await call(electron, 'staffExport', { session, format: 'csv', scope: 'missing' })).result;
    const serve = electron.stub.protocolHandlers.get('app')!;

    const file = await serve({ url: `app://entre${offer.url}` });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain(`filename="${offer.fileName}"`);
    expect(await file.text()).toContain('Åsa Öhman');
    const again = await serve({ url: `app://entre${offer.url}` });
    expect(again.status).toBe(404);
    expect(await again.text()).toMatch(/^Den här nedladdningen har redan använts.*\n\nThis download has been used/);
  });
});

describe('permissions', () => {
  it('grants the camera to the app page, asked with the URL shapes Electron passes', async () => {
    const electron = await loadMain();
    const contents = { getURL: () => PAGE };
    const request = (permission: string, details: object, from = contents) =>
      new Promise((resolve) => electron.stub.permissionRequestHandler!(from, permission, resolve, details));
    expect(await request('media', { mediaTypes: ['video'], requestingUrl: PAGE })).toBe(true);
    expect(await request('media', { mediaTypes: ['video', 'audio'], requestingUrl: PAGE })).toBe(false);
    expect(await request('geolocation', { requestingUrl: PAGE })).toBe(false);
    expect(await request('media', { mediaTypes: ['video'] }, { getURL: () => 'https://evil.example/' })).toBe(false);

    const check = (origin: string, details: object) =>
      electron.stub.permissionCheckHandler!(contents, 'media', origin, details);
    // Listing cameras asks this first: with a false answer the camera list stays empty.
    expect(check('app://entre/', { mediaType: 'video', requestingUrl: PAGE, securityOrigin: 'app://entre/' })).toBe(
      true,
    );
    expect(check(PAGE, { mediaType: 'video', requestingUrl: PAGE })).toBe(true);
    expect(check('app://entre', { mediaType: 'unknown' })).toBe(true);
    expect(check('app://entre/', { mediaType: 'audio' })).toBe(false);
    expect(check('https://evil.example/', { mediaType: 'video' })).toBe(false);
    expect(electron.stub.permissionCheckHandler!(contents, 'notifications', 'app://entre/', {})).toBe(false);
  });
});

describe('a page that crashes or hangs', () => {
  it('is loaded again, sooner the first time than when it keeps failing, and the door log says so', async () => {
    const electron = await loadMain();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const window = kioskWindow(electron);
    const gone = (reason: string, exitCode: number) =>
      window.webContents.emit('render-process-gone', {}, { reason, exitCode });

    gone('crashed', 139);
    vi.advanceTimersByTime(0);
    expect(window.loads).toEqual([PAGE, PAGE]);
    gone('oom', 1);
    vi.advanceTimersByTime(999);
    expect(window.loads).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(window.loads).toHaveLength(3);
    gone('crashed', 139);
    vi.advanceTimersByTime(1999);
    expect(window.loads).toHaveLength(3);
    vi.advanceTimersByTime(1);
    expect(window.loads).toHaveLength(4);
    vi.useRealTimers();

    const session = await staffSession(electron);
    const log = (await call(electron, 'staffDoorLog', { session })).result as { kind: string; detail: string }[];
    // Newest first, as staff read it.
    expect(log.filter((entry) => entry.kind === 'kiosk-restarted').map((entry) => entry.detail)).toEqual([
      'crashed (exit code 139); page loaded again after 2 s',
      'oom (exit code 1); page loaded again after 1 s',
      'crashed (exit code 139); page loaded again after 0 s',
    ]);
  });

  it('ends a renderer that stays hung and loads the page again; one that recovers is left alone', async () => {
    const electron = await loadMain();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const window = kioskWindow(electron);
    window.webContents.emit('unresponsive');
    vi.advanceTimersByTime(5_000);
    window.webContents.emit('responsive');
    vi.advanceTimersByTime(60_000);
    expect(window.loads).toEqual([PAGE]);

    window.webContents.emit('unresponsive');
    vi.advanceTimersByTime(9_999);
    expect(window.loads).toEqual([PAGE]);
    // The renderer is ended at 10 s; the reload it triggers is due at once (fake timers make that 1 ms).
    vi.advanceTimersByTime(2);
    expect(window.loads).toEqual([PAGE, PAGE]);
    vi.useRealTimers();
    const session = await staffSession(electron);
    const log = (await call(electron, 'staffDoorLog', { session })).result as { kind: string; detail: string }[];
    expect(log.find((entry) => entry.kind === 'kiosk-restarted')?.detail).toBe(
      'killed (exit code 9); page loaded again after 0 s',
    );
  });
});

describe('badges printed by Electron', () => {
  async function printWith(electron: ElectronStub, session: string, preset: keyof typeof BADGE_PRESETS) {
    const settings = (await call(electron, 'getBadgeSettings')).result as BadgeSettings;
    await call(electron, 'saveBadgeSettings', {
      session,
      design: { ...settings.design, preset },
      printer: settings.printer,
    });
    const [guest] = (await call(electron, 'searchGuests', { query: 'Yilmaz' })).result as { id: string }[];
    const job = (await call(electron, 'reprintBadge', { session, guestId: guest!.id })).result as PrintJob;
    await vi.waitFor(() => expect(electron.stub.prints).toHaveLength(1), { timeout: 10_000 });
    const print = electron.stub.prints.pop()!;
    return { job, print };
  }

  const jobState = async (electron: ElectronStub, id: string) =>
    ((await call(electron, 'listPrintJobs')).result as PrintJob[]).find((job) => job.id === id)!;

  it('prints each preset silently at its size in microns, landscape when the label is wider than tall', async () => {
    const electron = await loadMain();
    const session = await staffSession(electron);
    for (const preset of Object.values(BADGE_PRESETS)) {
      const { job, print } = await printWith(electron, session, preset.id);
      const short = Math.min(preset.pageWidthMm, preset.pageHeightMm) * 1000;
      const long = Math.max(preset.pageWidthMm, preset.pageHeightMm) * 1000;
      expect(print.options, preset.id).toMatchObject({
        silent: true,
        deviceName: 'Badges',
        margins: { marginType: 'none' },
        landscape: preset.pageWidthMm > preset.pageHeightMm,
        pageSize: { width: Math.round(short), height: Math.round(long) },
      });
      expect(print.html).toContain(`size: ${preset.pageWidthMm}mm ${preset.pageHeightMm}mm`);
      print.answer(true);
      // Electron says only that the system took the job: "sent", never "printed".
      await vi.waitFor(async () => expect((await jobState(electron, job.id)).state).toBe('sent'));
    }
  });

  it('reports a print Electron could not hand over as failed, with its reason', async () => {
    const electron = await loadMain();
    const session = await staffSession(electron);
    const { job, print } = await printWith(electron, session, 'a6');
    print.answer(false, 'cancelled');
    await vi.waitFor(async () =>
      expect(await jobState(electron, job.id)).toMatchObject({
        state: 'failed',
        error: { code: 'failed', detail: 'cancelled' },
      }),
    );
  });
});

describe('starting with the computer', () => {
  it('writes and removes an XDG autostart entry on Linux, for staff only', async () => {
    const electron = await loadMain();
    expect((await call(electron, 'kioskAutostart', {})).error?.code).toBe('invalid-arguments');
    const session = await staffSession(electron);
    expect((await call(electron, 'kioskAutostart', { session })).result).toEqual({ enabled: false });
    expect((await call(electron, 'setKioskAutostart', { session, enabled: true })).result).toEqual({ enabled: true });
    const entry = fs.readFileSync(path.join(dir, 'config/autostart/entre-kiosk.desktop'), 'utf8');
    expect(entry).toContain('[Desktop Entry]\nType=Application\n');
    expect(entry).toContain(`Exec=env ENTRE_DB=${process.env.ENTRE_DB} ${process.execPath} /the-app\n`);
    expect((await call(electron, 'kioskAutostart', { session })).result).toEqual({ enabled: true });
    expect((await call(electron, 'setKioskAutostart', { session, enabled: false })).result).toEqual({ enabled: false });
    expect(fs.existsSync(path.join(dir, 'config/autostart/entre-kiosk.desktop'))).toBe(false);
  });

  it("uses Electron's login items on Windows", async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'win32' });
    try {
      const electron = await loadMain();
      const session = await staffSession(electron);
      expect((await call(electron, 'setKioskAutostart', { session, enabled: true })).result).toEqual({ enabled: true });
      expect(electron.stub.loginItems).toEqual([{ path: process.execPath, args: ['/the-app'], openAtLogin: true }]);
      expect(fs.existsSync(path.join(dir, 'config/autostart'))).toBe(false);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });
});
