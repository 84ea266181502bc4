// "Find my name": tolerant of missing diacritics and case, a handful of hits with name and
// department only (a public screen), and a check-in only on confirmation.
import { test, expect } from '../fixtures/station';
import { ANDERSSONS, GUESTS, fullName, guestListCsv } from '../fixtures/guest-list';
import { exportAttendance } from '../helpers/export';
import { idleHeading, searchField, status, text } from '../helpers/ui';
import type { Page } from '@playwright/test';

test.use({ guestList: guestListCsv() });

/** "A handful": more would turn a public screen into a directory of the guest list. */
const HANDFUL = 5;

const hits = (page: Page) => page.locator('.search__hits').getByRole('button');
const hit = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(name) });

async function search(page: Page, query: string) {
  await expect(idleHeading(page)).toBeVisible();
  await searchField(page).fill(query);
}

test.beforeEach(async ({ page, fileStation }) => {
  await page.goto(fileStation.url);
});

for (const [query, guest] of [
  ['palsson', GUESTS.annaKarin],
  ['asa', GUESTS.asa],
  ['OHMAN', GUESTS.bjorn],
  ['anna', GUESTS.annaKarin],
  ['sjög', GUESTS.marta],
] as const) {
  test(`"${query}" finds ${fullName(guest)}`, async ({ page }) => {
    await search(page, query);
    await expect(hit(page, fullName(guest))).toBeVisible();
  });
}

test('hits show name and department, never an e-mail, and only a handful', async ({ page }) => {
  await search(page, 'andersson');
  await expect(hits(page).first()).toBeVisible();
  const count = await hits(page).count();
  expect(count).toBeGreaterThan(1);
  expect(count).toBeLessThanOrEqual(HANDFUL);
  expect(ANDERSSONS.length).toBeGreaterThan(HANDFUL);
  await expect(hits(page).first()).toContainText(ANDERSSONS[0]!.department);
  const screen = (await page.locator('main').textContent()) ?? '';
  expect(screen).not.toContain('@');
  for (const guest of ANDERSSONS) expect(screen).not.toContain(guest.email);
});

test('confirming checks the guest in', async ({ page, fileStation }) => {
  const guest = GUESTS.perOlof;
  await search(page, 'ekstrom');
  await hit(page, fullName(guest)).click();
  await expect(page.getByRole('dialog')).toContainText(text('search.confirmQuestion', { name: fullName(guest) }));
  await page.getByRole('button', { name: text('search.confirm') }).click();
  await expect(status(page)).toContainText(text('result.welcome', { name: fullName(guest) }));
  const row = (await exportAttendance(fileStation)).get(fullName(guest))!;
  expect(row.checked_in).toBe('yes');
  expect(row.method).toBe('search');
});

test('cancelling does not check the guest in', async ({ page, fileStation }) => {
  const guest = GUESTS.ingrid;
  await search(page, 'hakansson');
  await hit(page, fullName(guest)).click();
  await page.getByRole('button', { name: text('search.cancel') }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(searchField(page)).toBeVisible();
  await expect(status(page)).toBeEmpty();
  expect((await exportAttendance(fileStation)).get(fullName(guest))!.checked_in).toBe('no');
});

test('a search that cannot reach the station says so, never that the guest is not on the list', async ({ page }) => {
  await page.route('**/api/searchGuests', (route) => route.abort('connectionrefused'));
  await search(page, 'palsso');
  await expect(page.getByRole('alert')).toHaveText(text('error.store-unreachable'));
  await expect(
    page.locator('.search__empty').filter({ hasText: text('search.noHits', { query: 'palsso' }) }),
  ).toHaveCount(0);

  // Back in reach, the next letter finds the guest.
  await page.unroute('**/api/searchGuests');
  await searchField(page).press('End');
  await searchField(page).pressSequentially('n');
  await expect(hit(page, fullName(GUESTS.annaKarin))).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
