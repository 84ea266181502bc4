// A cancelled guest, taken off the list from staff mode: by hand with a confirmation, or by importing
// the new list and ticking the removal of those no longer in it. Their check-ins stay in the log, and a
// guest who already arrived is said to have, and is never dropped from the attendance by an import.
import { test, expect } from '../fixtures/station';
import { openStaffMode, openTab } from '../helpers/staff';

const LIST = 'förnamn;efternamn;förvaltning;e-post\n';
const EMMA = 'Emma;Johansson;Barn- och utbildningsförvaltningen;emma@example.se\n';
const BO = 'Bo;Ek;Tekniska förvaltningen;bo@example.se\n';
const CID = 'Cid;Al;Kulturförvaltningen;cid@example.se\n';

test.use({ guestList: LIST + EMMA + BO + CID });

test('staff remove a guest after confirming; the removal is in the door log and their check-in stays', async ({
  page,
  station,
}) => {
  await page.goto(station.url);
  await openStaffMode(page);
  await page.getByRole('button', { name: 'Checka in Bo Ek' }).click();
  await expect(page.getByText('Bo Ek är incheckad.')).toBeVisible();
  await page.getByRole('button', { name: 'Alla' }).click();
  await page.getByRole('button', { name: 'Redigera Bo Ek' }).click();
  const editor = page.getByRole('form', { name: 'Redigera Bo Ek' });
  await editor.getByRole('button', { name: 'Ta bort gäst' }).click();
  // Cancelling keeps the guest; only the confirmation removes them.
  await editor.getByRole('button', { name: 'Avbryt' }).click();
  await editor.getByRole('button', { name: 'Ta bort gäst' }).click();
  // Bo has come: the question says so, and that he leaves the attendance export.
  await expect(editor.getByRole('alert')).toContainText(
    /Bo Ek har redan kommit \(incheckad \d{2}:\d{2}\)\. Ta bort gästen från gästlistan ändå\? .*närvaroexporten/,
  );
  await editor.getByRole('button', { name: 'Ja, ta bort Bo Ek' }).click();
  await expect(page.getByText('Bo Ek är borttagen från gästlistan.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Bo Ek/ })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Cid Al/ })).toHaveCount(1);

  const exported = (await station.cli(['export'])).stdout;
  expect(exported).not.toContain('Bo Ek');
  expect(exported).toContain('Cid Al');
  await openTab(page, 'Inställningar');
  await expect(page.getByText(/Gäst borttagen från listan · Bo Ek/)).toBeVisible();
});

test('the staff import lists guests no longer in the file and removes them only when ticked', async ({
  page,
  station,
}) => {
  await page.goto(station.url);
  await openStaffMode(page);
  await page.getByRole('button', { name: 'Checka in Bo Ek' }).click();
  await expect(page.getByText('Bo Ek är incheckad.')).toBeVisible();
  await openTab(page, 'Importera');
  await page
    .getByLabel('Välj gästlista')
    .setInputFiles({ name: 'ny-lista.csv', mimeType: 'text/csv', buffer: Buffer.from(LIST + EMMA) });
  await expect(page.getByText('2 gäster på listan finns inte i filen (avbokade?):')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Cid Al' })).toBeVisible();
  // Bo already came: the list says so, and that he stays.
  await expect(page.getByRole('listitem').filter({ hasText: 'Bo Ek' })).toHaveText(
    /^Bo Ek – har redan kommit \(incheckad \d{2}:\d{2}\) och står kvar på listan$/,
  );
  await page.getByLabel('Ta bort dem som inte har kommit från listan när filen importeras').check();
  await page.getByRole('button', { name: 'Importera 1 rad' }).click();
  await expect(
    page.getByText(
      'Importerat. Nya: 0, ändrade: 0, oförändrade: 1. 1 gäst som inte fanns i filen togs bort från listan. ' +
        '1 gäst som inte fanns i filen har redan kommit och står kvar på listan, så att närvaron visar gästen.',
    ),
  ).toBeVisible();
  const exported = (await station.cli(['export'])).stdout;
  expect(exported).toContain('Emma Johansson');
  expect(exported).toMatch(/Bo Ek,.*,yes,/);
  expect(exported).not.toContain('Cid Al');
});
