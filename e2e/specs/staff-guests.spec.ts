import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../fixtures/station';
import { openStaffMode, openTab } from '../helpers/staff';

test('check in by hand, undo it (the export then says not checked in), edit a guest and reach the reprint hook', async ({
  page,
  station,
}) => {
  await page.goto(station.url);
  await openStaffMode(page);
  await page.getByLabel('Sök gäst').fill('emma joh');
  await page.getByRole('button', { name: 'Checka in Emma Johansson' }).click();
  await expect(page.getByRole('status').getByText('Emma Johansson är incheckad.')).toBeVisible();
  await page.getByRole('button', { name: 'Har kommit' }).click();
  await expect(page.getByRole('row', { name: /Emma Johansson/ })).toContainText(/Kom \d\d:\d\d/);

  // Undo asks first: "No" keeps the check-in.
  await page.getByRole('button', { name: 'Ångra incheckning Emma Johansson' }).click();
  const question = page.getByRole('alertdialog', {
    name: /Ångra incheckningen för Emma Johansson, som kom \d\d:\d\d\?/,
  });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Nej, behåll' }).click();
  await expect(question).toBeHidden();
  await expect(page.getByRole('row', { name: /Emma Johansson/ })).toContainText(/Kom \d\d:\d\d/);
  await page.getByRole('button', { name: 'Ångra incheckning Emma Johansson' }).click();
  await question.getByRole('button', { name: 'Ja, ångra incheckningen för Emma Johansson' }).click();
  await expect(page.getByText('Incheckningen för Emma Johansson är ångrad.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Emma Johansson/ })).toHaveCount(0);
  const exported = await station.cli(['export']);
  expect(exported.stdout).toMatch(/Emma Johansson,Förvaltningschef,Barn- och utbildningsförvaltningen,[^,]+,no,,,,no/);

  await page.getByRole('button', { name: 'Alla' }).click();
  await page.getByRole('button', { name: 'Redigera Emma Johansson' }).click();
  const editor = page.getByRole('form', { name: 'Redigera Emma Johansson' });
  await editor.getByLabel('Titel').fill('Skoldirektör');
  await editor.getByLabel('Flagga gästen för uppföljning').check();
  await editor.getByRole('button', { name: 'Spara' }).click();
  await expect(editor.getByText('Ändringarna är sparade.')).toBeVisible();
  await editor.getByRole('button', { name: 'Skriv ut namnbricka igen' }).click();
  // The reprint is queued as the guest's next copy, numbered so staff can tell copies apart.
  await expect(editor.getByText(/^Namnbricka nr \d+ skickad till skrivaren\.$/)).toBeVisible();
  // A corrected name: the open dialog follows it.
  await editor.getByLabel('Förnamn').fill('Emmy');
  await editor.getByRole('button', { name: 'Spara' }).click();
  const renamed = page.getByRole('form', { name: 'Redigera Emmy Johansson' });
  await expect(renamed).toBeVisible();
  await renamed.getByLabel('Förnamn').fill('Emma');
  await renamed.getByRole('button', { name: 'Spara' }).click();
  // The editor is a modal dialog: it is closed before the list behind it can be used again.
  await editor.getByRole('button', { name: 'Stäng' }).click();

  await page.getByLabel('Sök gäst').fill('qqxz');
  await expect(page.getByText('0 gäster Ingen gäst i den här listan matchar ”qqxz”', { exact: false })).toBeVisible();
  await page.getByLabel('Sök gäst').fill('');
  await page.getByRole('button', { name: 'Flaggade' }).click();
  await expect(page.getByRole('row', { name: /Emma Johansson/ })).toContainText('Skoldirektör');
  await expect(page.locator('tbody tr')).toHaveCount(1);
});

test('a walk-in who is probably on the list is shown first; a new one is checked in at once as a walk-in', async ({
  page,
  station,
}) => {
  await page.goto(station.url);
  await openStaffMode(page);
  await openTab(page, 'Spontanbesök');
  await page.getByLabel('Förnamn').fill('Emma');
  await page.getByLabel('Efternamn').fill('Johanson');
  await page.getByRole('button', { name: 'Registrera och checka in' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'Finns gästen redan?' });
  await expect(warning).toContainText('Emma Johansson');
  await expect(warning).toContainText('liknande namn');
  const accessibility = await new AxeBuilder({ page }).analyze();
  expect(accessibility.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await warning.getByRole('button', { name: 'Checka in Emma Johansson' }).click();
  await expect(page.getByText('Emma Johansson är incheckad.')).toBeVisible();

  await page.getByLabel('Förnamn').fill('Nils');
  await page.getByLabel('Efternamn').fill('Nykomling');
  await page.getByLabel('Förvaltning').fill('Miljöförvaltningen');
  // A hurried double tap registers Nils once and keeps saying so (not "the name is missing" of the emptied form).
  await page.getByRole('button', { name: 'Registrera och checka in' }).dblclick();
  await expect(page.getByText('Nils Nykomling är registrerad och incheckad.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Registrera och checka in' })).toBeEnabled();
  await expect(page.getByText('Nils Nykomling är registrerad och incheckad.')).toBeVisible();

  await openTab(page, 'Gäster');
  await page.getByRole('group', { name: 'Visa' }).getByRole('button', { name: 'Spontanbesök' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.getByRole('row', { name: /Nils Nykomling/ })).toContainText(/Kom \d\d:\d\d/);

  const exported = await station.cli(['export']);
  expect(exported.stdout).toMatch(/Nils Nykomling,,Miljöförvaltningen,,yes,[^,]+,[^,]+,walk-in,yes/);
  expect(exported.stdout).toMatch(/Emma Johansson,[^\n]*,yes,[^,]+,[^,]+,staff,no/);
  expect(exported.stdout.match(/Emma Johans/g)).toHaveLength(1);
});
