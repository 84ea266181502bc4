// A 10,000-guest conference in staff mode (issue 15): the list shows its first page, pages on, filters
// as staff type, checks a guest in by hand from the filtered list, and the dashboard counts it.
import { test, expect } from '../fixtures/station';
import { openStaffMode, openTab } from '../helpers/staff';
import { syntheticCsv } from '../../bench/fixtures/guest-list';

test.use({ guestList: syntheticCsv(10_000) });

test('10,000 guests: first rows, more rows, a filter, a check-in by hand and the dashboard', async ({
  page,
  station,
}) => {
  await page.goto(station.url);
  await openStaffMode(page);
  const rows = page.locator('tbody tr');
  await expect(page.getByText('10000 gäster')).toBeVisible();
  await expect(rows).toHaveCount(100);
  // Swedish order: Bäckström before Dahlén, Å, Ä and Ö last.
  await expect(rows.first()).toContainText('Ali Bäckström');
  await page.getByRole('button', { name: 'Visa 100 till' }).click();
  await expect(rows).toHaveCount(200);
  await expect(page.getByText('Visar 200 av 10000')).toBeVisible();

  await page.getByLabel('Sök gäst').fill('karlsson-5000');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Jonas Karlsson-5000');
  await expect(page.getByText('1 gäst', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Saknas' }).click();
  await page.getByRole('button', { name: 'Checka in Jonas Karlsson-5000' }).click();
  await expect(page.getByRole('status').getByText('Jonas Karlsson-5000 är incheckad.')).toBeVisible();
  // Checked in, the guest leaves the missing filter; under "arrived" it shows with its time.
  await expect(rows).toHaveCount(0);
  await page.getByRole('button', { name: 'Har kommit' }).click();
  await expect(page.getByRole('row', { name: /Jonas Karlsson-5000/ })).toContainText(/Kom \d\d:\d\d/);

  await openTab(page, 'Översikt');
  await expect(page.getByTestId('arrived')).toHaveText('1 av 10000');
  await expect(page.getByTestId('missing')).toHaveText('9999');
  await expect(page.getByTestId('latest')).toContainText('Jonas Karlsson-5000');
});
