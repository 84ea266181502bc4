// Small things in the organizer's day that stood in a new user's way (issue 14).
import { test, expect } from '../fixtures/station';

test('Escape closes the staff PIN screen and returns to the kiosk', async ({ page, station }) => {
  await page.goto(station.url);
  await page.getByRole('button', { name: 'Personalläge' }).click();
  await expect(page.getByRole('heading', { name: 'Välj en PIN-kod för personalen' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Välkommen till Ledarforum' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Välj en PIN-kod för personalen' })).toHaveCount(0);
});
