import { test, expect } from '../fixtures/station';

test('an empty store opens on the demo event', async ({ page, station }) => {
  await page.goto(station.url);
  await expect(page.getByRole('heading', { name: 'Välkommen till Ledarforum' })).toBeVisible();
});
