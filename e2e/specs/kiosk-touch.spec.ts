// A touch-screen kiosk without a keyboard: the on-screen keyboard opens with the name search, types
// at the caret, leaves the wedge scanner alone, and at every common kiosk screen size the camera
// frame, the search field, five hits and the keyboard fit on the screen together, without scrolling.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../fixtures/station';
import { ANDERSSONS, GUESTS, fullName, guestListCsv } from '../fixtures/guest-list';
import { expectNoSeriousAxeFindings, expectTouchTargets } from '../helpers/accessibility';
import { openStaffMode, openTab, pinChosenOnAnotherScreen, setupCodeFor } from '../helpers/staff';
import { idleHeading, searchField, status, text } from '../helpers/ui';
import { wedgeScan } from '../helpers/wedge';

test.use({ guestList: guestListCsv() });

const keyboard = (page: Page) => page.getByRole('group', { name: text('keyboard.label') });
const key = (page: Page, name: string) => keyboard(page).getByRole('button', { name, exact: true });
const hits = (page: Page) => page.locator('.search__hits').getByRole('button');

/** Types by tapping the on-screen keyboard, a space tapped as the space bar. */
async function tapIn(page: Page, typed: string): Promise<void> {
  for (const char of typed) await key(page, char === ' ' ? text('keyboard.space') : char).tap();
}

async function expectInside(page: Page, element: Locator, what: string): Promise<void> {
  const box = await element.boundingBox();
  const { width, height } = page.viewportSize()!;
  expect(box, `${what} is laid out`).not.toBeNull();
  expect(box!.width * box!.height, `${what} has a size`).toBeGreaterThan(0);
  expect(
    box!.x >= 0 && box!.y >= 0 && box!.x + box!.width <= width + 0.5 && box!.y + box!.height <= height + 0.5,
    `${what} (${JSON.stringify(box)}) lies inside the ${width}×${height} screen`,
  ).toBe(true);
}

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1112, height: 834 },
];

/** Every key lies on the screen, and a tap at its middle reaches it (not the camera frame beside it). */
async function expectEveryKeyTappable(page: Page): Promise<void> {
  const missed = await keyboard(page)
    .getByRole('button')
    .evaluateAll((keys) =>
      keys
        .map((key) => {
          const box = key.getBoundingClientRect();
          const reached = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          const inside = box.x >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight;
          return inside && reached !== null && key.contains(reached) && box.width >= 48 ? null : key.textContent;
        })
        .filter((name) => name !== null),
    );
  expect(missed, 'keys off the screen, covered or narrower than 48 px').toEqual([]);
}

SIZES.forEach((viewport, index) => {
  const name = `${viewport.width}x${viewport.height}`;
  test.describe(`at ${name}`, () => {
    test.use({ viewport, hasTouch: true });

    test('a guest checks in by name with taps alone, and everything fits on the screen', async ({
      page,
      fileStation,
    }) => {
      const guest = ANDERSSONS[index + 1]!;
      await page.goto(fileStation.url);
      await expect(idleHeading(page)).toBeVisible();
      await expect(keyboard(page)).toHaveCount(0);

      await searchField(page).tap();
      await expect(keyboard(page)).toBeVisible();
      await tapIn(page, 'andersson');
      await expect(searchField(page)).toHaveValue('andersson');
      await expect(hits(page)).toHaveCount(5);
      await expectInside(page, page.locator('.camera__viewport'), 'the camera frame');
      await expectInside(page, searchField(page), 'the search field');
      for (let hit = 0; hit < 5; hit++) await expectInside(page, hits(page).nth(hit), `hit ${hit + 1}`);
      await expectInside(page, keyboard(page), 'the keyboard');
      await expectEveryKeyTappable(page);
      expect(
        await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight),
        'the page does not scroll',
      ).toBe(true);
      // `ENTRE_SCREENSHOTS=1 npx playwright test e2e/specs/kiosk-touch.spec.ts` renews docs/kiosk/.
      if (process.env.ENTRE_SCREENSHOTS)
        await page.screenshot({ path: path.join('docs', 'kiosk', `search-${name}.png`) });

      await key(page, text('keyboard.clear')).tap();
      await expect(searchField(page)).toHaveValue('');
      await tapIn(page, guest.firstName.toLowerCase());
      await page.getByRole('button', { name: new RegExp(fullName(guest)) }).tap();
      await page.getByRole('button', { name: text('search.confirm') }).tap();
      await expect(status(page)).toContainText(text('result.welcome', { name: fullName(guest) }));
      await expectInside(page, status(page), 'the welcome');
    });
  });
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 1280, height: 800 }, hasTouch: true });

  test('staff choose and enter the PIN on a number pad, with taps alone', async ({ page, station }) => {
    await page.goto(station.url);
    await page.getByRole('button', { name: 'Personalläge' }).tap();
    await expect(page.getByRole('heading', { name: 'Välj en PIN-kod för personalen' })).toBeVisible();
    const tapDigits = async (field: Locator, digits: string) => {
      await field.tap();
      for (const digit of digits.replace(/\D/g, '')) await key(page, digit).tap();
    };
    await expect(keyboard(page).getByRole('button')).toHaveCount(12);
    await tapDigits(page.getByLabel('Arrangörens startkod'), setupCodeFor(station.url));
    await tapDigits(page.getByLabel('Ny PIN-kod'), '13579');
    await key(page, text('keyboard.backspace')).tap();
    await expect(page.getByLabel('Ny PIN-kod')).toHaveValue('1357');
    await tapDigits(page.getByLabel('Upprepa PIN-koden'), '1357');
    await page.getByRole('button', { name: 'Spara och öppna' }).tap();
    await expect(page.getByRole('heading', { name: 'Personalläge', level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'Lås', exact: true }).tap();
    await page.getByRole('button', { name: 'Personalläge' }).tap();
    await tapDigits(page.getByLabel('PIN-kod', { exact: true }), '1357');
    await page.getByRole('button', { name: 'Lås upp' }).tap();
    await expect(page.getByRole('heading', { name: 'Personalläge', level: 1 })).toBeVisible();
  });

  test('after a PIN chosen on another screen, the number pad types into the unlock form', async ({ page, station }) => {
    await pinChosenOnAnotherScreen(page, station.url, '2468');

    await page.getByLabel('Arrangörens startkod').tap();
    for (const digit of setupCodeFor(station.url).replace(/\D/g, '')) await key(page, digit).tap();
    await page.getByLabel('Ny PIN-kod').fill('1357');
    await page.getByLabel('Upprepa PIN-koden').tap();
    for (const digit of '1357') await key(page, digit).tap();
    await page.getByRole('button', { name: 'Spara och öppna' }).tap();
    await expect(page.getByRole('heading', { name: 'Ange personalens PIN-kod' })).toBeVisible();
    // The field last tapped is gone with the form: the pad types into the PIN field without another tap.
    for (const digit of '2468') await key(page, digit).tap();
    await expect(page.getByLabel('PIN-kod', { exact: true })).toHaveValue('2468');
    await page.getByRole('button', { name: 'Lås upp' }).tap();
    await expect(page.getByRole('heading', { name: 'Personalläge', level: 1 })).toBeVisible();
  });

  test('keys type at the caret, the field keeps the focus, and every key is named', async ({ page, fileStation }) => {
    await page.goto(fileStation.url);
    const field = searchField(page);
    await field.tap();
    await tapIn(page, 'ohman');
    await expect(field).toBeFocused();
    // The caret moved with the typing; now put it after "oh" and type there.
    expect(await field.evaluate((input: HTMLInputElement) => input.selectionStart)).toBe(5);
    await field.evaluate((input: HTMLInputElement) => input.setSelectionRange(2, 2));
    await tapIn(page, 'é');
    await expect(field).toHaveValue('ohéman');
    expect(await field.evaluate((input: HTMLInputElement) => input.selectionStart)).toBe(3);
    await key(page, text('keyboard.backspace')).tap();
    await expect(field).toHaveValue('ohman');
    await key(page, text('keyboard.hyphen')).tap();
    await expect(field).toHaveValue('oh-man');
    await key(page, text('keyboard.backspace')).tap();
    await expect(field).toBeFocused();
    await expect(page.getByRole('button', { name: new RegExp(fullName(GUESTS.bjorn)) })).toBeVisible();

    for (const letter of 'abcdefghijklmnopqrstuvwxyzåäöé') await expect(key(page, letter)).toBeVisible();
    const named = await keyboard(page)
      .getByRole('button')
      .evaluateAll((keys) =>
        keys.map((button) => (button.getAttribute('aria-label') ?? button.textContent ?? '').trim()),
      );
    expect(named.filter((label) => label === '')).toEqual([]);
    const sizes = await keyboard(page)
      .getByRole('button')
      .evaluateAll((keys) => keys.map((button) => button.getBoundingClientRect()));
    expect(sizes.filter((box) => box.width < 56 || box.height < 56)).toEqual([]);
    await expectNoSeriousAxeFindings(page, 'search with the on-screen keyboard');
    await expectTouchTargets(page, 'search with the on-screen keyboard');
  });

  test('the keyboard is English when the guest chose English', async ({ page, fileStation }) => {
    await page.goto(fileStation.url);
    await page.getByRole('button', { name: text('language.switch') }).tap();
    await searchField(page, 'en').tap();
    const english = page.getByRole('group', { name: text('keyboard.label', {}, 'en') });
    await expect(english.getByRole('button', { name: text('keyboard.backspace', {}, 'en') })).toBeVisible();
    await expect(english.getByRole('button', { name: 'å', exact: true })).toHaveCount(0);
    await expect(english.getByRole('button', { name: 'q', exact: true })).toBeVisible();
  });

  test('a wedge scan works while the keyboard is open and does not count as a keyboard', async ({
    page,
    fileStation,
  }) => {
    await page.goto(fileStation.url);
    await searchField(page).tap();
    await tapIn(page, 'kar');
    await wedgeScan(page, GUESTS.karin.code);
    await expect(status(page)).toContainText(text('result.welcome', { name: fullName(GUESTS.karin) }));
    // Once the welcome has gone, the next guest's tap on the field brings the keyboard back.
    await expect(idleHeading(page)).toBeVisible({ timeout: 30_000 });
    await searchField(page).tap();
    await expect(keyboard(page)).toBeVisible();
  });

  test('typing on a real keyboard hides the on-screen one', async ({ page, fileStation }) => {
    await page.goto(fileStation.url);
    await searchField(page).tap();
    await expect(keyboard(page)).toBeVisible();
    await page.keyboard.type('lo', { delay: 80 });
    await expect(keyboard(page)).toHaveCount(0);
    await expect(searchField(page)).toHaveValue('lo');
  });
});

test.describe('staff choose when the keyboard shows', () => {
  test('always shows it on a screen without touch, never hides it on a touch screen', async ({ page, fileStation }) => {
    await page.goto(fileStation.url);
    await searchField(page).click();
    await expect(keyboard(page)).toHaveCount(0);

    const choose = async (mode: 'always' | 'never' | 'auto') => {
      await openStaffMode(page);
      await openTab(page, 'Inställningar');
      await page
        .getByRole('radiogroup', { name: text('staff.settings.touchKeyboard') })
        .getByLabel(text(`keyboard.mode.${mode}`))
        .check();
      await page.getByRole('button', { name: 'Lås', exact: true }).click();
      await expect(idleHeading(page)).toBeVisible();
    };
    await choose('always');
    await searchField(page).click();
    await expect(keyboard(page)).toBeVisible();
    // Stored for this kiosk: still so after a reload.
    await page.reload();
    await searchField(page).click();
    await expect(keyboard(page)).toBeVisible();

    await choose('never');
    await page.evaluate(() => localStorage.getItem('entre.keyboard.mode')).then((mode) => expect(mode).toBe('never'));
    await searchField(page).click();
    await expect(keyboard(page)).toHaveCount(0);
    await choose('auto');
  });
});
