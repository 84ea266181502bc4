// A recurring forum in staff mode, in a real browser against a real hub process: staff make the
// mingle groups and give the ribbon the event's own word in Settings, read this forum's history
// (first-timers and who of them arrived, new faces, maybe-one-person to answer), and the dashboard
// lists the first-timers who arrived. None of it reaches the kiosk's public screen.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import Database from 'better-sqlite3';
import { expectNoSeriousAxeFindings, expectTouchTargets } from '../helpers/accessibility';
import { openStaffMode, openTab } from '../helpers/staff';
import { searchField, status, text } from '../helpers/ui';
import {
  callStation,
  killHard,
  makeStation,
  newPairingCode,
  sqliteBackend,
  startHubProcess,
  writeFile,
  type SyncStation,
} from '../helpers/sync-cluster';

async function importAndPair(station: SyncStation, hub: { url: string; code: string }, event: string, csv: string) {
  const dir = path.dirname(station.dbFile);
  const imported = await station.cli(['import', writeFile(dir, `${station.name}.csv`, csv), '--event', event]);
  expect(imported.code, imported.stderr).toBe(0);
  const paired = await station.cli(['pair', '--hub', hub.url, '--code', hub.code]);
  expect(paired.code, paired.stderr).toBe(0);
}

test('staff make the groups, set the ribbon, and read the forum history; hosts see the first-timers who came', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-forums-'));
  const backend = sqliteBackend(dir);
  const hub = await startHubProcess(backend);
  const march = makeStation(dir, 'march');
  const november = makeStation(dir, 'november');
  try {
    // March: Anna and Karin came, Bo did not.
    await importAndPair(
      march,
      hub,
      'Ledarforum mars',
      'förnamn;efternamn;förvaltning;e-post\nAnna;Ek;Kultur;anna@kommun.example\nBo;Lind;Skola;bo@kommun.example\nKarin;Berg;Miljö;karin@kommun.example\n',
    );
    await march.serve();
    for (const name of ['Anna', 'Karin']) {
      const [guest] = await callStation<{ id: string }[]>(march, 'searchGuests', { query: name });
      await callStation(march, 'checkInGuest', { guestId: guest!.id, method: 'search' });
    }
    await march.stop();
    const marchSync = await march.cli(['sync']);
    expect(marchSync.code, marchSync.stderr).toBe(0);

    // November: Anna again, Cecilia and David new, and a Karin Berg of Miljö with another e-mail.
    await importAndPair(
      november,
      { url: hub.url, code: await newPairingCode(backend) },
      'Ledarforum november',
      'förnamn;efternamn;förvaltning;e-post\nAnna;Ek;Kultur;anna@kommun.example\nCecilia;Holm;Vård;cecilia@kommun.example\nDavid;Ros;Teknik;david@kommun.example\nKarin;Berg;Miljö;k.berg@privat.example\n',
    );
    await page.goto(await november.serve());
    await openStaffMode(page);
    for (const name of ['Cecilia Holm', 'Anna Ek']) {
      await page.getByRole('button', { name: `Checka in ${name}` }).click();
      await expect(page.getByText(`${name} är incheckad.`)).toBeVisible();
    }

    // Settings: groups of four at the hub, and the event's own ribbon word.
    await openTab(page, 'Inställningar');
    const forums = page.getByRole('region', { name: 'Återkommande forum' });
    await forums.getByRole('radio', { name: '4 per grupp' }).check();
    await forums.getByRole('button', { name: 'Gör grupperna' }).click();
    await expect(
      forums.getByText('Grupperna om 4 är gjorda och syns på namnbrickor och välkomstskärmen.'),
    ).toBeVisible();
    // Another size, or none, changes the printed groups at every door: staff are asked first.
    await forums.getByRole('radio', { name: '3 per grupp' }).check();
    await forums.getByRole('button', { name: 'Gör grupperna' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText('Göra nya grupper om 3 i stället för 4?');
    await confirm.getByRole('button', { name: 'Avbryt' }).click();
    await expect(confirm).toBeHidden();
    await forums.getByRole('button', { name: 'Gör grupperna' }).click();
    await confirm.getByRole('button', { name: 'Ja, gör nya grupper' }).click();
    await expect(
      forums.getByText('Grupperna om 3 är gjorda och syns på namnbrickor och välkomstskärmen.'),
    ).toBeVisible();
    await expect(forums.getByRole('radio', { name: '3 per grupp' })).toBeChecked();
    await forums.getByRole('radio', { name: 'Inga grupper' }).check();
    await forums.getByRole('button', { name: 'Ta bort grupperna' }).click();
    await expect(confirm).toContainText('Ta bort grupperna om 3 vid alla dörrar?');
    await confirm.getByRole('button', { name: 'Avbryt' }).click();
    await expect(confirm).toBeHidden();
    await expect(
      forums.getByText('Grupperna om 3 är gjorda och syns på namnbrickor och välkomstskärmen.'),
    ).toBeVisible();
    // A word of only spaces gets past the required field, and is refused in plain words.
    const groupWord = forums.getByLabel('Ordet före gruppens nummer');
    await groupWord.fill('   ');
    await forums.getByRole('button', { name: 'Spara orden' }).click();
    await expect(forums.getByText(text('forums.settings.wordEmpty'))).toBeVisible();
    await groupWord.fill('Grupp');
    await forums.getByLabel('Bandet för den som är med första gången').fill('Första Ledarforum');
    await forums.getByRole('button', { name: 'Spara orden' }).click();
    await expect(forums.getByText('Orden är sparade.')).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'settings with the forum');
    await expectTouchTargets(page, 'settings with the forum');
    // The same setting the CLI reads.
    const badge = await november.cli(['forum-badge']);
    expect(badge.stdout).toContain('at a first forum, "Första Ledarforum"');

    // History, from the hub: the first-timers and who of them came; Karin waits for staff.
    await openTab(page, 'Historik');
    await expect(page.getByText('Från hubben: alla forum som hubben har.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Första gången här (1 av 3 har kommit)' })).toBeVisible();
    await expect(page.getByTestId('history-first-timers')).toContainText('Cecilia Holm · Vård · har kommit');
    await expect(page.getByTestId('history-first-timers')).toContainText('David Ros · Teknik · inte kommit än');
    await expect(page.getByTestId('history-new-faces')).toHaveText('Cecilia Holm');
    const people = page.getByRole('table');
    await expect(people.getByRole('row', { name: /Anna Ek/ })).toContainText('Ledarforum mars; Ledarforum november');
    const proposal = page.getByRole('listitem').filter({ hasText: 'Karin Berg, Miljö' });
    await expect(proposal).toContainText('Inte besvarad.');
    await expect(proposal).toContainText('karin@kommun.example: Ledarforum mars');
    await expectNoSeriousAxeFindings(page, 'forum history');
    await expectTouchTargets(page, 'forum history');
    await proposal.getByRole('button', { name: 'Samma person', exact: true }).click();
    await expect(proposal).toContainText('Bekräftad: samma person');

    // The dashboard lists the first-timers who arrived, for hosts to greet.
    await openTab(page, 'Översikt');
    await expect(page.getByTestId('first-timers')).toContainText('Cecilia Holm');
    await expect(page.getByTestId('first-timers')).not.toContainText('David Ros');

    // The kiosk's public screen shows none of it: David, at his first forum, checks in there and
    // is welcomed by name and told his table group (once this door has pulled the hub's groups), with
    // neither the first-timer's word nor any history.
    const davidsGroup = () => {
      const db = new Database(november.dbFile, { readonly: true });
      try {
        const row = db
          .prepare(
            "SELECT f.mingle_group AS mingleGroup FROM forum_marks f JOIN guests g ON g.id = f.guest_id WHERE g.first_name = 'David'",
          )
          .get() as { mingleGroup: number | null } | undefined;
        return row?.mingleGroup ?? null;
      } finally {
        db.close();
      }
    };
    await expect.poll(davidsGroup, { timeout: 30_000 }).not.toBeNull();
    await page.getByRole('button', { name: 'Lås' }).click();
    await searchField(page).fill('david');
    await page.getByRole('button', { name: /David Ros/ }).click();
    await page.getByRole('button', { name: text('search.confirm') }).click();
    await expect(status(page)).toContainText(text('result.welcome', { name: 'David Ros' }));
    await expect(status(page)).toContainText(text('result.group', { group: String(davidsGroup()) }));
    const screen = page.locator('body');
    for (const word of ['Första', 'första', 'Ledarforum mars', 'Historik'])
      await expect(screen).not.toContainText(word);
  } finally {
    await november.stop();
    await march.stop();
    await killHard(hub.process);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
