// Scanning an invitation with a keyboard-wedge scanner: the result is announced at once in the live
// region, has its own colour, and the kiosk returns to idle by itself.
import Database from 'better-sqlite3';
import { test, expect, type Station } from '../fixtures/station';
import { GUESTS, fullName, guestListCsv, type TestGuest } from '../fixtures/guest-list';
import { wedgeFlood, wedgeScan } from '../helpers/wedge';
import { exportAttendance } from '../helpers/export';
import { idleHeading, searchField, status, text, textPattern } from '../helpers/ui';

test.use({ guestList: guestListCsv() });

/** How many check-ins the store's append-only log holds for a guest (read-only, beside the running station). */
function checkInsRecorded(station: Station, guest: TestGuest): number {
  const db = new Database(station.dbFile, { readonly: true });
  try {
    const row = db
      .prepare(
        `SELECT count(*) AS n FROM attendance_events e JOIN guests g ON g.id = e.guest_id
          WHERE g.email = ? AND e.kind = 'check-in'`,
      )
      .get(guest.email) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

test('a scan welcomes the guest with full name, title and department', async ({ page, fileStation }) => {
  const guest = GUESTS.annaKarin;
  await page.goto(fileStation.url);
  await expect(idleHeading(page)).toBeVisible();

  await wedgeScan(page, guest.code);
  await expect(status(page)).toContainText(text('result.welcome', { name: fullName(guest) }));
  await expect(status(page)).toContainText(guest.title);
  await expect(status(page)).toContainText(guest.department);

  await expect(status(page)).toBeEmpty();
  await expect(idleHeading(page)).toBeVisible();
});

test('a second scan says since when the guest is in and records nothing new', async ({ page, fileStation }) => {
  const guest = GUESTS.bjorn;
  await page.goto(fileStation.url);
  await expect(idleHeading(page)).toBeVisible();
  await wedgeScan(page, guest.code);
  await expect(status(page)).toContainText(text('result.welcome', { name: fullName(guest) }));

  await wedgeScan(page, guest.code);
  const already = textPattern('result.already', { name: fullName(guest), time: '(\\d\\d:\\d\\d)' });
  await expect(status(page)).toContainText(already);
  const shownTime = already.exec((await status(page).textContent()) ?? '')![1];

  const row = (await exportAttendance(fileStation)).get(fullName(guest))!;
  expect(row.checked_in).toBe('yes');
  expect(row.method).toBe('wedge');
  expect(row.checked_in_at.slice(11, 16)).toBe(shownTime);
  expect(checkInsRecorded(fileStation, guest)).toBe(1);

  await expect(status(page)).toBeEmpty();
  await expect(idleHeading(page)).toBeVisible();
});

test('unknown, garbage, over-long and binary-looking input is not recognised', async ({ page, fileStation }) => {
  await page.goto(fileStation.url);
  await expect(idleHeading(page)).toBeVisible();
  const inputs = {
    'an unknown code': 'zz9unknown0code0zz',
    garbage: 'DROP TABLE guests;--',
    'binary-looking input': '\u00ff\u00fe\u0001\u0002PK\u0003\u0004\u00e4\u00b6\u00a7',
  };
  for (const [what, input] of Object.entries(inputs)) {
    await wedgeScan(page, input);
    await expect(status(page), what).toContainText(text('result.unknown'));
    await expect(status(page), what).not.toContainText(text('result.error'));
  }
  await wedgeFlood(page, 'a'.repeat(9000));
  await expect(status(page), 'an over-long input').toContainText(text('result.unknown'));
  await expect(status(page)).toBeEmpty();
  await expect(idleHeading(page)).toBeVisible();
  const attendance = await exportAttendance(fileStation);
  expect([...attendance.values()].filter((row) => row.checked_in === 'yes').map((row) => row.name)).not.toContain(
    fullName(GUESTS.marta),
  );
});

test('a kiosk that cannot reach its station says so in its own language, and a scan works once it can', async ({
  page,
  fileStation,
}) => {
  // A guest no other test of this file scans: the file's tests share one store.
  const guest = GUESTS.perOlof;
  await page.goto(fileStation.url);
  await expect(idleHeading(page)).toBeVisible();
  // The station's server gone for a moment (restarting, the network cable out): the call never arrives.
  await page.route('**/api/checkInByCode', (route) => route.abort('connectionrefused'));
  await wedgeScan(page, guest.code);
  await expect(status(page)).toContainText(text('result.error'));
  await expect(status(page)).toContainText(text('error.store-unreachable'));
  expect(checkInsRecorded(fileStation, guest)).toBe(0);

  await page.unroute('**/api/checkInByCode');
  await wedgeScan(page, guest.code);
  await expect(status(page)).toContainText(text('result.welcome', { name: fullName(guest) }));
  expect(checkInsRecorded(fileStation, guest)).toBe(1);
});

test('a scan works while the search field has the focus, and clears the search', async ({ page, fileStation }) => {
  const guest = GUESTS.goran;
  await page.goto(fileStation.url);
  const search = searchField(page);
  await search.fill('Lind');
  await expect(page.getByRole('button', { name: new RegExp(fullName(GUESTS.asa)) })).toBeVisible();
  await search.focus();

  await wedgeScan(page, guest.code);
  await expect(status(page)).toContainText(text('result.welcome', { name: fullName(guest) }));
  await expect(status(page)).toBeEmpty();
  await expect(searchField(page)).toHaveValue('');
});

test('each outcome has its own colour', async ({ page, fileStation }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const guest = GUESTS.johanna;
  await page.goto(fileStation.url);
  await expect(idleHeading(page)).toBeVisible();
  const background = () => page.locator('main').evaluate((element) => getComputedStyle(element).backgroundColor);
  const colours = new Set<string>();
  colours.add(await background());

  await wedgeScan(page, guest.code);
  await expect(status(page)).toContainText(text('result.welcome', { name: fullName(guest) }));
  colours.add(await background());
  await wedgeScan(page, guest.code);
  await expect(status(page)).toContainText(textPattern('result.already', { name: fullName(guest) }));
  colours.add(await background());
  await wedgeScan(page, 'zz9unknown0code0zz');
  await expect(status(page)).toContainText(text('result.unknown'));
  colours.add(await background());

  expect(colours.size, `idle, welcome, already and unknown backgrounds: ${[...colours].join(' / ')}`).toBe(4);
});
