// `entre history` and `entre groups` run as the organizer runs them (a child process, real store files, a real
// hub on loopback): a station's store is never turned into a hub, a read never creates a store, and with --hub
// the --db option names the station's store, as it does for `entre export --hub`.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import { appendAttendance } from '../../src/main/store/attendance';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { insertGuest } from '../../src/main/store/guests';
import { stationId } from '../../src/main/store/settings';
import { pairWithHub, syncOnce } from '../../src/main/sync/client';
import { CLI_TIMEOUT, entre } from '../helpers/cli';
import { tempHub } from '../helpers/hub';
import { tempDir, tempStore } from '../helpers/temp';

/** A station's store holding one forum where Anna came and Bo did not. */
function forumStore() {
  const store = tempStore();
  const event = createEvent(store.db, { name: 'Ledarforum mars', startsOn: '2026-03-12', venue: null });
  setActiveEvent(store.db, event.id);
  const anna = insertGuest(store.db, {
    firstName: 'Anna',
    lastName: 'Ek',
    email: 'anna@kommun.example',
    department: 'Kultur',
    title: '',
    eventId: event.id,
    code: 'anna1',
    source: 'import',
  });
  insertGuest(store.db, {
    firstName: 'Bo',
    lastName: 'Lind',
    email: 'bo@kommun.example',
    department: 'Skola',
    title: '',
    eventId: event.id,
    code: 'bo1',
    source: 'import',
  });
  appendAttendance(store.db, {
    eventId: event.id,
    guestId: anna.id,
    stationId: stationId(store.db),
    kind: 'check-in',
    method: 'wedge',
  });
  return store;
}

/** What a file holds, read without changing it: its tables and schema version. */
function fileShape(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (row) => row.name,
    );
    return { tables: tables.sort(), version: db.pragma('user_version', { simple: true }) };
  } finally {
    db.close();
  }
}

/** An environment whose default data folder is an empty temporary one. */
const emptyDataFolder = () => ({ XDG_DATA_HOME: tempDir() });

describe('entre history and entre groups choose their store', { timeout: CLI_TIMEOUT }, () => {
  it("refuse a station's store as the hub's database and leave it as it was", async () => {
    const store = forumStore();
    store.db.close();
    const before = fileShape(store.file);
    for (const args of [['history'], ['groups', '--size', '4']]) {
      const run = await entre([...args, '--db', store.file], emptyDataFolder());
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        `${store.file} is a station's store, not a hub's database: to read the hub through this station, give --hub URL --db ${store.file}.`,
      );
      expect(run.stdout).toBe('');
    }
    const hubEvents = await entre(['hub-events', '--db', store.file]);
    expect(hubEvents.stderr.trim()).toBe(
      `${store.file} is a station's store, not a hub's database: give the hub's own file with --db.`,
    );
    const after = fileShape(store.file);
    expect(after).toEqual(before);
    expect(after.tables.filter((name) => name.startsWith('hub_'))).toEqual([]);
  });

  it('create no hub database when there is none', async () => {
    const env = emptyDataFolder();
    const missing = path.join(tempDir(), 'hub.db');
    const named = await entre(['history', '--db', missing], env);
    expect(named.code).toBe(1);
    expect(named.stderr.trim()).toBe(
      `No hub database at ${missing}: on the hub machine give its file with --db FILE (or --database-url), or from a paired station give --hub URL.`,
    );
    const byDefault = await entre(['groups'], env);
    expect(byDefault.stderr).toContain(`No hub database at ${path.join(env.XDG_DATA_HOME, 'entre', 'entre-hub.db')}`);
    expect(fs.existsSync(missing)).toBe(false);
    expect(fs.readdirSync(env.XDG_DATA_HOME)).toEqual([]);

    // A file that is neither kind (here a guest list given by mistake) is refused and left as it was.
    const list = path.join(tempDir(), 'gäster.csv');
    fs.writeFileSync(list, 'förnamn;efternamn\nÅsa;Lindqvist\n');
    const notAHub = await entre(['history', '--db', list], env);
    expect(notAHub.stderr.trim()).toBe(
      `${list} is not a hub's database: give the hub's file with --db FILE, or from a paired station --hub URL.`,
    );
    expect(fs.readFileSync(list, 'utf8')).toBe('förnamn;efternamn\nÅsa;Lindqvist\n');
  });

  it("with --hub read the hub through the station's store that --db names, and never create one", async () => {
    const hubFile = path.join(tempDir(), 'hub.db');
    const storage = openSqliteHubStorage(hubFile);
    const { url } = await tempHub(storage);
    const store = forumStore();
    await pairWithHub(store.db, stationId(store.db), url, await storage.createPairingCode());
    await syncOnce(store.db, stationId(store.db));

    const env = emptyDataFolder();
    const history = await entre(['history', '--hub', url, '--db', store.file], env);
    expect(history.stderr).toBe('');
    expect(history.stdout).toContain('Forums:\n  Ledarforum mars (2026-03-12): 1 came\n');
    expect(history.stdout).toContain('  Anna Ek, Kultur: Ledarforum mars\n');
    expect(history.stdout).not.toContain('Bo Lind');

    // ENTRE_DB names the store as for every other command.
    const fromEnv = await entre(['history', '--hub', url], { ...env, ENTRE_DB: store.file });
    expect(fromEnv.stdout).toBe(history.stdout);

    // No store where the default points: refused, and none made there.
    const noStore = await entre(['history', '--hub', url], env);
    expect(noStore.code).toBe(1);
    expect(noStore.stderr.trim()).toBe(
      `No station store at ${path.join(env.XDG_DATA_HOME, 'entre', 'entre.db')}: give the paired station's store with --db FILE.`,
    );
    expect(fs.readdirSync(env.XDG_DATA_HOME)).toEqual([]);

    // The hub's own file is not a station's store, and --database-url has no place beside --hub.
    const hubAsStation = await entre(['groups', '--hub', url, '--db', hubFile], env);
    expect(hubAsStation.stderr.trim()).toBe(
      `${hubFile} is a hub's database, not a station's store: on the hub machine leave out --hub, or give the paired station's store with --db FILE.`,
    );
    const both = await entre(['history', '--hub', url, '--database-url', 'postgres://x@127.0.0.1/x'], env);
    expect(both.stderr.trim()).toBe(
      "With --hub the hub is read through this station: --database-url names a hub's own database, so leave it out (--db names the station's store).",
    );
  });

  it("never let a station's command make the hub's database a station's store", async () => {
    const hubFile = path.join(tempDir(), 'entre-hub.db');
    const storage = openSqliteHubStorage(hubFile);
    await storage.close();
    const before = fileShape(hubFile);
    for (const args of [['export'], ['forum-badge', '--group-word', 'Bord']]) {
      const run = await entre([...args, '--db', hubFile], emptyDataFolder());
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        `${hubFile} is the organizer's hub database, not a station's store: give a station's store with --db FILE ` +
          '(the hub reads it with entre hub and the hub-* commands); the file was left untouched.',
      );
    }
    expect(fileShape(hubFile)).toEqual(before);
    // And the hub's own commands still take it.
    const events = await entre(['hub-events', '--db', hubFile]);
    expect(events.code).toBe(0);
    expect(events.stderr).toBe('');
  });

  it('say why a hub file that cannot be read was refused, instead of calling it no hub', async () => {
    const folder = tempDir();
    const run = await entre(['history', '--db', folder], emptyDataFolder());
    expect(run.code).toBe(1);
    expect(run.stderr.trim().startsWith(`${folder} cannot be read: `)).toBe(true);
    expect(run.stderr).not.toContain("is not a hub's database");
  });
});
