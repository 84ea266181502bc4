// The organizer's list day by day, through the command line as a new organizer runs it: re-importing
// after cancellations, and seeing which columns were read.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, ENTRE, entre, foldersRemovedAfterAll } from '../helpers/cli';
import { attendanceReport } from '../../src/main/export/attendance-report';
import { importGuestListFile } from '../../src/main/import/import-guest-list';
import { checkInByCode } from '../../src/main/kiosk/check-in';
import { type Db, openDatabase } from '../../src/main/store/database';
import { getActiveEvent, updateEvent } from '../../src/main/store/events';
import { isPinSet, setFirstPin, tryUnlock } from '../../src/main/staff/pin';
import { stationId } from '../../src/main/store/settings';
import { openStation } from '../../src/main/kiosk/station';
import { createWalkIn } from '../../src/main/staff/walk-ins';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import { hubAttendance } from '../../src/main/hub/report';
import type { HubStorage } from '../../src/main/hub/storage';
import { tempHub } from '../helpers/hub';

const tempDir = foldersRemovedAfterAll('entre-organizer-');

const HEADER = 'Förnamn;Efternamn;Förvaltning;Mejladress;Kod\n';
const ASA = 'Åsa;Öhman;Skola;asa@kommun.se;asa00001\n';
const BO = 'Bo;Ek;Teknik;bo@kommun.se;bo000001\n';
const CID = 'Cid;Al;Kultur;cid@kommun.se;cid00001\n';

describe.concurrent('entre import, again after cancellations', { timeout: CLI_TIMEOUT }, () => {
  it('lists guests missing from the new file, and removes them only with --remove-missing, keeping whoever arrived', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'entre.db');
    const list = path.join(dir, 'lista.csv');
    fs.writeFileSync(list, HEADER + ASA + BO + CID);
    const db = openDatabase(dbFile);
    let arrived: string;
    try {
      expect((await importGuestListFile(db, list)).ok).toBe(true);
      // The event runs in India's zone (+05:30), unlike this machine: the notice gives its time there.
      updateEvent(db, getActiveEvent(db)!.id, { timeZone: 'Asia/Kolkata' });
      const welcome = checkInByCode({ db, stationId: stationId(db) }, 'bo000001', 'wedge');
      expect(welcome.kind).toBe('welcome');
      arrived = new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Asia/Kolkata',
        dateStyle: 'short',
        timeStyle: 'medium',
      }).format(new Date(welcome.kind === 'welcome' ? welcome.checkedInAt : 0));
    } finally {
      db.close();
    }

    // Bo and Cid cancelled: the file no longer holds them; Bo had already come.
    fs.writeFileSync(list, HEADER + ASA);
    const told = await entre(['import', list, '--db', dbFile]);
    expect(told.code).toBe(0);
    expect(told.stdout).toContain(
      `Not in this file but still on the list: 2 guests (Cid Al, Bo Ek (arrived ${arrived})). ` +
        'To take them off the list, import again with --remove-missing.',
    );
    const removed = await entre(['import', list, '--db', dbFile, '--remove-missing']);
    expect(removed.stdout).toContain(
      'Removed 1 guest no longer in the file: Cid Al. Their check-ins stay in the log.\n' +
        `Kept 1 guest not in the file who already arrived, so the attendance still shows them: Bo Ek (arrived ${arrived}). ` +
        'Remove them in staff mode (Gäster → Ta bort gäst) if they truly should go.\n',
    );

    const store = openDatabase(dbFile);
    try {
      // Bo came: he is still in the attendance; Cid, who cancelled and never came, is gone.
      expect(exportedNames(store)).toEqual({ all: ['Bo Ek', 'Åsa Öhman'], missing: ['Åsa Öhman'] });
      expect(store.prepare('SELECT count(*) AS n FROM attendance_events').get()).toEqual({ n: 1 });
      // A removed guest's invitation no longer opens the door.
      expect(checkInByCode({ db: store, stationId: stationId(store) }, 'cid00001', 'wedge').kind).toBe('unknown');
      // Once removed Cid is no longer reported as missing from the file; Bo, kept, still is.
      const again = await importGuestListFile(store, list);
      expect(again.ok && again.notInFile.map((guest) => guest.fullName)).toEqual(['Bo Ek']);
      // Back in a later file, Cid is back on the list with the same code.
      fs.writeFileSync(list, HEADER + ASA + CID);
      const back = await importGuestListFile(store, list);
      expect(back.ok && back.updated).toBe(1);
      expect(exportedNames(store).all).toEqual(['Cid Al', 'Bo Ek', 'Åsa Öhman']);
      expect(checkInByCode({ db: store, stationId: stationId(store) }, 'cid00001', 'wedge').kind).toBe('welcome');
    } finally {
      store.close();
    }
  });
});

describe.concurrent('entre import, which event', { timeout: CLI_TIMEOUT }, () => {
  it('never adds a real list to the demo a kiosk started on', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'entre.db');
    // The kiosk was tried first: its store holds the demo event with its fictional guests, and a walk-in
    // registered to see how that works.
    const tried = openStation(dbFile);
    createWalkIn(tried, { firstName: 'Test', lastName: 'Testsson', title: '', department: '', email: '' });
    tried.db.close();
    const list = path.join(dir, 'lista.csv');
    fs.writeFileSync(list, HEADER + ASA + BO);
    const run = await entre(['import', list, '--db', dbFile, '--event', 'Ledarforum 2026']);
    expect(run.stdout).toContain('Imported into "Ledarforum 2026": 2 added, 0 updated, 0 unchanged.\n');
    expect(run.stdout).not.toContain('now checks guests in to');
    const store = openDatabase(dbFile);
    try {
      expect(getActiveEvent(store)!.name).toBe('Ledarforum 2026');
      expect(exportedNames(store).all).toEqual(['Bo Ek', 'Åsa Öhman']);
    } finally {
      store.close();
    }
  });

  it("takes the next forum's list into an event of its own, and the earlier one's back by its name", async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'entre.db');
    const list = path.join(dir, 'lista.csv');
    fs.writeFileSync(list, HEADER + ASA + BO);
    expect((await entre(['import', list, '--db', dbFile, '--event', 'Ledarforum mars'])).code).toBe(0);
    const march = openDatabase(dbFile);
    try {
      expect(checkInByCode({ db: march, stationId: stationId(march) }, 'asa00001', 'wedge').kind).toBe('welcome');
    } finally {
      march.close();
    }

    // November: Åsa is invited again with the same code. She has not come to this forum yet.
    fs.writeFileSync(list, HEADER + ASA + CID);
    const november = await entre(['import', list, '--db', dbFile, '--event', 'Ledarforum november']);
    expect(november.stdout).toContain(
      'Imported into "Ledarforum november": 2 added, 0 updated, 0 unchanged.\n' +
        'The kiosk now checks guests in to "Ledarforum november"; "Ledarforum mars" and its check-ins stay in the store.',
    );
    const store = openDatabase(dbFile);
    try {
      expect(exportedNames(store)).toEqual({ all: ['Cid Al', 'Åsa Öhman'], missing: ['Cid Al', 'Åsa Öhman'] });
      expect(checkInByCode({ db: store, stationId: stationId(store) }, 'asa00001', 'wedge').kind).toBe('welcome');
    } finally {
      store.close();
    }
    // Without --event the list updates the kiosk's event; with March's name (any case) it goes back to March.
    expect((await entre(['import', list, '--db', dbFile])).stdout).toContain(
      'Imported into "Ledarforum november": 0 added',
    );
    const back = await entre(['import', list, '--db', dbFile, '--event', 'ledarforum MARS']);
    expect(back.stdout).toContain('Imported into "Ledarforum mars": 1 added, 0 updated, 1 unchanged.');
    const again = openDatabase(dbFile);
    try {
      expect(exportedNames(again).all).toEqual(['Cid Al', 'Bo Ek', 'Åsa Öhman']);
    } finally {
      again.close();
    }
  });
});

// Not concurrent: the hub is closed when the test that started it ends (onTestFinished).
describe('entre import, the next forum at a paired station', { timeout: CLI_TIMEOUT }, () => {
  it('refuses to move to another event before its check-ins reach the hub, and says to pair again after', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'entre.db');
    const list = path.join(dir, 'lista.csv');
    fs.writeFileSync(list, HEADER + ASA + BO);
    expect((await entre(['import', list, '--db', dbFile, '--event', 'Ledarforum mars'])).code).toBe(0);
    const storage = openSqliteHubStorage(path.join(dir, 'hub.db'));
    const hub = await tempHub(storage);
    const paired = await entre(['pair', '--hub', hub.url, '--code', await storage.createPairingCode(), '--db', dbFile]);
    expect(paired.stdout).toMatch(
      /^Paired with http:\/\/127\.0\.0\.1:\d+ for "Ledarforum mars" \(event [-0-9a-f]{36}\)\./,
    );
    expect((await entre(['sync', '--db', dbFile])).code).toBe(0);
    // A door without a list of its own joins the hub's event: named as the hub knows it.
    const joined = await entre([
      'pair',
      '--hub',
      hub.url,
      '--code',
      await storage.createPairingCode(),
      '--db',
      path.join(dir, 'door.db'),
    ]);
    expect(joined.stdout).toContain(
      `for "Ledarforum mars" (event ${/\(event ([-0-9a-f]{36})\)/.exec(paired.stdout)![1]})`,
    );
    const march = openDatabase(dbFile);
    try {
      checkInByCode({ db: march, stationId: stationId(march) }, 'asa00001', 'wedge');
    } finally {
      march.close();
    }

    fs.writeFileSync(list, HEADER + ASA + CID);
    const refused = await entre(['import', list, '--db', dbFile, '--event', 'Ledarforum november']);
    expect(refused).toMatchObject({
      code: 1,
      stderr:
        'This station has 1 change of "Ledarforum mars" not yet at the hub: run entre sync first, then import ' +
        'the list of "Ledarforum november". Nothing was imported.\n',
    });
    expect((await entre(['sync', '--db', dbFile])).code).toBe(0);
    expect((await hubAttendanceOf(storage)).map((row) => `${row.name}: ${row.checkedIn}`)).toContain('Åsa Öhman: true');
    const moved = await entre(['import', list, '--db', dbFile, '--event', 'Ledarforum november']);
    expect(moved.stdout).toContain(
      `This station is paired with ${hub.url.replace(/\/$/, '')} for "Ledarforum mars": pair it again with a new code ` +
        'from the hub to serve "Ledarforum november" (docs/sync-protocol.md).',
    );
  });
});

async function hubAttendanceOf(storage: HubStorage) {
  const [event] = await storage.listEvents();
  return hubAttendance(await storage.eventRecords(event!.id)).rows;
}

function exportedNames(db: Db): { all: string[]; missing: string[] } {
  const rows = attendanceReport(db, getActiveEvent(db)!.id);
  return {
    all: rows.map((row) => row.name),
    missing: rows.filter((row) => !row.checkedIn && !row.walkIn).map((row) => row.name),
  };
}

describe.concurrent('entre import, its columns', { timeout: CLI_TIMEOUT }, () => {
  it('says which column fed which field and which columns were ignored', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'lista.csv');
    fs.writeFileSync(list, 'Förnamn;Efternamn;Telefon;Mejladress;Avdelning\nÅsa;Öhman;070-1;asa@kommun.se;Skola\n');
    const run = await entre(['import', list, '--db', path.join(dir, 'entre.db')]);
    expect(run).toEqual({
      code: 0,
      stdout:
        'Columns read: "Förnamn" → first name, "Efternamn" → last name, "Mejladress" → e-mail, "Avdelning" → department.\n' +
        'Columns ignored (not imported): "Telefon".\n' +
        'Imported into "lista": 1 added, 0 updated, 0 unchanged.\n',
      stderr: '',
    });
  });

  it('refuses a list whose headers came out garbled, in one sentence, writing nothing', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'entre.db');
    const list = path.join(dir, 'lista.csv');
    // UTF-8 once read as Windows-1252 and saved again: "Förnamn" became "FÃ¶rnamn".
    fs.writeFileSync(list, 'FÃ¶rnamn;Efternamn;FÃ¶rvaltning\nÃ…sa;Ã–hman;Skola\n');
    const run = await entre(['import', list, '--db', dbFile]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'line 1: the header "FÃ¶rnamn" is garbled, as when a file is saved in one character set and read in another; ' +
        'save the list again as "CSV UTF-8" (Excel) or as an XLSX workbook and import that\n' +
        'Nothing was imported: fix the problem above and import again.\n',
    );
    const store = openDatabase(dbFile);
    try {
      expect(store.prepare('SELECT count(*) AS n FROM guests').get()).toEqual({ n: 0 });
    } finally {
      store.close();
    }
  });

  it('refuses a list with undecodable characters in its header', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'lista.csv');
    fs.writeFileSync(list, 'F\uFFFDrnamn;Efternamn\nAsa;Ohman\n');
    const run = await entre(['import', list, '--db', path.join(dir, 'entre.db')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the header "F\uFFFDrnamn" is garbled');
  });

  it('refuses a list without a name column, writing nothing', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'lista.csv');
    fs.writeFileSync(list, 'Telefon;Mejladress\n070-1;asa@kommun.se\n');
    const run = await entre(['import', list, '--db', path.join(dir, 'entre.db')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^line 1: no name column found .*\nNothing was imported/);
  });
});

describe.concurrent('file paths the organizer gives', { timeout: CLI_TIMEOUT }, () => {
  it('creates a missing folder for badges and exports, and says plainly what is wrong with a path', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'entre.db');
    const list = path.join(dir, 'lista.csv');
    fs.writeFileSync(list, HEADER + ASA + BO);
    const db = openDatabase(dbFile);
    expect((await importGuestListFile(db, list)).ok).toBe(true);
    db.close();

    const badges = path.join(dir, 'tryck', 'ledarforum', 'badges.pdf');
    const exported = path.join(dir, 'rapporter', 'narvaro.csv');
    const [badgeRun, exportRun, intoFolder, missingList] = await Promise.all([
      entre(['badges', '--db', dbFile, '--out', badges]),
      entre(['export', '--db', dbFile, '--out', exported]),
      entre(['export', '--db', dbFile, '--out', dir]),
      entre(['import', path.join(dir, 'saknas.csv'), '--db', dbFile]),
    ]);
    expect(badgeRun).toEqual({ code: 0, stdout: `Wrote 2 badges on 1 A4 pages to ${badges}.\n`, stderr: '' });
    expect(fs.readFileSync(badges).subarray(0, 5).toString()).toBe('%PDF-');
    expect(exportRun).toEqual({ code: 0, stdout: `Wrote 2 guests as CSV to ${exported}.\n`, stderr: '' });
    expect(fs.readFileSync(exported, 'utf8')).toContain('Åsa Öhman');
    expect(intoFolder).toEqual({
      code: 1,
      stdout: '',
      stderr: `${dir} is a folder: give a file name, e.g. ${path.join(dir, 'narvaro.csv')}.\n`,
    });
    expect(missingList).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `The file ${path.join(dir, 'saknas.csv')} does not exist: check the name and the folder.\n` +
        'Nothing was imported: fix the problem above and import again.\n',
    });
  });

  it('says in one sentence when a file stands where a folder is needed', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'entre.db');
    const list = path.join(dir, 'lista.csv');
    fs.writeFileSync(list, HEADER + ASA);
    const db = openDatabase(dbFile);
    expect((await importGuestListFile(db, list)).ok).toBe(true);
    db.close();
    const aFile = path.join(dir, 'afile');
    fs.writeFileSync(aFile, 'not a folder');

    const [intoFile, underFile, badgesUnderFile] = await Promise.all([
      entre(['invitations', '--db', dbFile, '--out', aFile]),
      entre(['invitations', '--db', dbFile, '--out', path.join(aFile, 'sub')]),
      entre(['badges', '--db', dbFile, '--out', path.join(aFile, 'b.pdf')]),
    ]);
    expect(intoFile).toEqual({
      code: 1,
      stdout: '',
      stderr: `${aFile} is a file, not a folder: give the name of a folder to write into.\n`,
    });
    expect(underFile).toEqual({
      code: 1,
      stdout: '',
      stderr: `${path.join(aFile, 'sub')} cannot be written: part of its path is a file, not a folder.\n`,
    });
    expect(badgesUnderFile).toEqual({
      code: 1,
      stdout: '',
      stderr: `${path.join(aFile, 'b.pdf')} cannot be written: ${aFile} is a file, not a folder.\n`,
    });
    expect(fs.readFileSync(aFile, 'utf8')).toBe('not a folder');
  });
});

describe.concurrent('entre staff-pin', { timeout: CLI_TIMEOUT }, () => {
  it('sets the PIN ahead from standard input, and refuses one that is not 4 to 12 digits', async () => {
    const dbFile = path.join(tempDir(), 'entre.db');
    const [set, refused] = await Promise.all([
      entre(['staff-pin', '--db', dbFile], {}, '2468\n'),
      entre(['staff-pin', '--db', `${dbFile}.other`], {}, '24ab\n'),
    ]);
    expect(set).toEqual({
      code: 0,
      stdout: 'Staff PIN set. The kiosk asks for it at the staff entry; wrong tries and any lockout are cleared.\n',
      stderr: '',
    });
    expect(refused).toEqual({ code: 1, stdout: '', stderr: 'The PIN must be 4 to 12 digits. Nothing was changed.\n' });
    const db = openDatabase(dbFile);
    try {
      expect(isPinSet(db)).toBe(true);
      expect(tryUnlock(db, '1357').ok).toBe(false);
      expect(tryUnlock(db, '2468').ok).toBe(true);
    } finally {
      db.close();
    }
  });

  it('does not show the PIN typed at a terminal', async () => {
    const dbFile = path.join(tempDir(), 'entre.db');
    // `script` gives the command a terminal of its own (util-linux, on every Debian), as an organizer has.
    const terminal = spawn(
      'script',
      ['-q', '-c', `"${process.execPath}" "${ENTRE}" staff-pin --db "${dbFile}"`, '/dev/null'],
      {
        env: { ...process.env, ENTRE_DB: '' },
      },
    );
    let shown = '';
    terminal.stdout.on('data', (chunk: Buffer) => {
      const before = shown;
      shown += chunk.toString();
      // Typed once the prompt is there, as a person types after reading it.
      if (!before.includes('then Enter:') && shown.includes('then Enter:')) terminal.stdin.write('13579\r');
    });
    const code = await new Promise<number | null>((resolve) => terminal.on('close', resolve));
    expect(code).toBe(0);
    expect(shown).toContain('Staff PIN set.');
    expect(shown).not.toContain('13579');
    const db = openDatabase(dbFile);
    try {
      expect(tryUnlock(db, '13579').ok).toBe(true);
    } finally {
      db.close();
    }
  });

  it('prints the setup code for choosing the first PIN at the kiosk, the one the kiosk accepts', async () => {
    const dbFile = path.join(tempDir(), 'entre.db');
    const printed = await entre(['staff-pin', '--setup-code', '--db', dbFile], {}, '');
    expect(printed.code, printed.stderr).toBe(0);
    const code = /^Setup code: (\d{4} \d{4})\n/.exec(printed.stdout)?.[1];
    expect(code, printed.stdout).toBeDefined();
    expect(printed.stdout).toContain('At the kiosk, tap the staff entry and type it with the new PIN.');
    const db = openDatabase(dbFile);
    try {
      expect(setFirstPin(db, '2468', code!)).toEqual({ ok: true });
    } finally {
      db.close();
    }
    // Once a PIN is set there is no code left to give out.
    expect(await entre(['staff-pin', '--setup-code', '--db', dbFile], {}, '')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'A staff PIN is already set: staff enter it at the kiosk. To change it: echo 2468 | entre staff-pin\n',
    });
  });
});
