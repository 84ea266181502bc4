// Reaching staff mode as reception does: the discreet control on the kiosk, then the PIN.
import { expect, type Page } from '@playwright/test';

export const STAFF_PIN = '2468';

/** Each station's setup code, as `entre serve` printed it on its console (startServe notes it). */
const setupCodes = new Map<string, string>();
const stationKey = (url: string) => {
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}`;
};

export const rememberSetupCode = (url: string, code: string): void => void setupCodes.set(stationKey(url), code);

/** The organizer's setup code of the station at this address. */
export function setupCodeFor(url: string): string {
  const code = setupCodes.get(stationKey(url));
  if (!code) throw new Error(`No setup code was printed for ${url}: start it with startServe, or note the code.`);
  return code;
}

/** From the kiosk into staff mode: chooses the PIN on first start (with the setup code), otherwise enters it. */
export async function openStaffMode(page: Page, pin = STAFF_PIN): Promise<void> {
  await page.getByRole('button', { name: 'Personalläge' }).click();
  const choose = page.getByRole('heading', { name: 'Välj en PIN-kod för personalen' });
  const enter = page.getByRole('heading', { name: 'Ange personalens PIN-kod' });
  await expect(choose.or(enter)).toBeVisible();
  if (await choose.isVisible()) return chooseFirstPin(page, pin);
  await page.getByLabel('PIN-kod', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(page.getByRole('heading', { name: 'Personalläge', level: 1 })).toBeVisible();
}

/** On a screen already showing the first-PIN form: the organizer's setup code and a new PIN, into staff mode. */
export async function chooseFirstPin(page: Page, pin: string): Promise<void> {
  await page.getByLabel('Arrangörens startkod').fill(setupCodeFor(page.url()));
  await page.getByLabel('Ny PIN-kod').fill(pin);
  await page.getByLabel('Upprepa PIN-koden').fill(pin);
  await page.getByRole('button', { name: 'Spara och öppna' }).click();
  await expect(page.getByRole('heading', { name: 'Personalläge', level: 1 })).toBeVisible();
}

/**
 * The kiosk (`page`) and a staff tablet both open the first-PIN form of a new station, and the tablet chooses
 * `pin` first: what `page` then sees of the race.
 */
export async function pinChosenOnAnotherScreen(page: Page, url: string, pin: string): Promise<void> {
  const tablet = await page.context().newPage();
  for (const screen of [page, tablet]) {
    await screen.goto(url);
    await screen.getByRole('button', { name: 'Personalläge' }).click();
    await expect(screen.getByRole('heading', { name: 'Välj en PIN-kod för personalen' })).toBeVisible();
  }
  await chooseFirstPin(tablet, pin);
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
}
