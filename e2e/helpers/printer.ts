// Staff choosing this station's badge printer in settings, as reception does before the doors open.
import { expect, type Page } from '@playwright/test';
import { openStaffMode, openTab } from './staff';

/** Staff mode's settings, where the badge design, the printer and the print queue live. */
export async function openBadgeSettings(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await openStaffMode(page);
  await openTab(page, 'Inställningar');
}

export async function choosePrinter(page: Page, url: string, printer: string, printOnCheckIn = true): Promise<void> {
  await openBadgeSettings(page, url);
  const badge = page.getByRole('region', { name: 'Namnbricka', exact: true });
  // The preview shows the event's longest name, fitted inside the badge.
  const preview = badge.getByRole('img', { name: 'Förhandsvisning av namnbrickan' });
  await expect(preview.locator('[data-role="name"]').first()).toBeVisible();
  await badge.getByLabel('Skrivare (namnet på CUPS-kön)').fill(printer);
  await badge.getByLabel('Skriv ut namnbricka vid incheckning').setChecked(printOnCheckIn);
  await badge.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(badge.getByRole('status').filter({ hasText: 'Sparat.' })).toBeVisible();
}
