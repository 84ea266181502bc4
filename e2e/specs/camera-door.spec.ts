// Invitations as guests really show them at the door, and a queue at the door, read by the kiosk's
// camera in Debian's Chromium (fake camera fed from videos made here) against the real `entre serve`.
// Each code must be read while it is in view the first time: the camera probe tells in which
// appearance each result came. How fast each is read is measured in the bench (camera-scan), not here.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { test, expect, type Station } from '../fixtures/station';
import { launchWithCamera, openKiosk } from '../helpers/fake-camera';
import { firstAnnouncement, installCameraProbe, probeReport } from '../helpers/camera-probe';
import { DOOR_SCENES, PLAIN_SCENE, cameraVideo, scenePicture, type Segment } from '../helpers/camera-scenes';

const GUESTS = [
  ['Åsa', 'Lindqvist'],
  ['Björn', 'Öhman'],
  ['Nadia', 'Rahimi'],
  ['Erik', 'Johansson'],
  ['Fatima', 'Hassan'],
  ['Göran', 'Persson'],
  ['Helena', 'Nyström'],
  ['Ivar', 'Ek'],
  ['Jenny', 'Karlsson'],
  ['Kalle', 'Svärd'],
] as const;

test.use({
  guestList: ['förnamn;efternamn;kod', ...GUESTS.map(([first, last], i) => `${first};${last};door${i}kod`)].join('\n'),
});

/** Waiting for a whole pass of the video and a camera start on a loaded machine; not a time asserted. */
const PASS_TIMEOUT = 90_000;
// Invitations written by the CLI, videos made by ffmpeg and a 30 s video watched: more than the default.
test.describe.configure({ timeout: 180_000 });

/** The invitation images `entre invitations --format png` wrote, by last name; signed with a trusted key if asked. */
async function invitations(station: Station, signed: boolean): Promise<Map<string, string>> {
  const out = path.join(station.dir, signed ? 'signed' : 'plain');
  const args = ['invitations', '--out', out, '--format', 'png'];
  if (signed) {
    const [privateKey, publicKey] = ['private.pem', 'public.pem'].map((name) => path.join(station.dir, name));
    expect((await station.cli(['keys', 'create', '--private-key', privateKey!, '--public-key', publicKey!])).code).toBe(
      0,
    );
    expect((await station.cli(['keys', 'trust', publicKey!])).code).toBe(0);
    args.push('--key', privateKey!);
  }
  expect((await station.cli(args)).code).toBe(0);
  const rows = parse(fs.readFileSync(path.join(out, 'invitations.csv'), 'utf8'), { bom: true, columns: true });
  return new Map((rows as Record<string, string>[]).map((row) => [row.last_name!, path.join(out, row.file!)]));
}

function cameraCheckIns(dbFile: string): string[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT g.last_name AS name FROM attendance_events a JOIN guests g ON g.id = a.guest_id
         WHERE a.method = 'camera' ORDER BY a.rowid`,
      )
      .all()
      .map((row) => (row as { name: string }).name);
  } finally {
    db.close();
  }
}

/** Waits until every name was announced, then the appearance (1 = first code of the video) each came in. */
async function appearancesOf(page: Page, names: string[]): Promise<number[]> {
  await expect
    .poll(
      async () => {
        const report = await probeReport(page);
        return names.filter((name) => !firstAnnouncement(report, name));
      },
      { timeout: PASS_TIMEOUT },
    )
    .toEqual([]);
  const report = await probeReport(page);
  return names.map((name) => firstAnnouncement(report, name)!.appearance);
}

test('every invitation as guests show it at the door is read on its first appearance, from the app alone', async ({
  station,
}) => {
  const plain = await invitations(station, false);
  const signed = await invitations(station, true);
  const guests = GUESTS.slice(0, DOOR_SCENES.length);
  const segments: Segment[] = DOOR_SCENES.flatMap((scene, i) => {
    const image = (scene.signed ? signed : plain).get(guests[i]![1])!;
    return [
      { picture: null, seconds: 1 },
      { picture: scenePicture(station.dir, `scene-${i}`, scene, image), seconds: 2, live: scene.live },
    ];
  });
  const browser = await launchWithCamera(cameraVideo(station.dir, 'door', segments));
  try {
    const context = await browser.newContext({ permissions: ['camera'] });
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    await installCameraProbe(page);
    await page.goto(station.url);

    const names = guests.map(([first, last]) => `Välkommen, ${first} ${last}!`);
    const appearances = await appearancesOf(page, names);
    expect(Object.fromEntries(DOOR_SCENES.map((scene, i) => [scene.name, appearances[i]]))).toEqual(
      Object.fromEntries(DOOR_SCENES.map((scene, i) => [scene.name, i + 1])),
    );
    expect(cameraCheckIns(station.dbFile)).toEqual(guests.map(([, last]) => last));

    // ZXing-C++ was loaded from the station itself, and nothing at all was asked of anyone else.
    const origin = new URL(station.url).origin;
    expect(requests.filter((url) => url.endsWith('.wasm')).map((url) => new URL(url).origin)).toEqual([origin]);
    expect(requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin)).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('a queue of ten guests at a 3 s pace is welcomed one by one, each the first time they show their code', async ({
  station,
}) => {
  const plain = await invitations(station, false);
  const segments: Segment[] = GUESTS.flatMap(([, last], i) => [
    { picture: scenePicture(station.dir, `guest-${i}`, PLAIN_SCENE, plain.get(last)!), seconds: 2.7 },
    { picture: null, seconds: 0.3 },
  ]);
  const browser = await launchWithCamera(cameraVideo(station.dir, 'queue', segments));
  try {
    const page = await openKiosk(browser, station.url);
    // Not each welcome polled on screen: a guest read late on a busy machine is welcomed for a moment only,
    // until the next guest's welcome replaces it, and a poll that misses it waits for a welcome that never
    // comes again (the next pass says "already checked in"). The probe records every announcement.
    const appearances = await appearancesOf(
      page,
      GUESTS.map(([first, last]) => `Välkommen, ${first} ${last}!`),
    );
    expect(appearances).toEqual(GUESTS.map((_, i) => i + 1));
    expect(cameraCheckIns(station.dbFile)).toEqual(GUESTS.map(([, last]) => last));
  } finally {
    await browser.close();
  }
});
