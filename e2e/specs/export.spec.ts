// What organizers take away: after check-ins at the kiosk, `entre export` lists every guest with
// whether and when they came.
import { test, expect } from '../fixtures/station';
import { GUESTS, ANDERSSONS, fullName, guestListCsv } from '../fixtures/guest-list';
import { exportAttendance } from '../helpers/export';
import { idleHeading, searchField, status, text } from '../helpers/ui';
import { wedgeScan } from '../helpers/wedge';

test.use({ guestList: guestListCsv() });

/** ISO 8601 with seconds and a UTC offset (Z or ±HH:MM). */
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

test('the export has the checked-in guests with yes and the time, everybody else with no', async ({
  page,
  fileStation,
}) => {
  await page.goto(fileStation.url);
  await expect(idleHeading(page)).toBeVisible();
  await wedgeScan(page, GUESTS.karin.code);
  await expect(status(page)).toContainText(text('result.welcome', { name: fullName(GUESTS.karin) }));
  await expect(status(page)).toBeEmpty();
  await searchField(page).fill('gronlund');
  await page.getByRole('button', { name: new RegExp(fullName(GUESTS.lena)) }).click();
  await page.getByRole('button', { name: text('search.confirm') }).click();
  await expect(status(page)).toContainText(text('result.welcome', { name: fullName(GUESTS.lena) }));

  const rows = await exportAttendance(fileStation);
  expect(rows.size).toBe(Object.keys(GUESTS).length + ANDERSSONS.length);
  for (const [guest, method] of [
    [GUESTS.karin, 'wedge'],
    [GUESTS.lena, 'search'],
  ] as const) {
    const row = rows.get(fullName(guest))!;
    expect(row).toMatchObject({ title: guest.title, department: guest.department, email: guest.email });
    expect(row).toMatchObject({ checked_in: 'yes', method });
    expect(row.checked_in_at).toMatch(ISO_WITH_OFFSET);
    expect(row.station).not.toBe('');
  }
  const others = [...rows.values()].filter(
    (row) => row.name !== fullName(GUESTS.karin) && row.name !== fullName(GUESTS.lena),
  );
  for (const row of others) expect(row).toMatchObject({ checked_in: 'no', checked_in_at: '', method: '' });
});
