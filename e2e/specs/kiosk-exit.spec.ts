// Quitting the kiosk is for the Electron window only (electron-shell.spec.ts): a browser station's
// staff mode shows no such button (the refusal of the call itself is in test/shell/quit-kiosk.test.ts).
import { test, expect } from '../fixtures/station';
import { openStaffMode, openTab } from '../helpers/staff';

test('a browser station offers staff no way to quit the kiosk', async ({ page, station }) => {
  await page.goto(station.url);
  await openStaffMode(page);
  const shell = page.waitForResponse((response) => response.url().endsWith('/api/kioskShell'));
  await openTab(page, 'Inställningar');
  expect(await (await shell).json()).toEqual({ canQuit: false });
  await expect(page.getByRole('region', { name: 'Personallägets logg' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kioskfönstret' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Stäng kiosken…' })).toHaveCount(0);
});
