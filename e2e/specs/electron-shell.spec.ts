// The Electron shell itself. It needs the Electron binary, which is fetched on first start and cannot be
// downloaded on the CI machines: there these tests skip, saying why. Everything behind the shell is
// covered through the browser station.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { API_CALL_NAMES } from '../../src/shared/api-calls';

function electronBinary(): string | null {
  const dir = path.resolve('node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const nativeBinding = binary && process.env.ENTRE_SQLITE_BINDING;

test.describe('Electron kiosk window', () => {
  test.skip(!binary, 'The Electron binary is not installed on this machine (it cannot be downloaded here).');
  test.skip(
    !!binary && !nativeBinding,
    'Set ENTRE_SQLITE_BINDING to better-sqlite3 built for Electron (npm start builds one in .electron-native/).',
  );

  test('opens the kiosk, locked down, on the demo event', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.'],
      env: { ...process.env, ENTRE_DB: path.join(dir, 'entre.db') },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { name: /Ledarforum/ })).toBeVisible();
      expect(page.url()).toBe('app://entre/index.html');
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isKiosk())).toBe(true);
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
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
