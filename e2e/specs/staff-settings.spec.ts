import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { test, expect } from '../fixtures/station';
import { openStaffMode, openTab } from '../helpers/staff';

test.use({
  guestList:
    'namn;titel;förvaltning;e-post\nEmma Johansson;Rektor;Barn- och utbildningsförvaltningen;emma@example.se\nBjörn Öhman;Chef;Socialförvaltningen;\n',
});

test('event settings with retention, and a purge that warns when nothing was exported and keeps the counts', async ({
  page,
  station,
}) => {
  await page.goto(station.url);
  await openStaffMode(page);
  await page.getByRole('button', { name: 'Checka in Björn Öhman' }).click();
  await expect(page.getByText('Björn Öhman är incheckad.')).toBeVisible();
  await openTab(page, 'Inställningar');
  await page.getByLabel('Namn', { exact: true }).fill('Ledarforum 2026');
  await page.getByLabel('Datum').fill('2026-03-12');
  await page.getByLabel('Spara personuppgifter i antal dagar').fill('30');
  await page.getByRole('form', { name: 'Evenemang' }).getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Inställningarna är sparade.')).toBeVisible();
  await expect(page.getByText('Personuppgifterna sparas i 30 dagar efter evenemanget.')).toBeVisible();
  await expect(page.getByText('Enligt lagringstiden ska personuppgifterna rensas senast 2026-04-11.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Personallägets logg' })).toContainText('PIN-kod vald');
  // This browser has no camera: staff are told so, and can still pick the camera the kiosk should use.
  const camera = page.getByRole('region', { name: 'Kamera' });
  await expect(camera).toContainText('Ingen kamera hittades.');
  await expect(camera.getByRole('combobox', { name: 'Kamera' })).toHaveValue('');
  // The badge design with its preview, and the print queue, have their own sections.
  await expect(page.getByRole('region', { name: 'Namnbricka', exact: true })).toContainText(
    'Skrivare (namnet på CUPS-kön)',
  );
  await expect(page.getByRole('region', { name: 'Skrivare', exact: true })).toContainText('Utskriftskö');

  await page.getByRole('button', { name: 'Rensa personuppgifter…' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('alla 2 gäster i Ledarforum 2026');
  await expect(confirm).toContainText('Varning: närvaron har aldrig exporterats eller synkroniserats.');
  await confirm.getByRole('button', { name: 'Ja, rensa personuppgifterna' }).click();
  await expect(page.getByText('Personuppgifterna är rensade.')).toBeVisible();
  // The purge button is gone with the data: the focus lands on the section, not nowhere.
  await expect(page.getByRole('heading', { name: 'Personuppgifter', exact: true })).toBeFocused();

  const json = JSON.parse((await station.cli(['export', '--format', 'json'])).stdout);
  expect(json.event.name).toBe('Ledarforum 2026');
  expect(
    json.guests.map((g: { name: string; email: string; checkedIn: boolean }) => [g.name, g.email, g.checkedIn]).sort(),
  ).toEqual([
    ['', '', false],
    ['', '', true],
  ]);

  // The CLI writes the same workbook as staff mode.
  const out = path.join(station.dir, 'attendance.xlsx');
  expect((await station.cli(['export', '--format', 'xlsx', '--out', out])).code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
  expect(workbook.worksheets[0]!.rowCount).toBe(3);
});
