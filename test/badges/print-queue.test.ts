// The print queue against the real CUPS queue: a check-in commits first, its badge prints afterwards,
// and a missing or stopped printer leaves the check-in in place with an error staff can act on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { openStation } from '../../src/main/kiosk/station';
import { checkInGuest, type Station } from '../../src/main/kiosk/check-in';
import { guestStatus } from '../../src/main/store/attendance';
import { getActiveEvent } from '../../src/main/store/events';
import { listGuests } from '../../src/main/store/guests';
import { getPrinterSettings, savePrinterSettings } from '../../src/main/store/badge-designs';
import { getPrintJob, recentPrintJobs } from '../../src/main/store/print-jobs';
import { queueProblem } from '../../src/main/badges/cups';
import { createPdfQueue, printedPdfs, stopQueue } from '../../e2e/helpers/cups';
import { pageSizesMm } from './pdf-tools';

let queue: ReturnType<typeof createPdfQueue>;
let dir: string;
let station: Station;

beforeAll(() => {
  queue = createPdfQueue();
});
afterAll(() => queue.remove());

function open(printer: string, printOnCheckIn = true) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-print-'));
  station = openStation(path.join(dir, 'entre.db'));
  savePrinterSettings(station.db, { printer, printOnCheckIn });
  const guests = listGuests(station.db, getActiveEvent(station.db)!.id);
  return guests.find((guest) => guest.firstName === 'Anna-Karin')!;
}
afterEach(async () => {
  await station.badges!.idle();
  station.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const jobsOf = () => recentPrintJobs(station.db, getActiveEvent(station.db)!.id, 10);

it('prints a badge to the CUPS queue after a check-in, and only for a guest just welcomed', async () => {
  const guest = open(queue.name);
  const welcome = checkInGuest(station, guest.id, 'search');
  expect(welcome.kind).toBe('welcome');
  expect(checkInGuest(station, guest.id, 'search')).not.toHaveProperty('badgeJobId');
  await station.badges!.idle();

  const [job, ...others] = jobsOf();
  expect(others).toEqual([]);
  // The welcome names the badge's job, so the kiosk can follow it for the guest.
  expect(welcome).toMatchObject({ badgeJobId: job!.id });
  expect(job).toMatchObject({ state: 'done', reason: 'check-in', copy: 1, printer: queue.name, error: null });
  const [pdf] = printedPdfs(`entre-badge-${job!.id.slice(0, 8)}`);
  expect(pdf, 'cups-pdf wrote the badge').toBeDefined();
  // At the label's own size, not rotated onto A4 (cups-pdf re-encodes the fonts, so no text check here).
  const [size] = pageSizesMm(pdf!);
  expect(Math.abs(size!.width - 100)).toBeLessThanOrEqual(0.5);
  expect(Math.abs(size!.height - 62)).toBeLessThanOrEqual(0.5);
  fs.rmSync(pdf!);
});

it('records a missing printer as a failed job in plain words, keeps the check-in, and retries once fixed', async () => {
  const guest = open('no-such-printer');
  expect(checkInGuest(station, guest.id, 'search').kind).toBe('welcome');
  await station.badges!.idle();
  expect(guestStatus(station.db, guest.id).checkedIn).toBe(true);
  const [job] = jobsOf();
  expect(job!.state).toBe('failed');
  expect(job).toMatchObject({ printer: 'no-such-printer', error: { code: 'no-printer' } });

  savePrinterSettings(station.db, { ...getPrinterSettings(station.db), printer: queue.name });
  expect(station.badges!.retry(job!.id)?.state).toBe('queued');
  await station.badges!.idle();
  expect(getPrintJob(station.db, job!.id)).toMatchObject({ state: 'done', attempts: 2, error: null });
  printedPdfs(`entre-badge-${job!.id.slice(0, 8)}`).forEach((file) => fs.rmSync(file));
});

it('says a stopped queue is paused, and prints nothing on check-in when printing is switched off', async () => {
  const stopped = createPdfQueue();
  try {
    stopQueue(stopped.name);
    const guest = open(stopped.name);
    checkInGuest(station, guest.id, 'search');
    await station.badges!.idle();
    expect(jobsOf()[0]).toMatchObject({ printer: stopped.name, error: { code: 'stopped' } });
  } finally {
    stopped.remove();
  }
  station.db.close();
  const guest = open(queue.name, false);
  expect(checkInGuest(station, guest.id, 'search')).not.toHaveProperty('badgeJobId');
  await station.badges!.idle();
  expect(jobsOf()).toEqual([]);
});

it('numbers reprints as further copies of the same guest', async () => {
  const guest = open(queue.name, false);
  const first = station.badges!.reprint(guest.id);
  const second = station.badges!.reprint(guest.id);
  expect([first.copy, second.copy]).toEqual([1, 2]);
  await station.badges!.idle();
  for (const job of jobsOf()) printedPdfs(`entre-badge-${job.id.slice(0, 8)}`).forEach((file) => fs.rmSync(file));
});

it('reads CUPS printer alerts as the trouble staff can fix', () => {
  const status = (alerts: string) =>
    `printer Badges is idle.  enabled since Fri Nov 27 03:59:20 2026\n\tAlerts: ${alerts}\n`;
  expect(queueProblem(status('none'))).toBeNull();
  expect(queueProblem(status('media-empty-error'))).toEqual({ code: 'out-of-labels', detail: 'media-empty-error' });
  expect(queueProblem(status('media-jam-error'))?.code).toBe('jammed');
  expect(queueProblem(status('offline-report'))?.code).toBe('offline');
  const paused = 'printer Badges disabled since Fri Nov 27 03:59:20 2026 -\n\tPaused\n';
  expect(queueProblem(paused)).toEqual({ code: 'stopped', detail: 'Paused' });
});

it('reads an error written as English text by an older version as a failure with that text as detail', async () => {
  const guest = open('no-such-printer');
  const job = station.badges!.reprint(guest.id);
  await station.badges!.idle();
  station.db.prepare('UPDATE print_jobs SET error = ? WHERE id = ?').run('Out of labels: load a new roll.', job.id);
  expect(getPrintJob(station.db, job.id)!.error).toEqual({ code: 'failed', detail: 'Out of labels: load a new roll.' });
});
