import { test, expect } from '../fixtures/station';
import { openStaffMode, openTab } from '../helpers/staff';
import { wedgeScan } from '../helpers/wedge';

test.use({
  guestList: [
    'namn;förvaltning;kod',
    'Emma Johansson;Barn- och utbildningsförvaltningen;emma2026',
    'Björn Öhman;Socialförvaltningen;bjorn2026',
    'Åsa Lindqvist;Socialförvaltningen;asa2026',
  ].join('\n'),
});

test('the dashboard updates by itself after a scan at the kiosk in another tab', async ({ page, context, station }) => {
  await page.goto(station.url);
  await openStaffMode(page);
  await openTab(page, 'Översikt');
  await expect(page.getByTestId('arrived')).toHaveText('0 av 3');
  await expect(page.getByText('Inga ankomster ännu.')).toBeVisible();

  const kiosk = await context.newPage();
  await kiosk.goto(station.url);
  await expect(kiosk.getByRole('heading', { name: 'Välkommen till Ledarforum' })).toBeVisible();
  await wedgeScan(kiosk, 'bjorn2026');
  await expect(kiosk.getByText('Välkommen, Björn Öhman!')).toBeVisible();

  await expect(page.getByTestId('arrived')).toHaveText('1 av 3');
  await expect(page.getByTestId('missing')).toHaveText('2');
  await expect(page.getByTestId('latest')).toContainText('Björn Öhman');
  await expect(page.getByRole('listitem').filter({ hasText: 'Socialförvaltningen' }).first()).toContainText('1 av 2');
  // One five-minute bucket in the chart's table for screen readers (below its header row).
  await expect(
    page
      .getByRole('figure')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') }),
  ).toHaveCount(1);

  // The missing list, as a file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Saknade som CSV', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Ledarforum-missing-.*\.csv$/);
  const text = await (await file.createReadStream()).toArray();
  const csv = Buffer.concat(text).toString('utf8');
  expect(csv).toContain('Emma Johansson');
  expect(csv).toContain('Åsa Lindqvist');
  expect(csv).not.toContain('Björn');
});
