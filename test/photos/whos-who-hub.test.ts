// `entre whos-who --hub URL` through a real hub on loopback and the real command: the booklet covers
// every door (a photo taken at another door that this store never pulled), leaves out a photo
// withdrawn at another door, follows this station's initials setting, and needs this store's pairing.
// A large booklet comes a bounded page at a time; a hub answering what is no who's-who is refused in one sentence.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../../e2e/helpers/cli';
import { startHub, type RunningHub } from '../../src/main/hub/server';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import type { HubStorage } from '../../src/main/hub/storage';
import { openDatabase, type Db } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { insertGuest } from '../../src/main/store/guests';
import { saveGuestPhoto, withdrawGuestPhoto } from '../../src/main/store/photos';
import { setSetting, stationId } from '../../src/main/store/settings';
import { savePhotoSettings } from '../../src/main/photos/settings';
import { currentPairing, fetchHubWhosWho, pairWithHub, syncOnce } from '../../src/main/sync/client';
import { WHOS_WHO_PAGE_SIZE } from '../../src/shared/sync-protocol';
import { tempHub } from '../helpers/hub';
import { tempDir, tempStore } from '../helpers/temp';
import { pdfText } from '../badges/pdf-tools';
import { FACE_JPEG } from './fixtures';

const imageCount = (file: string): number =>
  execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2;

let hub: RunningHub | undefined;
let storage: HubStorage | undefined;
afterEach(async () => {
  await hub?.close();
  await storage?.close();
  [hub, storage] = [undefined, undefined];
});

describe('entre whos-who --hub', () => {
  it("covers every door's photos, drops one withdrawn at another door, and needs this store's pairing", async () => {
    const dir = tempDir();
    storage = openSqliteHubStorage(path.join(dir, 'hub.db'));
    hub = await startHub(storage, '127.0.0.1', 0);
    const pair = (db: Db, eventId?: string) =>
      storage!.createPairingCode().then((code) => pairWithHub(db, stationId(db), hub!.url, code, eventId));

    const organizerFile = path.join(dir, 'organizer.db');
    const organizer = openDatabase(organizerFile);
    const event = createEvent(organizer, { name: 'Ledarforum', startsOn: null, venue: null });
    setActiveEvent(organizer, event.id);
    const [anna, bo] = [
      ['Anna', 'Berg', 'Enhetschef', 'Stadsbyggnadsförvaltningen'],
      ['Bo', 'Ek', 'Controller', 'Kulturförvaltningen'],
      ['Cecilia', 'Dahl', 'Rektor', 'Utbildningsförvaltningen'],
    ].map(([firstName, lastName, title, department], n) =>
      insertGuest(organizer, {
        eventId: event.id,
        code: `gast000${n}`,
        firstName: firstName!,
        lastName: lastName!,
        title: title!,
        department: department!,
        email: '',
        source: 'import',
      }),
    );
    saveGuestPhoto(organizer, anna!.id, FACE_JPEG);
    await pair(organizer);
    await syncOnce(organizer, stationId(organizer));

    // Another door gets the list, takes Bo's photo and withdraws Anna's; the organizer does not sync again.
    const door = openDatabase(path.join(dir, 'door.db'));
    await pair(door, event.id);
    await syncOnce(door, stationId(door));
    saveGuestPhoto(door, bo!.id, FACE_JPEG, new Date(), 'desk');
    withdrawGuestPhoto(door, anna!.id);
    await syncOnce(door, stationId(door));
    door.close();
    organizer.close();

    const out = path.join(dir, 'hub.pdf');
    const fromHub = await runCli(['whos-who', '--hub', hub.url, '--out', out, '--db', organizerFile]);
    expect(fromHub.code, fromHub.stderr).toBe(0);
    expect(fromHub.stdout).toContain("Wrote the who's-who of 1 guests");
    expect(pdfText(out)).toContain('Kulturförvaltningen Bo Ek Controller');
    expect(pdfText(out)).not.toContain('Anna');
    expect(imageCount(out)).toBe(1);
    // This store alone still has Anna's photo and not Bo's: the booklet above came from the hub.
    const local = path.join(dir, 'local.pdf');
    expect((await runCli(['whos-who', '--out', local, '--db', organizerFile])).code).toBe(0);
    expect(pdfText(local)).toContain('Anna Berg');
    expect(pdfText(local)).not.toContain('Bo Ek');

    // This station's setting decides about guests without a photo, at the hub too.
    const settings = openDatabase(organizerFile);
    savePhotoSettings(settings, { kioskQuestion: false, whosWhoInitials: true });
    settings.close();
    expect((await runCli(['whos-who', '--hub', hub.url, '--out', out, '--db', organizerFile])).code).toBe(0);
    expect(pdfText(out)).toMatch(/Stadsbyggnadsförvaltningen AB Anna Berg Enhetschef/);
    expect(pdfText(out)).toMatch(/Utbildningsförvaltningen CD Cecilia Dahl Rektor/);
    expect(imageCount(out)).toBe(1);

    // A store that is not paired with that hub is told what to do; nothing is written.
    const stranger = path.join(dir, 'stranger.pdf');
    const refused = await runCli(['whos-who', '--hub', hub.url, '--out', stranger, '--db', path.join(dir, 'new.db')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`This store is not paired with ${hub.url}: pair it first`);
    expect(fs.existsSync(stranger)).toBe(false);
  });
});

describe("the hub's who's-who, a page at a time", () => {
  it('reads a booklet of many pages whole, each page at most a page of cards', { timeout: 120_000 }, async () => {
    const hubStorage = openSqliteHubStorage(path.join(tempDir(), 'hub.db'));
    const { url } = await tempHub(hubStorage);
    const { db, file } = tempStore();
    const event = createEvent(db, { name: 'Ledarforum', startsOn: null, venue: null });
    setActiveEvent(db, event.id);
    const guests = 2 * WHOS_WHO_PAGE_SIZE + 7;
    for (let n = 0; n < guests; n++) {
      const guest = insertGuest(db, {
        eventId: event.id,
        code: `gast${n}`,
        firstName: 'Gäst',
        lastName: String(n).padStart(3, '0'),
        title: 'Handläggare',
        department: 'Kulturförvaltningen',
        email: '',
        source: 'import',
      });
      saveGuestPhoto(db, guest.id, FACE_JPEG);
    }
    await pairWithHub(db, stationId(db), url, await hubStorage.createPairingCode());
    await syncOnce(db, stationId(db));

    const page = async (from: number | null) => {
      const paged = from === null ? '' : `&from=${from}`;
      const response = await fetch(`${url}/sync/v1/whos-who?initials=false${paged}`, {
        headers: { authorization: `Bearer ${currentPairing(db)!.token}` },
      });
      return (await response.json()) as { cards: { fullName: string }[]; next: number | null };
    };
    const first = await page(0);
    expect([first.cards.length, first.next]).toEqual([WHOS_WHO_PAGE_SIZE, WHOS_WHO_PAGE_SIZE]);
    const last = await page(2 * WHOS_WHO_PAGE_SIZE);
    expect([last.cards.map((card) => card.fullName), last.next]).toEqual([
      ['Gäst 100', 'Gäst 101', 'Gäst 102', 'Gäst 103', 'Gäst 104', 'Gäst 105', 'Gäst 106'],
      null,
    ]);
    // A station from before paging asks without `from` and reads one answer: it must get every card.
    const unpaged = await page(null);
    expect([unpaged.cards.length, unpaged.next]).toEqual([guests, null]);

    const booklet = await fetchHubWhosWho(db, url, false);
    expect(booklet.cards.map((card) => card.fullName)).toEqual(
      Array.from({ length: guests }, (_, n) => `Gäst ${String(n).padStart(3, '0')}`),
    );
    const out = path.join(tempDir(), 'booklet.pdf');
    const run = await runCli(['whos-who', '--hub', url, '--out', out, '--db', file]);
    expect(run.stdout, run.stderr).toContain(`Wrote the who's-who of ${guests} guests`);
    expect(imageCount(out)).toBe(guests);
  });

  it('refuses a hub that answers something else in one sentence, and writes no booklet', async () => {
    // Each answer is what a hub of another version, or a web server that is no hub, might send.
    const answers: Record<string, string> = {
      'not json': '<html>Välkommen</html>',
      'cards not a list': JSON.stringify({ event: { id: 'ev1', name: 'Ledarforum' }, cards: 'alla', next: null }),
      'a card without a name': JSON.stringify({ event: null, cards: [{ title: 'Rektor' }], next: null }),
      'a next page that never moves on': JSON.stringify({ event: null, cards: [], next: 5 }),
    };
    let answer = '';
    const server = http.createServer((_request, response) => response.writeHead(200).end(answer));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { db, file } = tempStore();
    setSetting(db, 'sync.hub', url);
    setSetting(db, 'sync.token', 'token-of-this-station');
    const sentence = `The hub at ${url} sent an answer this station cannot read: check that it runs the same version of Entré.`;

    for (const [garbage, body] of Object.entries(answers)) {
      answer = body;
      await expect(fetchHubWhosWho(db, url, false), garbage).rejects.toThrow(sentence);
    }
    const out = path.join(tempDir(), 'booklet.pdf');
    const run = await runCli(['whos-who', '--hub', url, '--out', out, '--db', file]);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `${sentence}\n` });
    expect(fs.existsSync(out)).toBe(false);
  });
});
