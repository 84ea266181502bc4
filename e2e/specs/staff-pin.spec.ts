import { test, expect } from '../fixtures/station';
import { openStaffMode, STAFF_PIN } from '../helpers/staff';

const KIOSK_HEADING = 'Välkommen till Ledarforum';

test('the PIN is chosen on first start, wrong PINs lock staff mode out, and main refuses calls without a session', async ({
  page,
  station,
}) => {
  await page.goto(station.url);
  await openStaffMode(page);
  await page.getByRole('button', { name: 'Lås', exact: true }).click();
  await expect(page.getByRole('heading', { name: KIOSK_HEADING })).toBeVisible();

  await page.getByRole('button', { name: 'Personalläge' }).click();
  const pin = page.getByLabel('PIN-kod', { exact: true });
  // Too short to be a PIN: said so, and no try is used up.
  await pin.fill('12');
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(page.getByText('PIN-koden ska vara 4–12 siffror.')).toBeVisible();
  for (let left = 4; left >= 1; left--) {
    await pin.fill('1111');
    await page.getByRole('button', { name: 'Lås upp' }).click();
    await expect(page.getByText(`Fel PIN-kod. ${left} försök kvar.`)).toBeVisible();
  }
  await pin.fill('1111');
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(page.getByText(/För många fel försök. Personalläget är låst till/)).toBeVisible();
  // Even the right PIN is refused while locked out.
  await pin.fill(STAFF_PIN);
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(page.getByText(/Personalläget är låst till/)).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);

  // The renderer cannot skip the PIN: main checks the session of every staff call.
  const forged = await page.request.post(new URL('/api/staffGuests', station.url).href, {
    data: { session: 'x'.repeat(43), query: '', filter: 'all' },
  });
  expect(forged.status()).toBe(400);
  expect((await forged.json()).error.code).toBe('staff-locked');
});

test('staff mode locks itself after three minutes without input', async ({ page, station }) => {
  await page.clock.install();
  await page.goto(station.url);
  await openStaffMode(page);
  await page.clock.fastForward('02:00');
  await page.getByRole('navigation').getByRole('button', { name: 'Översikt' }).click();
  await page.clock.fastForward('02:00');
  // Input two minutes ago kept it open.
  await expect(page.getByRole('heading', { name: 'Personalläge', level: 1 })).toBeVisible();
  await page.clock.fastForward('01:10');
  await expect(page.getByRole('heading', { name: KIOSK_HEADING })).toBeVisible();
});
