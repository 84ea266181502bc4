// Staff's view of sync in a real browser: a paired station shows its hub, what waits, the last
// error in plain Swedish while the hub is down, and "Sync now" empties the queue once it is back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { FaultProxy } from '../helpers/fault-proxy';
import { expectNoSeriousAxeFindings, expectTouchTargets } from '../helpers/accessibility';
import { openStaffMode, openTab } from '../helpers/staff';
import { killHard, makeStation, sqliteBackend, startHubProcess, writeFile } from '../helpers/sync-cluster';

test('the sync panel shows pending changes, the failure in plain words, and syncs on demand', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-sync-panel-'));
  const hub = await startHubProcess(sqliteBackend(dir));
  const proxy = new FaultProxy();
  proxy.target = hub.url;
  const proxyUrl = await proxy.start();
  const station = makeStation(dir, 'door');
  try {
    const guests = writeFile(dir, 'guests.csv', 'first_name,last_name,email\nAnna,Berg,anna@example.se\n');
    const imported = await station.cli(['import', guests, '--event', 'Ledarforum']);
    expect(imported.code, imported.stderr).toBe(0);
    proxy.mode = 'down';
    expect((await station.cli(['pair', '--hub', proxyUrl, '--code', hub.code])).code).toBe(1);
    proxy.mode = 'pass';
    const paired = await station.cli(['pair', '--hub', proxyUrl, '--code', hub.code]);
    expect(paired.code, paired.stderr).toBe(0);
    proxy.mode = 'down';
    await page.goto(await station.serve());
    await openStaffMode(page);
    await openTab(page, 'Synk');

    await expect(page.getByRole('heading', { name: 'Synkning med arrangörens hubb' })).toBeVisible();
    await expect(page.getByText(proxyUrl, { exact: true })).toBeVisible();
    await expect(page.getByText(/^\d+ ändringar$/)).not.toHaveText('0 ändringar');
    // In the staff's language (Swedish first), naming the hub it cannot reach.
    await expect(page.getByRole('alert')).toHaveText(
      `Hubben på ${proxyUrl} går inte att nå. Kontrollera nätverket – synkningen försöker igen av sig själv.`,
    );
    await expect(page.getByText('Aldrig')).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'sync with an error');
    await expectTouchTargets(page, 'sync with an error');

    proxy.mode = 'pass';
    await page.getByRole('button', { name: 'Synka nu' }).click();
    await expect(page.getByText('0 ändringar')).toBeVisible();
    await expect(page.getByText('Aldrig')).toBeHidden();
    await expect(page.getByText('Inget', { exact: true })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Synkningen är klar.');
  } finally {
    await station.stop();
    await killHard(hub.process);
    await proxy.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
