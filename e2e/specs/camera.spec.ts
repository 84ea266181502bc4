// Camera check-in in Debian's Chromium with a fake camera fed from videos of generated invitations.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from '../fixtures/station';
import { runCli } from '../helpers/cli';
import { openStaffMode, openTab } from '../helpers/staff';
import { wedgeScan } from '../helpers/wedge';
import { launchWithCamera, openKiosk, qrImage, qrVideo } from '../helpers/fake-camera';
import { firstAnnouncement, probeReport } from '../helpers/camera-probe';
import { encodeSignedInvitation } from '../../src/main/invitations/signed-invitation';
import { generateSigningKeyPair, parsePrivateKeyPem } from '../../src/main/invitations/signing-keys';
import { qrText } from '../../src/main/invitations/write-invitations';

const KIOSK_LIST =
  'förnamn;efternamn;titel;förvaltning;kod\nÅsa;Lindqvist;Avdelningschef;Socialförvaltningen;asa2026kod\nBjörn;Öhman;Enhetschef;Socialförvaltningen;bjorn2026kod\n';
const ORGANIZER_LIST = `${KIOSK_LIST}Nadia;Rahimi;Enhetschef lantmäteri;Stadsbyggnadsförvaltningen;nadia2026kod\n`;

test.use({ guestList: KIOSK_LIST });
// The CLI, ffmpeg and a browser with a camera, each seconds long on a loaded two-core machine.
test.describe.configure({ timeout: 120_000 });

/**
 * How long a test waits for the kiosk's answer before it gives up: the page loading, the camera
 * starting and a pass of the looping video on a loaded machine. Whether the code was read on its
 * first appearance is asserted from the camera probe, not from this limit.
 */
const DECODE_TIMEOUT = 30_000;

/**
 * Waits for the result naming `text`, asserts it came while the code was in view the first time, and
 * returns the whole result as it was announced (the result on screen may have moved on since).
 */
async function expectReadOnFirstAppearance(page: Page, text: string): Promise<string> {
  await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible({ timeout: DECODE_TIMEOUT });
  const announced = firstAnnouncement(await probeReport(page), text);
  expect(announced?.appearance).toBe(1);
  return announced!.text;
}

let browser: Browser | null = null;
test.afterEach(async () => {
  await browser?.close();
  browser = null;
});

/** The invitation image `entre invitations --format png` wrote for a guest, found through its CSV. */
function invitationImage(outDir: string, lastName: string): string {
  const rows = parse(fs.readFileSync(path.join(outDir, 'invitations.csv'), 'utf8'), { bom: true, columns: true });
  const row = (rows as Record<string, string>[]).find((r) => r.last_name === lastName)!;
  return path.join(outDir, row.file!);
}

function guestRecord(dbFile: string, lastName: string) {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT g.source, (SELECT group_concat(a.method) FROM attendance_events a WHERE a.guest_id = g.id) AS methods
         FROM guests g WHERE g.last_name = ?`,
      )
      .get(lastName) as { source: string; methods: string | null } | undefined;
  } finally {
    db.close();
  }
}

const checkIns = (dbFile: string): number => {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM attendance_events').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

test('a printed invitation held up to the camera is welcomed', async ({ station }) => {
  const out = path.join(station.dir, 'invitations');
  expect((await station.cli(['invitations', '--out', out, '--format', 'png'])).code).toBe(0);
  browser = await launchWithCamera(qrVideo(station.dir, 'asa', invitationImage(out, 'Lindqvist')));
  const page = await openKiosk(browser, station.url);

  await expectReadOnFirstAppearance(page, 'Välkommen, Åsa Lindqvist!');
  expect(guestRecord(station.dbFile, 'Lindqvist')).toEqual({ source: 'import', methods: 'camera' });
});

test('a signed invitation of a guest the kiosk does not know is welcomed and recorded', async ({ station }) => {
  const organizerDb = path.join(station.dir, 'organizer.db');
  const organizer = (args: string[]) => runCli([...args, '--db', organizerDb]);
  fs.writeFileSync(path.join(station.dir, 'organizer.csv'), ORGANIZER_LIST);
  expect((await organizer(['import', path.join(station.dir, 'organizer.csv'), '--event', 'Ledarforum'])).code).toBe(0);
  const [privateKey, publicKey] = ['private.pem', 'public.pem'].map((name) => path.join(station.dir, name));
  expect((await organizer(['keys', 'create', '--private-key', privateKey!, '--public-key', publicKey!])).code).toBe(0);
  const out = path.join(station.dir, 'signed');
  expect((await organizer(['invitations', '--out', out, '--format', 'png', '--key', privateKey!])).code).toBe(0);
  expect((await station.cli(['keys', 'trust', publicKey!])).code).toBe(0);

  browser = await launchWithCamera(qrVideo(station.dir, 'nadia', invitationImage(out, 'Rahimi')));
  const page = await openKiosk(browser, station.url);

  const announced = await expectReadOnFirstAppearance(page, 'Välkommen, Nadia Rahimi!');
  expect(announced).toContain('Enhetschef lantmäteri');
  expect(announced).toContain('Stadsbyggnadsförvaltningen');
  expect(guestRecord(station.dbFile, 'Rahimi')).toEqual({ source: 'signed-invitation', methods: 'camera' });
});

test('a forged signed invitation is refused and nobody is checked in', async ({ station }) => {
  const trusted = generateSigningKeyPair();
  fs.writeFileSync(path.join(station.dir, 'public.pem'), trusted.publicKeyPem);
  expect((await station.cli(['keys', 'trust', path.join(station.dir, 'public.pem')])).code).toBe(0);
  // Signed with another key under the trusted key's id: what a forger without the private key can do,
  // printed as Entré prints invitations.
  const forged = encodeSignedInvitation(
    {
      guestId: '6f0c2a53-7a0e-4c55-9d8e-0c4b4f1f7a11',
      firstName: 'Falsk',
      lastName: 'Gäst',
      title: 'Förvaltningschef',
      department: 'Kommunledningskontoret',
    },
    trusted.keyId,
    parsePrivateKeyPem(generateSigningKeyPair().privateKeyPem),
  );
  browser = await launchWithCamera(
    qrVideo(station.dir, 'forged', await qrImage(station.dir, 'forged', qrText(forged))),
  );
  const page = await openKiosk(browser, station.url);

  await expectReadOnFirstAppearance(page, 'Koden känns inte igen');
  expect(guestRecord(station.dbFile, 'Gäst')).toBeUndefined();
  expect(checkIns(station.dbFile)).toBe(0);
});

for (const [name, text] of [
  ['a web address', 'https://example.com/ledarforum?ref=entre'],
  ['a contact card', 'BEGIN:VCARD\nVERSION:3.0\nFN:Åsa Lindqvist\nTEL:+46701234567\nEND:VCARD'],
] as const) {
  test(`a QR code with ${name} is read but never checks anyone in`, async ({ station }) => {
    browser = await launchWithCamera(qrVideo(station.dir, 'foreign', await qrImage(station.dir, 'foreign', text)));
    const page = await openKiosk(browser, station.url);

    await expectReadOnFirstAppearance(page, 'Koden känns inte igen');
    expect(checkIns(station.dbFile)).toBe(0);
  });
}

test('a camera showing no code checks nobody in, while the wedge scanner still works', async ({ station }) => {
  browser = await launchWithCamera(qrVideo(station.dir, 'blank', null));
  const page = await openKiosk(browser, station.url);
  await expect(page.locator('.camera__viewport video')).toBeVisible();
  // Enough frames looked at for a whole pass of the video (6.5 s) even at half the camera's 30 fps.
  await expect
    .poll(async () => Number(await page.locator('[data-frames-read]').getAttribute('data-frames-read')), {
      timeout: DECODE_TIMEOUT,
    })
    .toBeGreaterThan(100);
  await expect(page.locator('.result')).toHaveCount(0);
  expect(checkIns(station.dbFile)).toBe(0);

  await wedgeScan(page, 'bjorn2026kod');
  await expect(page.getByRole('status').filter({ hasText: 'Välkommen, Björn Öhman!' })).toBeVisible({
    timeout: DECODE_TIMEOUT,
  });
  expect(guestRecord(station.dbFile, 'Öhman')).toEqual({ source: 'import', methods: 'wedge' });
});

test('a kiosk without a camera tells staff, and guests keep wedge and name search', async ({ station }) => {
  browser = await launchWithCamera(null);
  const page = await openKiosk(browser, station.url);

  // Guests are not alarmed: the idle screen has no camera message.
  await expect(page.getByRole('searchbox', { name: 'Eller hitta ditt namn' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kamera' })).toHaveAttribute('data-camera-state', 'no-camera');
  await expect(page.getByRole('main')).not.toContainText('Ingen kamera hittades.');
  await wedgeScan(page, 'asa2026kod');
  await expect(page.getByRole('status').filter({ hasText: 'Välkommen, Åsa Lindqvist!' })).toBeVisible({
    timeout: DECODE_TIMEOUT,
  });

  await openStaffMode(page);
  await openTab(page, 'Inställningar');
  const camera = page.getByRole('region', { name: 'Kamera' });
  await expect(camera).toContainText('Ingen kamera hittades. Skanna med streckkodsläsaren eller sök på namn.');
  await expect(camera).toContainText('Anslut en kamera med USB. Kiosken hittar den av sig själv.');
});
