import ExcelJS from 'exceljs';
import { test, expect } from '../fixtures/station';
import { openStaffMode, openTab } from '../helpers/staff';

test.use({ guestList: 'namn;förvaltning;e-post\nEmma Johansson;Barn- och utbildningsförvaltningen;emma@example.se\n' });

test('a file with a bad row is previewed with its problem and not imported; a large good file imports with progress', async ({
  page,
  station,
}) => {
  await page.goto(station.url);
  await openStaffMode(page);
  await openTab(page, 'Importera');
  const bad = 'förnamn;efternamn;e-post\nÅsa;Lindqvist;asa@example.se\nBjörn;Öhman;bjorn.example.se\n';
  await page
    .getByLabel('Välj gästlista')
    .setInputFiles({ name: 'gaster.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await expect(page.getByRole('heading', { name: 'Förhandsgranskning (2 rader)' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'förnamn' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Lindqvist' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'Rad 3: E-postadressen ”bjorn.example.se” är inte en giltig adress.',
  );
  await expect(page.getByRole('button', { name: /^Importera \d+ rader$/ })).toHaveCount(0);
  expect((await station.cli(['export'])).stdout).not.toContain('Lindqvist');

  // Large enough to travel in several chunks, so the progress bar moves.
  const rows = Array.from(
    { length: 1500 },
    (_, i) => `Gäst${i};Efternamn${i};gast${i}@example.se;Förvaltning ${i % 7}`,
  );
  const good = ['förnamn;efternamn;e-post;förvaltning', ...rows].join('\n');
  await page
    .getByLabel('Välj gästlista')
    .setInputFiles({ name: 'stor.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await expect(page.getByText('Läser in filen: 100 %')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveAttribute('value', '1');
  await page.getByRole('button', { name: 'Importera 1500 rader' }).click();
  await expect(page.getByText('Importerat. Nya: 1500, ändrade: 0, oförändrade: 0.')).toBeVisible();
  const exported = (await station.cli(['export'])).stdout;
  expect(exported).toContain('Gäst1499 Efternamn1499');
  expect(exported).toContain('Emma Johansson');
});

test('exports a real XLSX workbook from staff mode that a spreadsheet reader opens', async ({ page, station }) => {
  await page.goto(station.url);
  await openStaffMode(page);
  await page.getByRole('button', { name: 'Checka in Emma Johansson' }).click();
  await expect(page.getByText('Emma Johansson är incheckad.')).toBeVisible();
  await openTab(page, 'Exportera');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera XLSX', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Ledarforum-attendance-\d{4}-\d{2}-\d{2}\.xlsx$/);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.getRow(1).getCell(1).value).toBe('name');
  expect(sheet.getRow(2).getCell(1).value).toBe('Emma Johansson');
  expect(sheet.getRow(2).getCell(5).value).toBe('yes');
  const checkedInAt = sheet.getRow(2).getCell(6).value;
  expect(checkedInAt).toBeInstanceOf(Date);
  expect(Math.abs((checkedInAt as Date).getTime() - Date.now())).toBeLessThan(24 * 3600_000);
  expect(sheet.getRow(2).getCell(8).value).toBe('staff');

  // The same for a Swedish office: a CSV that Swedish Excel opens in columns, in Swedish, time as a time.
  const swedish = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera CSV för svenskt Excel' }).click();
  const swedishFile = await swedish;
  expect(swedishFile.suggestedFilename()).toMatch(/^Ledarforum-narvaro-\d{4}-\d{2}-\d{2}\.csv$/);
  const swedishCsv = Buffer.concat(await (await swedishFile.createReadStream()).toArray()).toString('utf8');
  expect(swedishCsv).toMatch(
    /^\ufeffnamn;titel;förvaltning;e-post;incheckad;incheckad_tid;station;sätt;spontanbesök\r\n/,
  );
  expect(swedishCsv).toMatch(/\r\nEmma Johansson;[^\r]*;ja;\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2};[^;]*;personal;nej\r\n/);

  // The purge now knows the attendance was saved.
  await openTab(page, 'Inställningar');
  await expect(page.getByText(/Närvaron exporterades senast: (?!aldrig)/)).toBeVisible();
});
