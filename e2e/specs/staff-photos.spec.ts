// Badge photos in staff mode, in Debian's Chromium with a fake camera showing a drawn face: staff take a
// guest's photo from the edit dialog (the kiosk's capture steps; consent at the desk in the door log),
// see who consented, turn the kiosk question on, download the who's-who and withdraw a consent.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { test, expect } from '../fixtures/station';
import { faceVideo, launchWithCamera } from '../helpers/fake-camera';
import { expectNoSeriousAxeFindings, expectTouchTargets } from '../helpers/accessibility';
import { openStaffMode, openTab } from '../helpers/staff';
import { openDatabase } from '../../src/main/store/database';
import { getPhotoSettings } from '../../src/main/photos/settings';
import { staffLog } from '../../src/main/staff/staff-log';

test.use({
  guestList:
    'förnamn;efternamn;titel;förvaltning;kod\nÅsa;Lindqvist;Avdelningschef;Socialförvaltningen;asa2026kod\nBjörn;Öhman;Enhetschef;Kulturförvaltningen;bjorn2026kod\n',
});

function inStore<T>(dbFile: string, read: (db: ReturnType<typeof openDatabase>) => T): T {
  const db = openDatabase(dbFile);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const photoOf = (dbFile: string, lastName: string) =>
  inStore(dbFile, (db) => {
    const row = db
      .prepare('SELECT g.id, p.jpeg FROM guests g LEFT JOIN guest_photos p ON p.guest_id = g.id WHERE g.last_name = ?')
      .get(lastName) as { id: string; jpeg: Buffer | null };
    return row;
  });

let browser: Browser | null = null;
test.afterEach(async () => {
  await browser?.close();
  browser = null;
});

test('staff take a photo at the desk, list it, download the who’s-who and withdraw the consent', async ({
  station,
}) => {
  browser = await launchWithCamera(faceVideo(station.dir));
  const page = await (await browser.newContext({ permissions: ['camera'], acceptDownloads: true })).newPage();
  // Which camera each start asks for: with Chromium's one fake camera the default would show it too.
  await page.addInitScript(() => {
    const asked: MediaStreamConstraints[] = [];
    Object.assign(window, { camerasAsked: asked });
    const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = (constraints) => {
      asked.push(constraints ?? {});
      return getUserMedia(constraints);
    };
  });
  await page.goto(station.url);
  await openStaffMode(page);

  // Staff chose the desk's camera in the settings: the desk photo uses it.
  await openTab(page, 'Inställningar');
  const choice = page.getByRole('region', { name: 'Kamera' }).getByRole('combobox', { name: 'Kamera' });
  await choice.selectOption({ index: 1 });
  const chosen = await choice.inputValue();
  expect(chosen).not.toBe('');
  // The badge preview shows a guest without a photo while nobody has one.
  const previewPhoto = () =>
    page.getByRole('img', { name: 'Förhandsvisning av namnbrickan' }).locator('image[data-role="photo"]');
  await expect(page.getByText('Exempel med det längsta namnet: Åsa Lindqvist')).toBeVisible();
  await expect(previewPhoto()).toHaveCount(0);
  await openTab(page, 'Gäster');
  await page.getByRole('button', { name: 'Redigera Åsa Lindqvist' }).click();
  await page.getByRole('button', { name: 'Ta bild för namnbrickan' }).click();
  const capture = page.getByRole('dialog', { name: 'Titta in i kameran' });
  await expect(capture).toContainText('Ta bara bild om Åsa Lindqvist har sagt ja');
  await expect(page.getByRole('img', { name: 'Bild av Åsa Lindqvist' })).toBeVisible({ timeout: 15_000 });
  const asked = await page.evaluate(
    () => (window as unknown as { camerasAsked: MediaStreamConstraints[] }).camerasAsked,
  );
  expect(asked.at(-1)).toEqual({ video: { deviceId: chosen } });
  await expectNoSeriousAxeFindings(page, 'staff photo review');
  await expectTouchTargets(page, 'staff photo review');
  await page.getByRole('button', { name: 'Använd bilden' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bilden av Åsa Lindqvist är sparad.' })).toBeVisible();

  const asa = photoOf(station.dbFile, 'Lindqvist');
  expect(asa.jpeg?.length).toBeGreaterThan(0);
  // Consent given in person at the desk, in the door log.
  expect(inStore(station.dbFile, staffLog)).toContainEqual(
    expect.objectContaining({ kind: 'photo-consent', detail: `${asa.id} desk` }),
  );
  await page.getByRole('button', { name: 'Stäng' }).click();

  await openTab(page, 'Inställningar');
  const panel = page.getByRole('region', { name: 'Bilder på namnbrickor' });
  await expect(panel).toContainText('Gäster som gett samtycke till bild: 1');
  await expect(panel.getByRole('listitem')).toContainText('Åsa Lindqvist · Socialförvaltningen · bild tagen');
  // The badge preview now shows the photo layout, with her picture, as her badge will print.
  await expect(previewPhoto().first()).toHaveAttribute(
    'href',
    `data:image/jpeg;base64,${asa.jpeg!.toString('base64')}`,
  );
  await expectNoSeriousAxeFindings(page, 'settings with a photo consent');
  await expectTouchTargets(page, 'settings with a photo consent');

  // The kiosk question is off by default; the toggle turns it on for this station.
  const question = panel.getByRole('checkbox', { name: /Fråga varje gäst efter välkomnandet/ });
  await expect(question).not.toBeChecked();
  await question.check();
  await expect.poll(() => inStore(station.dbFile, getPhotoSettings).kioskQuestion).toBe(true);

  // The booklet leaves out Björn (no photo) until staff ask for initials.
  const booklet = async () => {
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Deltagarförteckning med bilder (PDF)' }).click();
    const file = path.join(station.dir, `booklet-${Date.now()}.pdf`);
    await (await download).saveAs(file);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
  const withoutInitials = await booklet();
  expect(withoutInitials).toContain('Socialförvaltningen Åsa Lindqvist Avdelningschef');
  expect(withoutInitials).not.toContain('Björn');
  await panel.getByRole('radio', { name: 'Visa dem med initialer' }).check();
  await expect.poll(() => inStore(station.dbFile, getPhotoSettings).whosWhoInitials).toBe(true);
  expect(await booklet()).toContain('Kulturförvaltningen BÖ Björn Öhman');

  // Withdrawal asks first; cancelling keeps the photo.
  await panel.getByRole('button', { name: 'Dra tillbaka samtycke för Åsa Lindqvist' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('Bilden raderas här, i hubben och på alla andra stationer.');
  await confirm.getByRole('button', { name: 'Avbryt' }).click();
  expect(photoOf(station.dbFile, 'Lindqvist').jpeg).not.toBeNull();
  await panel.getByRole('button', { name: 'Dra tillbaka samtycke för Åsa Lindqvist' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, radera bilden' }).click();
  await expect(panel).toContainText('Samtycket för Åsa Lindqvist är tillbakadraget och bilden raderad.');
  await expect(panel).toContainText('Gäster som gett samtycke till bild: 0');
  // A tombstone (the row without its picture) carries the deletion through sync; the door log has it.
  expect(photoOf(station.dbFile, 'Lindqvist').jpeg).toBeNull();
  expect(inStore(station.dbFile, staffLog)).toContainEqual(
    expect.objectContaining({ kind: 'photo-withdrawn', detail: asa.id }),
  );
});
