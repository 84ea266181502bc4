// A public screen forgets: 30 s after the last touch, key or scan, the kiosk is back at its idle
// screen — search text, hits, an open "Är du …?" question and the guest's language included. The
// page's clock is Playwright's, paused: the page's time moves only when the test moves it, so however
// long the test's own steps take on a busy machine, none of it counts towards the 30 s.
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/station';
import { GUESTS, fullName, guestListCsv } from '../fixtures/guest-list';
import { idleHeading, searchField, text } from '../helpers/ui';

test.use({ guestList: guestListCsv() });

const IDLE_MS = 30_000;
const START = new Date('2026-03-12T09:00:00+01:00').getTime();

async function pausedClock(page: Page): Promise<void> {
  await page.clock.install({ time: START });
  await page.clock.pauseAt(START + 1_000);
}

/** The name search waits for typing to pause (a fraction of a second) before it asks. */
const searchPause = (page: Page) => page.clock.runFor(1_000);

test('search text and hits are forgotten 30 s after the last touch, and not before', async ({ page, fileStation }) => {
  await pausedClock(page);
  await page.goto(fileStation.url);
  await searchField(page).click();
  await searchField(page).fill('lind');
  await searchPause(page);
  const hit = page.getByRole('button', { name: new RegExp(fullName(GUESTS.asa)) });
  await expect(hit).toBeVisible();
  const touch = () => page.getByRole('heading', { level: 1 }).click();
  await touch();

  await page.clock.fastForward(IDLE_MS - 100);
  await expect(hit).toBeVisible();
  // A touch anywhere counts: the guest is still there.
  await touch();
  await page.clock.fastForward(IDLE_MS - 100);
  await expect(hit).toBeVisible();
  await expect(searchField(page)).toHaveValue('lind');

  await page.clock.fastForward(100);
  await expect(hit).toHaveCount(0);
  await expect(searchField(page)).toHaveValue('');
});

test("an open question and the guest's language are forgotten, back to the kiosk's own language", async ({
  page,
  fileStation,
}) => {
  await pausedClock(page);
  await page.goto(fileStation.url);
  await page.getByRole('button', { name: text('language.switch') }).click();
  await searchField(page, 'en').fill('ohman');
  await searchPause(page);
  await page.getByRole('button', { name: new RegExp(fullName(GUESTS.bjorn)) }).click();
  await expect(page.getByRole('dialog')).toContainText(
    text('search.confirmQuestion', { name: fullName(GUESTS.bjorn) }, 'en'),
  );

  await page.clock.fastForward(IDLE_MS + 1_000);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(idleHeading(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(searchField(page)).toHaveValue('');

  // Where staff made English the kiosk's language, a guest's Swedish is forgotten the same way.
  await page.evaluate(() => localStorage.setItem('entre.language', 'en'));
  await page.reload();
  await expect(idleHeading(page, 'Ledarforum', 'en')).toBeVisible();
  await page.getByRole('button', { name: text('language.switch', {}, 'en') }).click();
  await expect(idleHeading(page)).toBeVisible();
  await page.clock.fastForward(IDLE_MS + 1_000);
  await expect(idleHeading(page, 'Ledarforum', 'en')).toBeVisible();
});
