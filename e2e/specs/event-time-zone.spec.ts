// One time zone per station (issue 14, item 3): a browser in another zone than the event's, and a
// station process in a third (the machine's), still show every clock time in the event's zone, and
// the dashboard's chart and its latest arrivals agree. A station named in settings is named in exports.
import type { Page } from '@playwright/test';
import { test, expect, type Station } from '../fixtures/station';
import { exportAttendance } from '../helpers/export';
import { openStaffMode, openTab } from '../helpers/staff';
import { text } from '../helpers/ui';
import { wedgeScan } from '../helpers/wedge';

const EVENT_ZONE = 'Asia/Kolkata';

test.use({
  timezoneId: 'America/Los_Angeles',
  guestList: ['namn;förvaltning;kod', 'Björn Öhman;Socialförvaltningen;bjorn2026'].join('\n'),
});

/** Every HH:MM the event's clock showed between two moments. */
function clockTimesBetween(from: number, to: number, { withDate = false } = {}): string[] {
  const format = new Intl.DateTimeFormat('sv-SE', {
    ...(withDate ? { year: 'numeric', month: '2-digit', day: '2-digit' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: EVENT_ZONE,
  });
  const times = new Set<string>();
  for (let at = from - (from % 60_000); at <= to; at += 60_000) times.add(format.format(at));
  return [...times];
}

/** The event set to EVENT_ZONE, and its kiosk open. */
async function openInEventZone(page: Page, station: Station) {
  expect((await station.cli(['event', '--time-zone', EVENT_ZONE])).code).toBe(0);
  await page.goto(station.url);
  await expect(page.getByRole('heading', { name: 'Välkommen till Ledarforum' })).toBeVisible();
}

/** Björn checks in and scans again: the time of his check-in as the kiosk says it ("redan incheckad sedan 08:41"). */
async function checkInTime(page: Page): Promise<string> {
  await wedgeScan(page, 'bjorn2026');
  await expect(page.getByText('Välkommen, Björn Öhman!')).toBeVisible();
  await wedgeScan(page, 'bjorn2026');
  const already = page.getByText(/Björn Öhman är redan incheckad sedan \d\d:\d\d\./);
  await expect(already).toBeVisible();
  return /(\d\d:\d\d)\./.exec((await already.textContent())!)![1]!;
}

const fiveMinuteFloor = (time: string) => {
  const [hours, minutes] = time.split(':');
  return `${hours}:${String(Math.floor(Number(minutes) / 5) * 5).padStart(2, '0')}`;
};

test("every screen shows the event's clock, not the browser's", async ({ page, station }) => {
  const set = await station.cli(['event', '--time-zone', EVENT_ZONE]);
  expect(set.code, set.stderr).toBe(0);
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/Los_Angeles');

  const before = Date.now();
  await page.goto(station.url);
  await expect(page.getByRole('heading', { name: 'Välkommen till Ledarforum' })).toBeVisible();
  const kioskTime = await checkInTime(page);

  await openStaffMode(page);
  await openTab(page, 'Översikt');
  const latest = page.getByTestId('latest');
  await expect(latest).toContainText('Björn Öhman');
  const arrivedAt = /(\d\d:\d\d) · /.exec((await latest.textContent())!)![1]!;
  const chartRow = page
    .getByRole('figure')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
  await expect(chartRow).toHaveCount(1);
  const chartLabel = (await chartRow.getByRole('rowheader').textContent())!.trim();
  const after = Date.now();

  expect(clockTimesBetween(before, after)).toContain(arrivedAt);
  expect(kioskTime).toBe(arrivedAt);
  expect(chartLabel).toBe(fiveMinuteFloor(arrivedAt));

  await openTab(page, 'Inställningar');
  await expect(page.getByLabel('Tidszon')).toHaveValue(EVENT_ZONE);
});

test('the door log and the PIN lockout tell the event’s time, not the browser’s', async ({ page, station }) => {
  await openInEventZone(page, station);
  const before = Date.now();
  await openStaffMode(page);
  await openTab(page, 'Inställningar');
  // The door log's entry for choosing the PIN: its date and time are the event's.
  const chosen = page.getByRole('listitem').filter({ hasText: 'PIN-kod vald' });
  await expect(chosen).toHaveCount(1);
  const logged = /(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}):\d{2} · PIN-kod vald/.exec((await chosen.textContent())!);
  expect(logged, (await chosen.textContent())!).not.toBeNull();
  // Date and time together: midnight in the event's zone may pass while staff mode opens.
  expect(clockTimesBetween(before, Date.now(), { withDate: true })).toContain(`${logged![1]} ${logged![2]}`);

  // Five wrong PINs: staff mode is locked until five minutes from now on the event's clock.
  await page.getByRole('button', { name: 'Lås', exact: true }).click();
  await page.getByRole('button', { name: 'Personalläge' }).click();
  const pin = page.getByLabel('PIN-kod', { exact: true });
  const wrongFrom = Date.now();
  for (let left = 4; left >= 0; left--) {
    await pin.fill('1111');
    await page.getByRole('button', { name: 'Lås upp' }).click();
    await expect(
      page.getByText(left > 0 ? `Fel PIN-kod. ${left} försök kvar.` : /Personalläget är låst till/),
    ).toBeVisible();
  }
  const locked = page.getByText(/Personalläget är låst till \d\d:\d\d\./);
  const until = /(\d\d:\d\d)\./.exec((await locked.textContent())!)![1]!;
  const lockoutMs = 5 * 60_000;
  expect(clockTimesBetween(wrongFrom + lockoutMs, Date.now() + lockoutMs)).toContain(until);
});

test('a zone changed while the kiosk is open, as a pull from another door changes it, shows from the next guest on', async ({
  page,
  station,
}) => {
  expect((await station.cli(['event', '--time-zone', 'America/New_York'])).code).toBe(0);
  await page.clock.install();
  await page.goto(station.url);
  await expect(page.getByRole('heading', { name: 'Välkommen till Ledarforum' })).toBeVisible();
  // The event's row changes under the open kiosk; back at idle (30 s without a touch) it reads it again.
  expect((await station.cli(['event', '--name', 'Ledarforum höst', '--time-zone', EVENT_ZONE])).code).toBe(0);
  await page.clock.fastForward(30_000);
  await expect(page.getByRole('heading', { name: 'Välkommen till Ledarforum höst' })).toBeVisible();

  const before = Date.now();
  const kioskTime = await checkInTime(page);
  expect(clockTimesBetween(before, Date.now())).toContain(kioskTime);
});

test('a station named in settings is named in the export, with the time in the event’s zone', async ({
  page,
  station,
}) => {
  await openInEventZone(page, station);
  await wedgeScan(page, 'bjorn2026');
  await expect(page.getByText('Välkommen, Björn Öhman!')).toBeVisible();

  await openStaffMode(page);
  // The stored name arrives late, as on a busy kiosk: the field waits for it, so a name typed meanwhile is
  // not replaced by it (an empty name was saved that way).
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/staffStationName', async (route) => {
    await arrived;
    await route.continue();
  });
  await openTab(page, 'Inställningar');
  const section = page.getByRole('form', { name: 'Den här stationen' });
  await expect(section.getByLabel('Stationens namn')).toBeDisabled();
  release();
  await section.getByLabel('Stationens namn').fill('Entré norr');
  await section.getByRole('button', { name: 'Spara' }).click();
  await expect(section.getByText('Inställningarna är sparade.')).toBeVisible();

  const row = (await exportAttendance(station)).get('Björn Öhman')!;
  expect(row.station).toBe('Entré norr');
  expect(row.checked_in_at).toMatch(/\+05:30$/);
});

test('a time zone staff mistype is refused in their language, and the event keeps its zone', async ({
  page,
  station,
}) => {
  await openInEventZone(page, station);
  await openStaffMode(page);
  await openTab(page, 'Inställningar');

  const zone = { zone: 'Europe/Stokholm' };
  await page.getByLabel('Tidszon').fill(zone.zone);
  const form = page.getByRole('form', { name: 'Evenemang' });
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form.getByRole('status')).toHaveText(text('staff.settings.timeZoneUnknown', zone));

  await page.getByRole('radio', { name: 'English' }).check();
  const english = page.getByRole('form', { name: 'Event' });
  await english.getByRole('button', { name: 'Save' }).click();
  await expect(english.getByRole('status')).toHaveText(text('staff.settings.timeZoneUnknown', zone, 'en'));

  const shown = await station.cli(['event']);
  expect(shown.stdout).toContain(`Time zone:    ${EVENT_ZONE}`);
});
