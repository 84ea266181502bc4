// Small things in the organizer's day that stood in a new user's way (issue 14).
import { test, expect } from '../fixtures/station';
import { openStaffMode, openTab, pinChosenOnAnotherScreen, setupCodeFor } from '../helpers/staff';
import { searchField } from '../helpers/ui';

test('Escape closes the staff PIN screen and returns to the kiosk', async ({ page, station }) => {
  await page.goto(station.url);
  await page.getByRole('button', { name: 'Personalläge' }).click();
  await expect(page.getByRole('heading', { name: 'Välj en PIN-kod för personalen' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Välkommen till Ledarforum' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Välj en PIN-kod för personalen' })).toHaveCount(0);
});

test("the first staff PIN takes the organizer's setup code, which the entry says how to get", async ({
  page,
  station,
}) => {
  // The code `entre serve` printed on its console is the one `entre staff-pin --setup-code` prints.
  const printed = await station.cli(['staff-pin', '--setup-code']);
  expect(printed.code, printed.stderr).toBe(0);
  const code = /Setup code: (\d{4} \d{4})/.exec(printed.stdout)![1]!;
  expect(code).toBe(setupCodeFor(station.url));

  await page.goto(station.url);
  await page.getByRole('button', { name: 'Personalläge' }).click();
  await expect(page.getByRole('heading', { name: 'Välj en PIN-kod för personalen' })).toBeVisible();
  await expect(page.getByText(/Arrangören får startkoden med kommandot entre staff-pin --setup-code/)).toBeVisible();
  const setupCode = page.getByLabel('Arrangörens startkod');
  await expect(setupCode).toBeFocused();
  // Without the code, or with a wrong one, no PIN is chosen: a passer-by cannot take the kiosk.
  await page.getByLabel('Ny PIN-kod').fill('1357');
  await page.getByLabel('Upprepa PIN-koden').fill('1357');
  await page.getByRole('button', { name: 'Spara och öppna' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Fel startkod. 4 försök kvar.' })).toBeVisible();
  await setupCode.fill(code.replace(/^\d/, (digit) => String((Number(digit) + 1) % 10)));
  await page.getByRole('button', { name: 'Spara och öppna' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Fel startkod. 3 försök kvar.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Personalläge', level: 1 })).toHaveCount(0);

  await setupCode.fill(code);
  await page.getByRole('button', { name: 'Spara och öppna' }).click();
  await expect(page.getByRole('heading', { name: 'Personalläge', level: 1 })).toBeVisible();
  // The code is spent: from now on the kiosk asks for the PIN, and the CLI has no code to give.
  await page.getByRole('button', { name: 'Lås', exact: true }).click();
  await page.getByRole('button', { name: 'Personalläge' }).click();
  await expect(page.getByRole('heading', { name: 'Ange personalens PIN-kod' })).toBeVisible();
  expect((await station.cli(['staff-pin', '--setup-code'])).stderr).toContain('A staff PIN is already set');
});

test('a PIN chosen on another screen first turns this screen into the unlock form, in Swedish', async ({
  page,
  station,
}) => {
  // Two screens of the same station (the kiosk and a staff tablet) both show the first-PIN form.
  await pinChosenOnAnotherScreen(page, station.url, '2468');

  await page.getByLabel('Arrangörens startkod').fill(setupCodeFor(station.url));
  await page.getByLabel('Ny PIN-kod').fill('1357');
  await page.getByLabel('Upprepa PIN-koden').fill('1357');
  await page.getByRole('button', { name: 'Spara och öppna' }).click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'En PIN-kod har just valts på en annan skärm. Ange den för att låsa upp.' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ange personalens PIN-kod' })).toBeVisible();
  // The PIN typed here was not kept: only the one chosen first opens staff mode.
  await expect(page.getByLabel('PIN-kod', { exact: true })).toHaveValue('');
  await page.getByLabel('PIN-kod', { exact: true }).fill('2468');
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(page.getByRole('heading', { name: 'Personalläge', level: 1 })).toBeVisible();
});

test('the staff door waits for a station out of reach, with a way back, and opens once it answers', async ({
  page,
  station,
}) => {
  await page.goto(station.url);
  await page.route('**/api/staffStatus', (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: 'Personalläge' }).click();
  await expect(page.getByRole('alert')).toHaveText('Kiosken får inte kontakt med stationen. Be personalen om hjälp.');
  await page.getByRole('button', { name: 'Tillbaka' }).click();
  await expect(page.getByRole('heading', { name: 'Välkommen till Ledarforum' })).toBeVisible();

  await page.getByRole('button', { name: 'Personalläge' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  // Back in reach: the door asks again by itself and shows the PIN form, without a reload.
  await page.unroute('**/api/staffStatus');
  await expect(page.getByRole('heading', { name: 'Välj en PIN-kod för personalen' })).toBeVisible();
});

test('the staff log words PIN entries in the language staff read it in', async ({ page, station }) => {
  await page.goto(station.url);
  await page.getByRole('button', { name: 'Personalläge' }).click();
  const code = setupCodeFor(station.url);
  await page.getByLabel('Arrangörens startkod').fill(code.replace(/^\d/, (digit) => String((Number(digit) + 1) % 10)));
  await page.getByLabel('Ny PIN-kod').fill('2468');
  await page.getByLabel('Upprepa PIN-koden').fill('2468');
  await page.getByRole('button', { name: 'Spara och öppna' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Fel startkod' })).toBeVisible();
  await page.getByLabel('Arrangörens startkod').fill(code);
  await page.getByRole('button', { name: 'Spara och öppna' }).click();
  await page.getByRole('button', { name: 'Lås', exact: true }).click();
  await page.getByRole('button', { name: 'Personalläge' }).click();
  await page.getByLabel('PIN-kod', { exact: true }).fill('1111');
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(page.getByText('Fel PIN-kod. 4 försök kvar.')).toBeVisible();
  await page.getByLabel('PIN-kod', { exact: true }).fill('2468');
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Inställningar', exact: true }).click();

  const swedish = page.getByRole('region', { name: 'Personallägets logg' });
  await expect(swedish).toContainText('Fel startkod (1 av 5)');
  await expect(swedish).toContainText('PIN-kod vald med arrangörens startkod');
  // Choosing the PIN started a fresh count of tries.
  await expect(swedish).toContainText('Fel PIN-kod (1 av 5)');
  await expect(swedish).not.toContainText(/wrong|setup|PIN set/);

  await page.getByRole('radio', { name: 'English' }).check();
  const english = page.getByRole('region', { name: 'Staff mode log' });
  await expect(english).toContainText('Wrong setup code (1 of 5)');
  await expect(english).toContainText("PIN set with the organizer's setup code");
  await expect(english).toContainText('Wrong PIN (1 of 5)');
  await expect(english).not.toContainText(/Fel|vald|startkod/);
});

test('the walk-in duplicate box says a guest already arrived, and when, instead of offering to check them in', async ({
  page,
  station,
}) => {
  await page.goto(station.url);
  await openStaffMode(page);
  await page.getByLabel('Sök gäst').fill('sjögren');
  await page.getByRole('button', { name: 'Checka in Märta Sjögren' }).click();
  await expect(page.getByRole('status').getByText('Märta Sjögren är incheckad.')).toBeVisible();
  // The row shows the arrival once the list has re-read the store: wait for it, then read the time.
  const row = page.getByRole('row', { name: /Märta Sjögren/ });
  await expect(row).toContainText(/Kom \d\d:\d\d/);
  const arrived = (await row.textContent())!.match(/Kom (\d\d:\d\d)/)![1];

  await openTab(page, 'Spontanbesök');
  await page.getByLabel('Förnamn').fill('Märta');
  await page.getByLabel('Efternamn').fill('Sjögrén');
  await page.getByRole('button', { name: 'Registrera och checka in' }).click();
  const box = page.getByRole('alert').filter({ hasText: 'Finns gästen redan?' });
  await expect(box).toContainText(`Märta Sjögren`);
  await expect(box).toContainText(`Har redan kommit, kl. ${arrived}.`);
  await expect(box.getByRole('button', { name: 'Checka in Märta Sjögren' })).toHaveCount(0);
  // A guest on the list who has not come yet is still offered.
  await page.getByLabel('Förnamn').fill('Emma');
  await page.getByLabel('Efternamn').fill('Johanson');
  await page.getByRole('button', { name: 'Registrera och checka in' }).click();
  await expect(box.getByRole('button', { name: 'Checka in Emma Johansson' })).toBeVisible();
});

test('a guest who types their name with one slip still finds it on the kiosk, and only their name', async ({
  page,
  station,
}) => {
  await page.goto(station.url);
  await searchField(page).fill('johanson');
  const hits = page.getByRole('button', { name: /Johansson/ });
  await expect(hits).toHaveCount(1);
  await expect(hits).toContainText('Emma Johansson');
  // Two slips find nobody: the public screen does not guess.
  await searchField(page).fill('johnsonn');
  await expect(page.getByText('Ingen träff på ”johnsonn”.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Johansson/ })).toHaveCount(0);
});
