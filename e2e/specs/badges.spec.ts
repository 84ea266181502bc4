// Badges end to end: staff choose the printer in badge settings (with the live preview), a guest
// checks in at the browser station, and the badge comes out of a real CUPS queue (cups-pdf).
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/station';
import { choosePrinter, openBadgeSettings } from '../helpers/printer';
import { createPdfQueue, printedPdfs, resumeQueue, stopQueue } from '../helpers/cups';
import { pageSizesMm } from '../../test/badges/pdf-tools';
import { status, text } from '../helpers/ui';
import { departmentColour } from '../../src/shared/badge/design';
import type { BadgeSettings, PrintJob } from '../../src/shared/badge/print-jobs';

/** "#1f5fa8" as the browser reports a computed colour. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

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
    // The guest's moment: title, the department in its badge colour, and the badge coming out.
    await expect(status(page)).toContainText('Förvaltningschef');
    const department = status(page).getByText('Socialförvaltningen');
    const settings = await page.request.post(`${station.url}api/getBadgeSettings`, { data: {} });
    const { design } = (await settings.json()) as BadgeSettings;
    await expect(department).toHaveCSS('background-color', rgb(departmentColour(design, 'Socialförvaltningen')));
    await expect(status(page)).toContainText(text('badge.progress.done'), { timeout: 20_000 });

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
    // The guest is sent to reception, without the printer's troubles.
    await expect(status(page)).toContainText(text('badge.progress.failed'), { timeout: 20_000 });
    await expect(status(page)).not.toContainText(queue.name);
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

test('with printing switched off the welcome says nothing about a badge', async ({ page, station }) => {
  await choosePrinter(page, station.url, 'Badges', false);
  await checkIn(page, station.url, 'Pålsson');
  await expect(page.getByText('Välkommen, Anna-Karin Pålsson!')).toBeVisible();
  await expect(status(page)).toContainText('Socialförvaltningen');
  await expect(status(page)).not.toContainText(/namnbricka/i);
  expect(await latestJob(page, station.url)).toBeUndefined();
});
