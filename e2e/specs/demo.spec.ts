// A fresh kiosk with an empty store opens on the demo event, so it can be tried at once.
import { test, expect } from '../fixtures/station';
import { exportAttendance } from '../helpers/export';
import { idleHeading, searchField, status, text } from '../helpers/ui';
import { wedgeScan } from '../helpers/wedge';

test('an empty store opens on "Ledarforum" with Swedish managers to find', async ({ page, fileStation }) => {
  await page.goto(fileStation.url);
  await expect(idleHeading(page, 'Ledarforum')).toBeVisible();
  await expect(page.getByText(text('idle.instruction'))).toBeVisible();

  await searchField(page).fill('palsson');
  await expect(page.getByRole('button', { name: /Pålsson/ })).toBeVisible();

  const guests = [...(await exportAttendance(fileStation)).values()];
  expect(guests.length).toBeGreaterThanOrEqual(30);
  const names = guests.map((guest) => guest.name).join(' ');
  for (const letter of ['å', 'ä', 'ö', 'Å', 'Ö', '-']) expect(names).toContain(letter);
  expect(new Set(guests.map((guest) => guest.department))).toContain('Socialförvaltningen');
  expect(guests.every((guest) => guest.checked_in === 'no')).toBe(true);
});

test('the demo event refuses a made-up code like any other', async ({ page, fileStation }) => {
  await page.goto(fileStation.url);
  await expect(idleHeading(page)).toBeVisible();
  await wedgeScan(page, 'demo0not0a0code');
  await expect(status(page)).toContainText(text('result.unknown'));
});
