// A kiosk's camera at the door all day: refused, unplugged, frozen, and the staff's camera choice kept
// across reloads and restarts. Debian's Chromium with a fake camera fed from a video of a guest's
// invitation, against the real `entre serve`; the kiosk must recover each time without a reload.
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect } from '../fixtures/station';
import { startServe, stopServe } from '../helpers/cli';
import {
  launchKioskProfile,
  launchWithCamera,
  openKiosk,
  qrImage,
  qrVideo,
  videoCaptureService,
} from '../helpers/fake-camera';
import { openStaffMode, openTab } from '../helpers/staff';
import { wedgeScan } from '../helpers/wedge';

test.use({
  guestList: 'förnamn;efternamn;kod\nÅsa;Lindqvist;asa2026kod\nBjörn;Öhman;bjorn2026kod\n',
});

// ffmpeg, a browser with a camera and camera restarts, each seconds long on a loaded two-core machine.
test.describe.configure({ timeout: 120_000 });

/** Two passes of the looping video (a code on screen 1.5–6.5 s of every 6.5 s), and a camera restart. */
const CAMERA_TIMEOUT = 20_000;

let browser: Browser | null = null;
let frozenService: number | null = null;
test.afterEach(async () => {
  if (frozenService) process.kill(frozenService, 'SIGCONT');
  frozenService = null;
  await browser?.close();
  browser = null;
});

async function asaVideo(dir: string): Promise<string> {
  return qrVideo(dir, 'asa', await qrImage(dir, 'asa', 'asa2026kod'));
}

const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
/** The kiosk's camera, which carries its state (data-camera-state) for tests to wait on. */
const cameraSection = (page: Page) => page.locator('section.camera');

function methodsOf(dbFile: string, lastName: string): string | null {
  const db = new Database(dbFile, { readonly: true });
  try {
    const row = db
      .prepare(
        `SELECT group_concat(a.method) AS methods FROM attendance_events a JOIN guests g ON g.id = a.guest_id
         WHERE g.last_name = ?`,
      )
      .get(lastName) as { methods: string | null };
    return row.methods;
  } finally {
    db.close();
  }
}

async function cameraSettings(page: Page) {
  await openStaffMode(page);
  await openTab(page, 'Inställningar');
  return page.getByRole('region', { name: 'Kamera' });
}

/** Back from staff mode to the kiosk, which starts its camera again. */
const lockStaffMode = (page: Page) => page.getByRole('button', { name: 'Lås', exact: true }).click();

test('a refused camera is retried by itself and used as soon as it is allowed, without a reload', async ({
  station,
}) => {
  browser = await launchWithCamera(await asaVideo(station.dir), { permissionUi: false });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(station.url);
  // Staff mode turns the camera off: let the kiosk's first try give its verdict before staff look.
  await expect(cameraSection(page)).toHaveAttribute('data-camera-state', 'denied');

  const camera = await cameraSettings(page);
  await expect(camera).toContainText('Kameran får inte användas: behörigheten nekades.');
  await expect(camera).toContainText('Tillåt kameran för Entré i datorns inställningar för integritet (Kamera).');
  await expect(camera).toContainText('Skanna med streckkodsläsaren eller sök på namn.');
  await lockStaffMode(page);

  // Guests see the usual idle screen: no camera message, and the wedge and name search work.
  const idle = page.getByRole('main');
  await expect(idle.getByRole('searchbox', { name: 'Eller hitta ditt namn' })).toBeVisible();
  await expect(cameraSection(page)).toHaveAttribute('data-camera-state', 'denied');
  await expect(idle).not.toContainText('Kameran');
  await expect(idle).not.toContainText('behörighet');
  await expect(page.locator('.camera__viewport video')).toHaveCount(0);
  await wedgeScan(page, 'bjorn2026kod');
  await expect(status(page, 'Välkommen, Björn Öhman!')).toBeVisible();

  await context.grantPermissions(['camera']);
  await expect(status(page, 'Välkommen, Åsa Lindqvist!')).toBeVisible({ timeout: CAMERA_TIMEOUT });
  expect(methodsOf(station.dbFile, 'Lindqvist')).toBe('camera');

  const later = await cameraSettings(page);
  await expect(later).toContainText(/Kameran nekades kl\. \d\d:\d\d\. Den fungerar igen sedan kl\. \d\d:\d\d\./);
  await expect(later).not.toContainText('behörigheten nekades');
});

test('an unplugged camera is restarted by itself while the wedge keeps working', async ({ station }) => {
  browser = await launchWithCamera(await asaVideo(station.dir));
  const page = await openKiosk(browser, station.url);
  await expect(status(page, 'Välkommen, Åsa Lindqvist!')).toBeVisible({ timeout: CAMERA_TIMEOUT });

  // The fake device cannot be unplugged. Stopping its track from the page leaves the track in the state
  // an unplug leaves it in (readyState "ended", no more frames) but, unlike an unplug, fires no "ended"
  // event: the kiosk must notice it by looking at the track, which also covers a real unplug.
  const preview = page.locator('.camera__viewport video');
  await preview.evaluate((video: HTMLVideoElement) => (video.srcObject as MediaStream).getVideoTracks()[0]!.stop());
  await wedgeScan(page, 'bjorn2026kod');
  await expect(status(page, 'Välkommen, Björn Öhman!')).toBeVisible();

  // A new camera reads the code again the next time the looping video shows it.
  await expect(status(page, 'Åsa Lindqvist är redan incheckad sedan')).toBeVisible({ timeout: CAMERA_TIMEOUT });
  expect(methodsOf(station.dbFile, 'Lindqvist')).toBe('camera');
  expect(methodsOf(station.dbFile, 'Öhman')).toBe('wedge');

  const camera = await cameraSettings(page);
  await expect(camera).toContainText(
    /Kameran kopplades bort kl\. \d\d:\d\d\. Den fungerar igen sedan kl\. \d\d:\d\d\./,
  );
});

test('a frozen camera is noticed and restarted, and scans again', async ({ station }) => {
  const video = await asaVideo(station.dir);
  browser = await launchWithCamera(video);
  const page = await openKiosk(browser, station.url);
  await expect(status(page, 'Välkommen, Åsa Lindqvist!')).toBeVisible({ timeout: CAMERA_TIMEOUT });

  // Chromium's video capture service stopped in its tracks: the track stays live, frames stop coming.
  const preview = await page.locator('.camera__viewport video').elementHandle();
  frozenService = videoCaptureService(video);
  process.kill(frozenService, 'SIGSTOP');
  // The kiosk gives up on the frozen preview and asks for the camera again.
  await page.waitForFunction((element) => !element?.isConnected, preview, { timeout: CAMERA_TIMEOUT });
  // A fresh result: an "already checked in" after it comes from the restarted camera, not from the
  // last picture the frozen one showed.
  await wedgeScan(page, 'bjorn2026kod');
  await expect(status(page, 'Välkommen, Björn Öhman!')).toBeVisible();
  // The capture service running again is the camera working again after its restart.
  process.kill(frozenService, 'SIGCONT');
  frozenService = null;

  await expect(status(page, 'Åsa Lindqvist är redan incheckad sedan')).toBeVisible({ timeout: CAMERA_TIMEOUT });
  const camera = await cameraSettings(page);
  await expect(camera).toContainText(
    /Kameran slutade visa bild kl\. \d\d:\d\d och startades om\. Den fungerar igen sedan kl\. \d\d:\d\d\./,
  );
});

test('the camera staff chose is kept across a reload and a kiosk restart', async ({ station }) => {
  const video = await asaVideo(station.dir);
  const profile = path.join(station.dir, 'kiosk-profile');
  let served = await startServe(['--db', station.dbFile]);
  let kiosk: BrowserContext | null = await launchKioskProfile(profile, video);
  try {
    let page = kiosk.pages()[0] ?? (await kiosk.newPage());
    await page.goto(served.url);
    // Chromium's fake device stack offers exactly one camera: the choice is between it and "the default".
    const cameras = await page.evaluate(async () =>
      (await navigator.mediaDevices.enumerateDevices())
        .filter((device) => device.kind === 'videoinput')
        .map((device) => ({ deviceId: device.deviceId, label: device.label })),
    );
    expect(cameras.map((camera) => camera.label)).toEqual([video]);
    const chosen = cameras[0]!;

    let choice = (await cameraSettings(page)).getByRole('combobox', { name: 'Kamera' });
    await expect(choice).toHaveValue('');
    await choice.selectOption({ label: video });
    await expect(choice).toHaveValue(chosen.deviceId);

    await page.reload();
    choice = (await cameraSettings(page)).getByRole('combobox', { name: 'Kamera' });
    await expect(choice).toHaveValue(chosen.deviceId);

    // The kiosk restarts: its browser (same profile) and `entre serve` (same store, same address).
    await kiosk.close();
    kiosk = null;
    // The new `entre serve` takes the old one's port: only once the old one has let go of it.
    await stopServe(served.process);
    const port = new URL(served.url).port;
    served = await startServe(['--db', station.dbFile, '--port', port]);
    expect(new URL(served.url).port).toBe(port);
    kiosk = await launchKioskProfile(profile, video);
    page = kiosk.pages()[0] ?? (await kiosk.newPage());
    await page.goto(served.url);

    // Her code was on screen whenever the kiosk idled before the restart too: she is welcomed now, or
    // told she is already in, depending on whether staff mode opened before her code was read then.
    await expect(status(page, 'Åsa Lindqvist')).toBeVisible({ timeout: CAMERA_TIMEOUT });
    // With a single camera the default would pick it too: what this shows is that the kiosk asked for
    // the remembered device id and got it, and staff see that choice, not "the default", selected.
    const used = await page
      .locator('.camera__viewport video')
      .evaluate((v: HTMLVideoElement) => (v.srcObject as MediaStream).getVideoTracks()[0]!.getSettings().deviceId);
    expect(used).toBe(chosen.deviceId);
    choice = (await cameraSettings(page)).getByRole('combobox', { name: 'Kamera' });
    await expect(choice).toHaveValue(chosen.deviceId);
    await expect(choice.locator('option:checked')).toHaveText(video);
  } finally {
    await kiosk?.close();
    await stopServe(served.process);
  }
});

test('a camera start that never answers is abandoned after its time limit and tried again', async ({ station }) => {
  browser = await launchWithCamera(await asaVideo(station.dir));
  const context = await browser.newContext({ permissions: ['camera'] });
  const page = await context.newPage();
  // A camera driver that hangs: getUserMedia never answers until the test lets it.
  await page.addInitScript(() => {
    const devices = navigator.mediaDevices;
    const real = devices.getUserMedia.bind(devices);
    const hanging = window as unknown as { cameraHangs: boolean };
    hanging.cameraHangs = true;
    devices.getUserMedia = (constraints) => (hanging.cameraHangs ? new Promise(() => {}) : real(constraints));
  });
  await page.goto(station.url);

  // The start is given up on and reported; the wedge works meanwhile.
  await expect(cameraSection(page)).toHaveAttribute('data-camera-state', 'failed', { timeout: CAMERA_TIMEOUT });
  await wedgeScan(page, 'bjorn2026kod');
  await expect(status(page, 'Välkommen, Björn Öhman!')).toBeVisible();

  // The driver answers again: the kiosk's next try (after its back-off) gets the camera and reads the code.
  await page.evaluate(() => ((window as unknown as { cameraHangs: boolean }).cameraHangs = false));
  await expect(status(page, 'Välkommen, Åsa Lindqvist!')).toBeVisible({ timeout: CAMERA_TIMEOUT });
  expect(methodsOf(station.dbFile, 'Lindqvist')).toBe('camera');
  await expect(page.locator('.camera__viewport video')).toHaveCount(1);
});
