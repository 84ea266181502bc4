// The organizer's command line, run as a user runs it: `node bin/entre.js ...` in a child process.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { entre, foldersRemovedAfterAll } from '../helpers/cli';
import { importGuestListFile } from '../../src/main/import/import-guest-list';
import { checkInByCode } from '../../src/main/kiosk/check-in';
import { openDatabase } from '../../src/main/store/database';
import { LATEST_SCHEMA_VERSION } from '../../src/main/store/migrations';
import { stationId } from '../../src/main/store/settings';

// The runs are independent and mostly wait for Node to start, so they run concurrently.
const tempDir = foldersRemovedAfterAll('entre-cli-');

const LIST = 'Namn;Titel;Förvaltning;E-post;Kod\nÅsa Öhman;Rektor;Skola;asa@kommun.se;asa00001\nBo Ek;=Chef;Teknik;;\n';

describe.concurrent('entre import', () => {
  it('imports into the store named by ENTRE_DB and prints a summary', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'from-env.db');
    fs.writeFileSync(path.join(dir, 'Ledarforum.csv'), LIST);
    const run = await entre(['import', path.join(dir, 'Ledarforum.csv')], { ENTRE_DB: db });
    expect(run).toEqual({
      code: 0,
      stdout:
        'Columns read: "Namn" → full name, "Titel" → title, "Förvaltning" → department, "E-post" → e-mail, "Kod" → invitation code.\n' +
        'Imported into "Ledarforum": 2 added, 0 updated, 0 unchanged.\n',
      stderr: '',
    });
    const store = new Database(db, { readonly: true });
    try {
      expect(store.prepare('SELECT count(*) AS n FROM guests').get()).toEqual({ n: 2 });
    } finally {
      store.close();
    }
  });

  it('exits non-zero with one line per bad row and imports nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'entre.db');
    fs.writeFileSync(path.join(dir, 'list.csv'), `${LIST};Chef;X;;\nEva Ek;Chef;X;fel@;\n`);
    const run = await entre(['import', path.join(dir, 'list.csv'), '--db', db], {
      ENTRE_DB: path.join(dir, 'other.db'),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'line 4: the name is missing\n' +
        'line 5: the e-mail "fel@" is not a valid address\n' +
        'Nothing was imported: fix the 2 problems above and import again.\n',
    );
    const store = new Database(db, { readonly: true });
    try {
      expect(store.prepare('SELECT count(*) AS n FROM guests').get()).toEqual({ n: 0 });
    } finally {
      store.close();
    }
    expect(fs.existsSync(path.join(dir, 'other.db'))).toBe(false);
  });

  it('refuses a store from a newer Entré in one sentence, without a stack trace', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'newer.db');
    const newer = new Database(db);
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    newer.close();
    fs.writeFileSync(path.join(dir, 'list.csv'), LIST);
    const run = await entre(['import', path.join(dir, 'list.csv'), '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^This store was written by a newer version of Entré .*the file was left untouched\.\n$/,
    );
  });
});

describe.concurrent('entre export', () => {
  it('writes the attendance CSV, with the check-in, to --out', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'entre.db');
    fs.writeFileSync(path.join(dir, 'list.csv'), LIST);
    const db = openDatabase(dbFile);
    expect((await importGuestListFile(db, path.join(dir, 'list.csv'))).ok).toBe(true);
    const station = { db, stationId: stationId(db) };
    const welcome = checkInByCode(station, 'asa00001', 'wedge');
    db.close();

    const out = path.join(dir, 'narvaro.csv');
    const run = await entre(['export', '--db', dbFile, '--format', 'csv', '--out', out]);
    expect(run).toEqual({ code: 0, stdout: `Wrote 2 guests as CSV to ${out}.\n`, stderr: '' });
    const at = welcome.kind === 'welcome' ? welcome.checkedInAt : 'missing';
    expect(fs.readFileSync(out, 'utf8')).toBe(
      '\ufeffname,title,department,email,checked_in,checked_in_at,station,method,walk_in\r\n' +
        "Bo Ek,'=Chef,Teknik,,no,,,,no\r\n" +
        `Åsa Öhman,Rektor,Skola,asa@kommun.se,yes,${at},${station.stationId.slice(0, 8)},wedge,no\r\n`,
    );
  });

  it('says so when the store has no event yet', async () => {
    const run = await entre(['export', '--db', path.join(tempDir(), 'empty.db')]);
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'The store has no event yet: import a guest list first.\n' });
  });
  it("refuses options the hub's merged CSV cannot honour, before asking the hub anything", async () => {
    const run = await entre([
      'export',
      '--db',
      path.join(tempDir(), 'door.db'),
      '--hub',
      'http://127.0.0.1:9',
      '--missing',
    ]);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'With --hub the export is the merged CSV of every door: leave out --format and --missing ' +
        '(add --excel-sv for Swedish Excel).\n',
    });
  });

  it('writes an XLSX workbook in Swedish with --excel-sv, and says JSON has no Swedish kind', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'entre.db');
    fs.writeFileSync(path.join(dir, 'list.csv'), LIST);
    const db = openDatabase(dbFile);
    expect((await importGuestListFile(db, path.join(dir, 'list.csv'))).ok).toBe(true);
    checkInByCode({ db, stationId: stationId(db) }, 'asa00001', 'wedge');
    db.close();

    const out = path.join(dir, 'narvaro.xlsx');
    const [xlsx, json] = await Promise.all([
      entre(['export', '--db', dbFile, '--format', 'xlsx', '--excel-sv', '--out', out]),
      entre(['export', '--db', dbFile, '--format', 'json', '--excel-sv']),
    ]);
    expect(xlsx).toEqual({ code: 0, stdout: `Wrote 2 guests as XLSX for Swedish Excel to ${out}.\n`, stderr: '' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Närvaro')!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual([
      ...'namn;titel;förvaltning;e-post;incheckad;incheckad_tid;station;sätt;spontanbesök'.split(';'),
    ]);
    expect(values(3)).toEqual([
      'Åsa Öhman',
      'Rektor',
      'Skola',
      'asa@kommun.se',
      'ja',
      expect.any(Date),
      expect.any(String),
      'streckkodsläsare',
      'nej',
    ]);
    expect(json).toEqual({
      code: 1,
      stdout: '',
      stderr: '--excel-sv is for CSV and XLSX: JSON is read by programs and keeps its English keys.\n',
    });
  });
});
