// The Electron shell itself. It needs the Electron binary, which is fetched on first start and cannot be
// downloaded on the CI machines: there these tests skip, saying why. Everything behind the shell is
// covered through the browser station, and the built main process against a stubbed `electron`
// (test/electron/main-process.test.ts); this spec is the same checks on the real thing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { API_CALL_NAMES } from '../../src/shared/api-calls';
import { runCli } from '../helpers/cli';
import { openStaffMode, openTab, rememberSetupCode } from '../helpers/staff';

function electronBinary(): string | null {
  const dir = path.resolve('node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const nativeBinding = binary && process.env.ENTRE_SQLITE_BINDING;

/** The kiosk on a fresh store (the demo event); `stop` ends it even when a test failed half-way. */
async function launchKiosk(): Promise<{ app: ElectronApplication; stop(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-electron-'));
  const dbFile = path.join(dir, 'entre.db');
  // The organizer's setup code for the first staff PIN, as they would print it for this kiosk.
  const printed = await runCli(['staff-pin', '--setup-code', '--db', dbFile]);
  rememberSetupCode('app://entre/', /Setup code: (\d{4} \d{4})/.exec(printed.stdout)![1]!);
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.'],
    env: { ...process.env, ENTRE_DB: dbFile, ENTRE_DEVTOOLS: '' },
  });
  return {
    app,
    // app.close() asks the app to quit, which the kiosk refuses: end the process instead.
    stop() {
      if (app.process().exitCode === null) app.process().kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const kioskWindow = (app: ElectronApplication) =>
  app.evaluate(({ BrowserWindow }) => {
    const windows = BrowserWindow.getAllWindows();
    return { count: windows.length, kiosk: windows[0]!.isKiosk(), fullScreen: windows[0]!.isFullScreen() };
  });

test.describe('Electron kiosk window', () => {
  test.skip(!binary, 'The Electron binary is not installed on this machine (it cannot be downloaded here).');
  test.skip(
    !!binary && !nativeBinding,
    'Set ENTRE_SQLITE_BINDING to better-sqlite3 prepared for Electron (npm start prepares one in .electron-native/).',
  );

  test('opens the kiosk, locked down, on the demo event', async () => {
    const { app, stop } = await launchKiosk();
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { name: /Ledarforum/ })).toBeVisible();
      expect(page.url()).toBe('app://entre/index.html');
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isKiosk())).toBe(true);
      // Started without ENTRE_DEVTOOLS=1, as npm start does on a kiosk PC: no DevTools, no menu.
      expect(
        await app.evaluate(({ BrowserWindow, Menu }) => ({
          devTools: BrowserWindow.getAllWindows()[0]!.webContents.isDevToolsOpened(),
          menu: Menu.getApplicationMenu(),
        })),
      ).toEqual({ devTools: false, menu: null });
      await page.keyboard.press('F12');
      expect(
        await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.isDevToolsOpened()),
      ).toBe(false);
      const exposed = await page.evaluate(() => ({
        api: Object.keys((window as unknown as { entre: object }).entre).sort(),
        node: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ api: [...API_CALL_NAMES].sort(), node: 'undefined', process: 'undefined' });
      await page.evaluate(() => window.open('https://example.com/'));
      await page.evaluate(() => (window.location.href = 'https://example.com/'));
      await expect(page).toHaveURL('app://entre/index.html');
      expect(app.windows()).toHaveLength(1);
    } finally {
      stop();
    }
  });

  test('comes back after its page crashes, and says so in the door log', async () => {
    const { app, stop } = await launchKiosk();
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { name: /Ledarforum/ })).toBeVisible();
      await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer(),
      );
      await expect(page.getByRole('heading', { name: /Ledarforum/ })).toBeVisible();
      await openStaffMode(page);
      await openTab(page, 'Inställningar');
      await expect(page.getByText('Kioskens sida startades om efter ett fel')).toBeVisible();
    } finally {
      stop();
    }
  });

  test('cannot be closed, reloaded or left by an attendee; staff quit it from settings', async () => {
    const { app, stop } = await launchKiosk();
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { name: /Ledarforum/ })).toBeVisible();
      await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'not reloaded'));
      for (const keys of ['Control+r', 'F5', 'Control+w', 'Control+q', 'Alt+F4', 'Control+F4', 'F11', 'Control+p']) {
        await page.keyboard.press(keys);
      }
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
      await app.evaluate(({ app }) => app.quit());
      expect(await kioskWindow(app)).toEqual({ count: 1, kiosk: true, fullScreen: true });
      expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('not reloaded');
      expect(app.process().exitCode).toBeNull();

      await openStaffMode(page);
      await openTab(page, 'Inställningar');
      await expect(page.getByRole('checkbox', { name: 'Starta kiosken när datorn startar' })).toBeVisible();
      const closed = app.waitForEvent('close');
      await page.getByRole('button', { name: 'Stäng kiosken…' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, stäng kiosken' }).click();
      await closed;
    } finally {
      stop();
    }
  });
});
