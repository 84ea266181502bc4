// Staff mode for everybody at reception: every screen and dialog passes axe with fingertip-sized
// targets, a whole shift's work goes by keyboard alone, and reduced motion is respected.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../fixtures/station';
import { createPdfQueue, stopQueue } from '../helpers/cups';
import {
  expectNoSeriousAxeFindings,
  expectNothingMoves,
  expectTouchTargets,
  expectVisibleFocus,
} from '../helpers/accessibility';
import { openStaffMode, openTab, setupCodeFor, STAFF_PIN } from '../helpers/staff';
import { idleHeading, text, textPattern } from '../helpers/ui';

// An axe scan takes seconds on shared cores, and some tests here scan six screens or more.
test.describe.configure({ timeout: 120_000 });

/** axe-core and the 48 px check on the screen as it is now. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  await expectNoSeriousAxeFindings(page, screen);
  await expectTouchTargets(page, screen);
}

/** Presses Tab (or Shift+Tab) until the control has the focus, as a keyboard user would. */
async function tabTo(target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const page = target.page();
  for (let presses = 0; presses < 60; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

const said = (page: Page, words: string) => page.getByRole('status').filter({ hasText: words });
const guestRow = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(name) });

test('the staff door passes axe when a PIN is chosen, after a wrong PIN and when locked out', async ({
  page,
  station,
}) => {
  await page.goto(station.url);
  await page.getByRole('button', { name: text('staff.enter') }).click();
  await expect(page.getByRole('heading', { name: text('staff.pin.chooseTitle') })).toBeVisible();
  await expectAccessible(page, 'choose a PIN');
  await page.getByLabel(text('staff.pin.new')).fill(STAFF_PIN);
  await page.getByLabel(text('staff.pin.repeat')).fill('1357');
  await page.getByRole('button', { name: text('staff.pin.save') }).click();
  await expect(page.getByRole('alert').filter({ hasText: text('staff.pin.mismatch') })).toBeVisible();
  await expectAccessible(page, 'PINs that differ');

  await page.getByLabel(text('staff.pin.repeat')).fill(STAFF_PIN);
  await page.getByLabel(text('staff.pin.setupCode')).fill(setupCodeFor(station.url));
  await page.getByRole('button', { name: text('staff.pin.save') }).click();
  await page.getByRole('button', { name: text('staff.lock'), exact: true }).click();
  await page.getByRole('button', { name: text('staff.enter') }).click();
  await expect(page.getByRole('heading', { name: text('staff.pin.title') })).toBeVisible();
  await expectAccessible(page, 'enter the PIN');
  const pin = page.getByLabel(text('staff.pin.label'), { exact: true });
  await pin.fill('1111');
  await pin.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: text('staff.pin.wrong', { count: 4 }) })).toBeVisible();
  await expectAccessible(page, 'wrong PIN');
  for (let left = 3; left >= 1; left--) {
    await pin.fill('1111');
    await pin.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: text('staff.pin.wrong', { count: left }) })).toBeVisible();
  }
  await pin.fill('1111');
  await pin.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: textPattern('staff.pin.locked') })).toBeVisible();
  await expectAccessible(page, 'locked out');
});

test('guest list with filters, the edit dialog, undo and the walk-in duplicate warning pass axe', async ({
  page,
  fileStation,
}) => {
  await page.goto(fileStation.url);
  await openStaffMode(page);
  await expectAccessible(page, 'guest list');
  await page.getByLabel(text('staff.guests.search')).fill('lindqvist');
  await page.getByRole('button', { name: `${text('staff.guests.checkIn')} Åsa Lindqvist` }).click();
  await expect(said(page, text('staff.guests.checkedIn', { name: 'Åsa Lindqvist' }))).toBeVisible();
  await page
    .getByRole('group', { name: text('staff.guests.filter') })
    .getByRole('button', { name: text('staff.filter.arrived') })
    .click();
  await expect(guestRow(page, 'Åsa Lindqvist')).toBeVisible();
  await expectAccessible(page, 'guest list, checked in only');
  await page.getByRole('button', { name: `${text('staff.guests.undo')} Åsa Lindqvist` }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectAccessible(page, 'undo question');
  await page.getByRole('button', { name: text('staff.guests.undoConfirm', { name: 'Åsa Lindqvist' }) }).click();
  await expect(said(page, text('staff.guests.undone', { name: 'Åsa Lindqvist' }))).toBeVisible();
  await expectAccessible(page, 'undone check-in');

  await page.getByRole('button', { name: text('staff.filter.all') }).click();
  const edit = page.getByRole('button', { name: `${text('staff.guests.edit')} Åsa Lindqvist` });
  await edit.click();
  const dialog = page.getByRole('dialog', { name: text('staff.edit.title', { name: 'Åsa Lindqvist' }) });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(text('staff.field.firstName'))).toBeFocused();
  await expectAccessible(page, 'edit guest');
  await dialog.getByRole('button', { name: text('staff.edit.close') }).click();
  await expect(dialog).toBeHidden();
  await expect(edit).toBeFocused();

  await openTab(page, text('staff.tab.walkIn'));
  await expectAccessible(page, 'walk-in form');
  await page.getByLabel(text('staff.field.firstName')).fill('Asa');
  await page.getByLabel(text('staff.field.lastName')).fill('Lindkvist');
  await page.getByRole('button', { name: text('staff.walkIn.submit') }).click();
  await expect(page.getByRole('alert').filter({ hasText: text('staff.walkIn.duplicatesTitle') })).toBeVisible();
  await expectAccessible(page, 'probable duplicate');
});

test('dashboard, import with preview, problems and progress, and export pass axe', async ({ page, fileStation }) => {
  await page.goto(fileStation.url);
  await openStaffMode(page);
  await page.getByLabel(text('staff.guests.search')).fill('öhman');
  await page.getByRole('button', { name: `${text('staff.guests.checkIn')} Björn Öhman` }).click();
  await openTab(page, text('staff.tab.dashboard'));
  await expect(page.getByTestId('latest')).toContainText('Björn Öhman');
  await expectAccessible(page, 'dashboard with the missing list');

  await openTab(page, text('staff.tab.import'));
  await expectAccessible(page, 'import');
  const list = 'förnamn;efternamn;e-post\nRut;Berg;rut@example.se\nOlle;Sten;olle.example.se\n';
  await page.getByLabel(text('staff.import.choose')).setInputFiles({
    name: 'gaster.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(list),
  });
  await expect(page.getByRole('heading', { name: text('staff.import.previewTitle', { count: 2 }) })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveAttribute('value', '1');
  await expect(page.getByRole('alert')).toContainText('olle.example.se');
  await expectAccessible(page, 'import preview with a problem');

  await openTab(page, text('staff.tab.export'));
  await expectAccessible(page, 'export');
});

test('settings with the badge preview, a failed badge, the camera and the purge warning pass axe', async ({
  page,
  fileStation,
}) => {
  const queue = createPdfQueue();
  try {
    stopQueue(queue.name);
    await page.goto(fileStation.url);
    await openStaffMode(page);
    await openTab(page, text('staff.tab.settings'));
    await expect(page.getByRole('img', { name: text('badge.settings.preview') })).toBeVisible();
    await expectAccessible(page, 'settings');
    const badge = page.getByRole('region', { name: text('staff.settings.badgePreset'), exact: true });
    await badge.getByLabel(text('badge.settings.printer')).fill(queue.name);
    await badge.getByRole('button', { name: text('badge.settings.save'), exact: true }).click();
    await expect(said(page, text('badge.settings.saved'))).toBeVisible();

    await openTab(page, text('staff.tab.guests'));
    await page.getByRole('button', { name: `${text('staff.guests.edit')} Leila Haddad` }).click();
    await page.getByRole('button', { name: text('staff.badge.reprint') }).click();
    await expect(said(page, text('badge.reprint.queued', { copy: '1' }))).toBeVisible();
    await page.keyboard.press('Escape');

    await openTab(page, text('staff.tab.settings'));
    const failed = page.getByRole('row', { name: /Leila Haddad/ });
    // In Swedish, with the printer system's own words as secondary detail.
    await expect(failed).toContainText(text('badge.error.stopped', { printer: queue.name }), { timeout: 20_000 });
    await expect(failed).toContainText(text('badge.state.failed'));
    await expectAccessible(page, 'print queue with a failed badge');

    const purge = page.getByRole('button', { name: text('staff.purge.start') });
    await purge.click();
    const warning = page.getByRole('alertdialog');
    await expect(warning).toContainText(text('staff.purge.unsaved'));
    await expect(warning.getByRole('button', { name: text('staff.purge.cancel') })).toBeFocused();
    await expectAccessible(page, 'purge warning');
    await page.keyboard.press('Escape');
    await expect(warning).toBeHidden();
    await expect(purge).toBeFocused();

    // The same failure in English once staff switch the language: never CUPS's words alone.
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(failed).toContainText(text('badge.error.stopped', { printer: queue.name }, 'en'));
    await expectNoSeriousAxeFindings(page, 'settings in English');
  } finally {
    queue.remove();
  }
});

test('a shift at reception by keyboard alone: unlock, check in, undo, a walk-in and a probable duplicate', async ({
  page,
  fileStation,
}) => {
  await page.goto(fileStation.url);
  await expect(idleHeading(page)).toBeVisible();
  await tabTo(page.getByRole('button', { name: text('staff.enter') }));
  await page.keyboard.press('Enter');
  // The first field has the focus: the PIN, or on first start the organizer's setup code.
  const first = page
    .getByLabel(text('staff.pin.label'), { exact: true })
    .or(page.getByLabel(text('staff.pin.setupCode')));
  await expect(first).toBeFocused();
  if (await page.getByRole('heading', { name: text('staff.pin.chooseTitle') }).isVisible()) {
    await page.keyboard.type(setupCodeFor(page.url()));
    await page.keyboard.press('Tab');
    await page.keyboard.type(STAFF_PIN);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type(STAFF_PIN);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: text('staff.title'), level: 1 })).toBeVisible();

  await tabTo(page.getByLabel(text('staff.guests.search')));
  await expectVisibleFocus(page);
  await page.keyboard.type('sjögren');
  const checkIn = page.getByRole('button', { name: `${text('staff.guests.checkIn')} Märta Sjögren` });
  await tabTo(checkIn);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(said(page, text('staff.guests.checkedIn', { name: 'Märta Sjögren' }))).toBeVisible();
  await expect(guestRow(page, 'Märta Sjögren')).toContainText(/Kom \d\d:\d\d/);
  // The focus stays on the guest's row, now on the button that undoes the check-in.
  await expect(page.getByRole('button', { name: `${text('staff.guests.undo')} Märta Sjögren` })).toBeFocused();
  await page.keyboard.press('Enter');
  // The question opens on "keep", the safe answer; the undo is one Tab further.
  await expect(page.getByRole('button', { name: text('staff.guests.undoKeep') })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('button', { name: text('staff.guests.undoConfirm', { name: 'Märta Sjögren' }) }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(said(page, text('staff.guests.undone', { name: 'Märta Sjögren' }))).toBeVisible();
  await expect(guestRow(page, 'Märta Sjögren')).toContainText(text('staff.guests.notArrived'));

  // The edit dialog keeps the focus inside and gives it back when Escape closes it.
  const edit = page.getByRole('button', { name: `${text('staff.guests.edit')} Märta Sjögren` });
  await tabTo(edit);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel(text('staff.field.firstName'))).toBeFocused();
  for (let presses = 0; presses < 12; presses++) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(edit).toBeFocused();

  await tabTo(page.getByRole('navigation').getByRole('button', { name: text('staff.tab.walkIn') }), 'Shift+Tab');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await tabTo(page.getByLabel(text('staff.field.firstName')));
  await page.keyboard.type('Leila');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hadad');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: text('staff.walkIn.duplicatesTitle') })).toBeVisible();
  await tabTo(page.getByRole('button', { name: text('staff.walkIn.useExisting', { name: 'Leila Haddad' }) }));
  await page.keyboard.press('Enter');
  await expect(said(page, text('staff.guests.checkedIn', { name: 'Leila Haddad' }))).toBeVisible();

  await tabTo(page.getByLabel(text('staff.field.firstName')), 'Shift+Tab');
  await page.keyboard.type('Nils');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nykomling');
  await page.keyboard.press('Enter');
  await expect(said(page, text('staff.walkIn.created', { name: 'Nils Nykomling' }))).toBeVisible();
});

test('reduced motion: nothing moves on the staff screens', async ({ page, fileStation }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(fileStation.url);
  await openStaffMode(page);
  await expectNothingMoves(page, 'guest list');
  await page.getByRole('button', { name: `${text('staff.guests.edit')} Tove Forsmark` }).click();
  await expectNothingMoves(page, 'edit guest');
  await page.keyboard.press('Escape');
  for (const tab of ['dashboard', 'import', 'sync', 'settings'] as const) {
    await openTab(page, text(`staff.tab.${tab}`));
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expectNothingMoves(page, tab);
  }
});
