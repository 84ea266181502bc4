// The attendee screens for everybody in the queue: axe-core finds nothing serious, every target takes
// a fingertip, everything works by keyboard alone, and reduced motion is respected.
import { test, expect } from '../fixtures/station';
import { GUESTS, fullName, guestListCsv } from '../fixtures/guest-list';
import { expectNoSeriousAxeFindings, expectNothingMoves, expectTouchTargets } from '../helpers/accessibility';
import { wedgeScan } from '../helpers/wedge';
import { idleHeading, searchField, status, text, textPattern } from '../helpers/ui';

test.use({ guestList: guestListCsv() });

test('idle, search, confirmation and every result pass axe with fingertip-sized targets', async ({
  page,
  fileStation,
}) => {
  await page.goto(fileStation.url);
  await expect(idleHeading(page)).toBeVisible();
  await expectNoSeriousAxeFindings(page, 'idle');
  await expectTouchTargets(page, 'idle');

  await searchField(page).fill('lind');
  await expect(page.getByRole('button', { name: new RegExp(fullName(GUESTS.asa)) })).toBeVisible();
  await expectNoSeriousAxeFindings(page, 'search hits');
  await expectTouchTargets(page, 'search hits');

  await page.getByRole('button', { name: new RegExp(fullName(GUESTS.asa)) }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousAxeFindings(page, 'confirmation');
  await expectTouchTargets(page, 'confirmation');
  await page.getByRole('button', { name: text('search.cancel') }).click();

  await wedgeScan(page, GUESTS.karin.code);
  await expect(status(page)).toContainText(fullName(GUESTS.karin));
  await expectNoSeriousAxeFindings(page, 'welcome');

  await wedgeScan(page, GUESTS.karin.code);
  await expect(status(page)).toContainText(textPattern('result.already', { name: fullName(GUESTS.karin) }));
  await expectNoSeriousAxeFindings(page, 'already checked in');

  await wedgeScan(page, 'nosuchcode000000');
  await expect(status(page)).toContainText(text('result.unknown'));
  await expectNoSeriousAxeFindings(page, 'not recognised');
});

test('a guest can find their name and check in by keyboard alone', async ({ page, fileStation }) => {
  const guest = GUESTS.lena;
  await page.goto(fileStation.url);
  await expect(idleHeading(page)).toBeVisible();
  const field = searchField(page);
  for (let tab = 0; tab < 5 && !(await field.evaluate((el) => el === document.activeElement)); tab++) {
    await page.keyboard.press('Tab');
  }
  await expect(field).toBeFocused();
  await page.keyboard.type('gronlund', { delay: 80 });
  const hit = page.getByRole('button', { name: new RegExp(fullName(guest)) });
  await expect(hit).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(hit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: text('search.confirm') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText(text('result.welcome', { name: fullName(guest) }));
});

test('reduced motion turns transitions off', async ({ page, fileStation }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(fileStation.url);
  await expect(idleHeading(page)).toBeVisible();
  const duration = await page.locator('main').evaluate((main) => getComputedStyle(main).transitionDuration);
  expect(duration).toBe('0s');
  await expectNothingMoves(page, 'idle');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const normal = await page.locator('main').evaluate((main) => getComputedStyle(main).transitionDuration);
  expect(normal).not.toBe('0s');
});
