// The kiosk speaks Swedish first; a guest can switch to English for their own visit only: a reload
// (like the idle reset, see kiosk-idle.spec.ts) is back in the kiosk's own language.
import { test, expect } from '../fixtures/station';
import { idleHeading, searchField, status, text } from '../helpers/ui';
import { wedgeScan } from '../helpers/wedge';

test('switching to English shows English texts, and back', async ({ page, fileStation }) => {
  await page.goto(fileStation.url);
  await expect(idleHeading(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

  await page.getByRole('button', { name: text('language.switch') }).click();
  await expect(idleHeading(page, 'Ledarforum', 'en')).toBeVisible();
  await expect(page.getByText(text('idle.instruction', {}, 'en'))).toBeVisible();
  await expect(searchField(page, 'en')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await wedgeScan(page, 'zz9unknown0code0zz');
  await expect(status(page)).toContainText(text('result.unknown', {}, 'en'));

  await page.getByRole('button', { name: text('language.switch', {}, 'en') }).click();
  await expect(idleHeading(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

  await page.getByRole('button', { name: text('language.switch') }).click();
  await expect(idleHeading(page, 'Ledarforum', 'en')).toBeVisible();
  await page.reload();
  await expect(idleHeading(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});
