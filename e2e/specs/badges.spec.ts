// Badges end to end: staff choose the printer in badge settings (with the live preview), a guest
// checks in at the browser station, and the badge comes out of a real CUPS queue (cups-pdf).
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/station';
import { openStaffMode, openTab } from '../helpers/staff';
import { createPdfQueue, printedPdfs, resumeQueue, stopQueue } from '../helpers/cups';
import type { PrintJob } from '../../src/shared/badge/print-jobs';
import { pageSizesMm } from '../../test/badges/pdf-tools';
import { text } from '../helpers/ui';

/** Staff mode's settings, where the badge design, the printer and the print queue live. */
async function openBadgeSettings(page: Page, url: string) {
  await page.goto(url);
  await openStaffMode(page);
  await openTab(page, 'Inställningar');
}

async function choosePrinter(page: Page, url: string, printer: string) {
  await openBadgeSettings(page, url);
  const badge = page.getByRole('region', { name: 'Namnbricka', exact: true });
  // The preview shows the event's longest name, fitted inside the badge.
  const preview = badge.getByRole('img', { name: 'Förhandsvisning av namnbrickan' });
  await expect(preview.locator('[data-role="name"]').first()).toBeVisible();
  await badge.getByLabel('Skrivare (namnet på CUPS-kön)').fill(printer);
  await badge.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(badge.getByRole('status').filter({ hasText: 'Sparat.' })).toBeVisible();
}

async function checkIn(page: Page, url: string, query: string) {
  await page.goto(url);
  await page.getByLabel('Eller hitta ditt namn').fill(query);
  await page.getByRole('button', { name: /Pålsson/ }).click();
  await page.getByRole('button', { name: 'Ja, checka in mig' }).click();
}

async function latestJob(page: Page, url: string): Promise<PrintJob | undefined> {
  const response = await page.request.post(`${url}api/listPrintJobs`, { data: {} });
  return ((await response.json()) as PrintJob[])[0];
}

test('a check-in at the browser station prints the badge through CUPS', async ({ page, station }) => {
  const queue = createPdfQueue();
  try {
    await choosePrinter(page, station.url, queue.name);
    await checkIn(page, station.url, 'Pålsson');
    await expect(page.getByText('Välkommen, Anna-Karin Pålsson!')).toBeVisible();

    await expect.poll(async () => (await latestJob(page, station.url))?.state, { timeout: 20_000 }).toBe('done');
    const job = (await latestJob(page, station.url))!;
    const [pdf] = printedPdfs(`entre-badge-${job.id.slice(0, 8)}`);
    expect(pdf, 'cups-pdf wrote the badge').toBeDefined();
    const [size] = pageSizesMm(pdf!);
    expect(Math.abs(size!.width - 100)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(size!.height - 62)).toBeLessThanOrEqual(0.5);
    fs.rmSync(pdf!);
  } finally {
    queue.remove();
  }
});

test('a stopped queue shows the error to staff and the check-in still counts', async ({ page, station }) => {
  const queue = createPdfQueue();
  try {
    stopQueue(queue.name);
    await choosePrinter(page, station.url, queue.name);
    await checkIn(page, station.url, 'Pålsson');
    await expect(page.getByText('Välkommen, Anna-Karin Pålsson!')).toBeVisible();
    // A discreet notice on the kiosk for staff, in plain words and in the kiosk's language.
    const stopped = text('badge.error.stopped', { printer: queue.name });
    await expect(page.getByText(text('badge.notice', { error: stopped }))).toBeVisible({ timeout: 20_000 });

    // The check-in was recorded: the guest is told so on a second try.
    await checkIn(page, station.url, 'Pålsson');
    await expect(page.getByText(/Anna-Karin Pålsson är redan incheckad sedan/)).toBeVisible();

    // In the print queue staff see the failure, resume the printer and retry.
    await openBadgeSettings(page, station.url);
    const failed = page.locator('.print-queue__job--failed');
    await expect(failed).toContainText('Anna-Karin Pålsson');
    await expect(failed).toContainText('Misslyckades');
    await expect(failed).toContainText(stopped);
    resumeQueue(queue.name);
    await failed.getByRole('button', { name: 'Försök igen' }).click();
    await expect(page.locator('.print-queue__job--done')).toContainText('Utskriven', { timeout: 20_000 });
    const job = (await latestJob(page, station.url))!;
    printedPdfs(`entre-badge-${job.id.slice(0, 8)}`).forEach((file) => fs.rmSync(file));
  } finally {
    queue.remove();
  }
});
