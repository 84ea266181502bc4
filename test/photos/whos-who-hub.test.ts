// `entre whos-who --hub URL` through a real hub on loopback and the real command: the booklet covers
// every door (a photo taken at another door that this store never pulled), leaves out a photo
// withdrawn at another door, follows this station's initials setting, and needs this store's pairing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../e2e/helpers/cli';
import { startHub, type RunningHub } from '../../src/main/hub/server';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import type { HubStorage } from '../../src/main/hub/storage';
import { openDatabase, type Db } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { insertGuest } from '../../src/main/store/guests';
import { saveGuestPhoto, withdrawGuestPhoto } from '../../src/main/store/photos';
import { stationId } from '../../src/main/store/settings';
import { savePhotoSettings } from '../../src/main/photos/settings';
import { pairWithHub, syncOnce } from '../../src/main/sync/client';
import { tempDir } from '../helpers/temp';
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
