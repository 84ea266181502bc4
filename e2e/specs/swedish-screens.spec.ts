// Every Swedish screen speaks Swedish: no English message and no raw message key anywhere, on the
// kiosk (idle, search, question, each result) and in every staff tab. And the kiosk page itself
// loads cleanly: no console error, no failed request (the favicon included).
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/station';
import { GUESTS, fullName, guestListCsv } from '../fixtures/guest-list';
import { openStaffMode } from '../helpers/staff';
import { idleHeading, searchField, status, text, TEXTS, textPattern } from '../helpers/ui';
import { wedgeScan } from '../helpers/wedge';

test.use({ guestList: guestListCsv() });

/**
 * Pieces of English that only an untranslated screen would show: the literal parts of every English
 * message that differs from its Swedish one, long enough not to be a name or a shared word.
 */
const ENGLISH = [
  ...new Set(
    (Object.keys(TEXTS.sv) as (keyof typeof TEXTS.sv)[])
      .filter((key) => TEXTS.en[key] !== TEXTS.sv[key])
      .flatMap((key) => TEXTS.en[key].split(/\{\w+\}/))
      .map((piece) => piece.trim())
      .filter((piece) => piece.length >= 10 && !Object.values(TEXTS.sv).some((sv) => sv.includes(piece))),
  ),
];
const MESSAGE_KEY = new RegExp(
  `\\b(?:${[...new Set(Object.keys(TEXTS.sv).map((key) => key.split('.')[0]))].join('|')})\\.[a-z]\\w*(?:\\.\\w+)*`,
);

/** What the screen says: its text and the names and hints only assistive technology reads. */
async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (element: Element) => {
      // A part in another language on purpose ("In English") is marked as such.
      if (element.getAttribute('lang') && element.getAttribute('lang') !== 'sv') return;
      for (const attribute of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(attribute);
        if (value) parts.push(value);
      }
      for (const child of element.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
        else if (child instanceof Element) walk(child);
      }
    };
    walk(document.body);
    return parts.join('\n');
  });
}

async function expectSwedish(page: Page, screen: string): Promise<void> {
  const shown = await screenText(page);
  expect
    .soft(
      ENGLISH.filter((piece) => shown.includes(piece)),
      `English on the ${screen} screen`,
    )
    .toEqual([]);
  expect.soft(shown.match(MESSAGE_KEY)?.[0] ?? null, `a raw message key on the ${screen} screen`).toBeNull();
}

test('the English pieces and key pattern catch an untranslated screen', () => {
  expect(ENGLISH.length).toBeGreaterThan(50);
  expect(ENGLISH).toContain(TEXTS.en['search.confirm']);
  expect('staff.settings.touchKeyboard').toMatch(MESSAGE_KEY);
  expect('Välkommen, Åsa Lindqvist!').not.toMatch(MESSAGE_KEY);
});

test('every kiosk screen and staff tab is in Swedish', async ({ page, fileStation }) => {
  await page.goto(fileStation.url);
  await expect(idleHeading(page)).toBeVisible();
  await expectSwedish(page, 'idle');

  await searchField(page).fill('lind');
  const hit = page.getByRole('button', { name: new RegExp(fullName(GUESTS.asa)) });
  await expect(hit).toBeVisible();
  await expectSwedish(page, 'search');
  await searchField(page).fill('zzzz');
  await expect(page.getByText(text('search.noHits', { query: 'zzzz' }))).toBeVisible();
  await expectSwedish(page, 'no hits');

  await searchField(page).fill('lind');
  await hit.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectSwedish(page, 'confirmation');
  await page.getByRole('button', { name: text('search.confirm') }).click();
  await expect(status(page)).toContainText(text('result.welcome', { name: fullName(GUESTS.asa) }));
  await expectSwedish(page, 'welcome');

  await wedgeScan(page, GUESTS.asa.code);
  await expect(status(page)).toContainText(textPattern('result.already', { name: fullName(GUESTS.asa) }));
  await expectSwedish(page, 'already checked in');
  await wedgeScan(page, 'nosuchcode000000');
  await expect(status(page)).toContainText(text('result.unknown'));
  await expectSwedish(page, 'not recognised');

  await openStaffMode(page);
  const tabs = page.getByRole('navigation').getByRole('button');
  const names = await tabs.allTextContents();
  expect(names.length).toBeGreaterThan(3);
  for (const name of names) {
    await tabs.filter({ hasText: name }).click();
    await expect(page.getByRole('heading', { level: 2, name: name.trim() }).first()).toBeVisible();
    await expectSwedish(page, `staff ${name.trim()}`);
  }
});

test('the kiosk page loads without console errors or failed requests', async ({ page, fileStation }) => {
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on(
    'response',
    (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`),
  );
  await page.goto(fileStation.url);
  await expect(idleHeading(page)).toBeVisible();
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect((await page.request.get(new URL(icon!, fileStation.url).href)).status()).toBe(200);
  await searchField(page).fill('lind');
  await expect(page.getByRole('button', { name: new RegExp(fullName(GUESTS.asa)) })).toBeVisible();
  expect(problems).toEqual([]);
});
