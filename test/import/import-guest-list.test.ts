import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importGuestListFile } from '../../src/main/import/import-guest-list';
import { checkInByCode } from '../../src/main/kiosk/check-in';
import { attendanceLog, guestStatus } from '../../src/main/store/attendance';
import { createEvent, getActiveEvent, setActiveEvent } from '../../src/main/store/events';
import { listGuests, searchGuests } from '../../src/main/store/guests';
import { dashboardFigures } from '../../src/main/staff/dashboard';
import { stationId } from '../../src/main/store/settings';
import { tempStore } from '../helpers/temp';
import { problemText } from '../../src/main/import/problem-text';

const LIST = [
  'Förnamn;Efternamn;Titel;Förvaltning;E-post;Kod',
  'Anna-Karin;Pålsson;Förvaltningschef;Socialförvaltningen;anna-karin.palsson@kommun.se;annakarin01',
  'Åsa;Lindqvist;Avdelningschef;Socialförvaltningen;asa.lindqvist@kommun.se;',
  'Björn;Öhman;Enhetschef;Tekniska förvaltningen;bjorn.ohman@kommun.se;',
].join('\r\n');

function storeWithFile() {
  const store = tempStore();
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(store.dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  const guests = () => {
    const event = getActiveEvent(store.db);
    return event ? listGuests(store.db, event.id) : [];
  };
  return { ...store, write, guests };
}

describe('importing a guest list file', () => {
  it('adds every guest into a new event named after the file, with a summary', async () => {
    const { db, write, guests } = storeWithFile();
    const result = await importGuestListFile(db, write('Ledarforum 2026.csv', iconv.encode(LIST, 'windows-1252')));
    expect(result).toEqual({
      ok: true,
      eventName: 'Ledarforum 2026',
      timeZone: expect.any(String),
      added: 3,
      updated: 0,
      unchanged: 0,
      notInFile: [],
      removed: 0,
      previousEventName: null,
      columns: {
        used: [
          '"Förnamn" → first name',
          '"Efternamn" → last name',
          '"Titel" → title',
          '"Förvaltning" → department',
          '"E-post" → e-mail',
          '"Kod" → invitation code',
        ],
        ignored: [],
      },
    });
    expect(guests().map((g) => [g.firstName, g.lastName, g.title, g.department, g.email, g.source])).toEqual([
      ['Åsa', 'Lindqvist', 'Avdelningschef', 'Socialförvaltningen', 'asa.lindqvist@kommun.se', 'import'],
      ['Anna-Karin', 'Pålsson', 'Förvaltningschef', 'Socialförvaltningen', 'anna-karin.palsson@kommun.se', 'import'],
      ['Björn', 'Öhman', 'Enhetschef', 'Tekniska förvaltningen', 'bjorn.ohman@kommun.se', 'import'],
    ]);
  });

  it('keeps a given code and gives every other guest an unguessable one that checks them in', async () => {
    const { db, write, guests } = storeWithFile();
    await importGuestListFile(db, write('list.csv', LIST), 'Ledarforum');
    const codes = guests().map((g) => g.code);
    expect(codes).toContain('annakarin01');
    const generated = codes.filter((code) => code !== 'annakarin01');
    expect(generated).toHaveLength(2);
    for (const code of generated) expect(code).toMatch(/^[a-z0-9]{16}$/);
    const station = { db, stationId: stationId(db) };
    expect(checkInByCode(station, generated[0]!, 'wedge').kind).toBe('welcome');
  });

  it('imports into the active event when the store has one', async () => {
    const { db, write, guests } = storeWithFile();
    const event = createEvent(db, { name: 'Chefsdag', startsOn: null, venue: null });
    setActiveEvent(db, event.id);
    const result = await importGuestListFile(db, write('list.csv', LIST), 'ignored');
    expect(result).toMatchObject({ ok: true, eventName: 'Chefsdag', added: 3 });
    expect(guests()).toHaveLength(3);
  });

  it('writes nothing at all when any row is bad, and names each bad row', async () => {
    const { db, write } = storeWithFile();
    const bad = `${LIST}\r\n;;Chef;X;;\r\nEva;Ek;Chef;X;inte-en-adress;\r\n`;
    const result = await importGuestListFile(db, write('list.csv', bad));
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 5, issues: [{ code: 'name-missing' }] },
        {
          line: 6,
          issues: [{ code: 'invalid-email', email: 'inte-en-adress' }],
        },
      ],
    });
    expect(db.prepare('SELECT count(*) AS n FROM guests').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 0 });
  });

  it('reports an unreadable file in plain words and writes nothing', async () => {
    const { db, write } = storeWithFile();
    const result = await importGuestListFile(db, write('list.csv', 'namn,titel\n"Åsa Ek,Rektor\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([{ line: 2, issues: [{ code: 'csv-unclosed-quote' }] }]);
      expect(problemText(result.problems[0]!)).toBe(
        'the file cannot be read as CSV (a value that starts with a quote is never closed)',
      );
    }
    const empty = await importGuestListFile(db, write('empty.csv', ''));
    expect(empty).toEqual({
      ok: false,
      problems: [{ line: 0, issues: [{ code: 'file-empty' }] }],
    });
    expect(db.prepare('SELECT count(*) AS n FROM guests').get()).toEqual({ n: 0 });
  });
});

describe('importing an updated list', () => {
  it('updates the guests it matches by code, else by e-mail, without duplicates or touching check-ins', async () => {
    const { db, write, guests } = storeWithFile();
    await importGuestListFile(db, write('v1.csv', LIST));
    const before = new Map(guests().map((g) => [g.email, g]));
    const station = { db, stationId: stationId(db) };
    const asa = before.get('asa.lindqvist@kommun.se')!;
    checkInByCode(station, 'annakarin01', 'wedge');
    checkInByCode(station, asa.code, 'wedge');
    const logBefore = attendanceLog(db, asa.eventId);

    const updated = [
      'namn,titel,förvaltning,e-post,kod',
      // matched by code: new e-mail and title
      'Anna-Karin Pålsson,Socialdirektör,Socialförvaltningen,akp@kommun.se,ANNAKARIN01',
      // matched by e-mail (other case): new department
      'Åsa Lindqvist,Avdelningschef,Kommunledningskontoret,ASA.LINDQVIST@kommun.se,',
      // matched by e-mail: nothing changed
      'Björn Öhman,Enhetschef,Tekniska förvaltningen,bjorn.ohman@kommun.se,',
      // new
      'Leila Haddad,Enhetschef,Socialförvaltningen,leila.haddad@kommun.se,',
    ].join('\n');
    const result = await importGuestListFile(db, write('v2.csv', updated));
    expect(result).toMatchObject({ ok: true, added: 1, updated: 2, unchanged: 1 });

    const after = guests();
    expect(after).toHaveLength(4);
    const anna = after.find((g) => g.code === 'annakarin01')!;
    expect(anna).toMatchObject({
      id: before.get('anna-karin.palsson@kommun.se')!.id,
      title: 'Socialdirektör',
      email: 'akp@kommun.se',
    });
    const asaAfter = after.find((g) => g.id === asa.id)!;
    expect(asaAfter).toMatchObject({ department: 'Kommunledningskontoret', code: asa.code });

    expect(attendanceLog(db, asa.eventId)).toEqual(logBefore);
    expect(guestStatus(db, anna.id).checkedIn).toBe(true);
    expect(guestStatus(db, asa.id).checkedIn).toBe(true);
    expect(checkInByCode(station, asa.code, 'wedge').kind).toBe('already');
  });

  it('reports the same list imported twice as unchanged, even without codes or e-mails', async () => {
    const { db, write, guests } = storeWithFile();
    const list = 'namn;titel\nÅsa Ek;Rektor\nBo Ek;Chef\n';
    await importGuestListFile(db, write('a.csv', list));
    const result = await importGuestListFile(db, write('b.csv', list));
    expect(result).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 2 });
    expect(guests()).toHaveLength(2);
  });
});

describe('importing a large list (issue 15: written in bulk)', () => {
  it('lists, finds and syncs every guest, and a second import of the same file changes nothing', async () => {
    const { db, write, guests } = storeWithFile();
    const rows = Array.from(
      { length: 2500 },
      (_, i) => `${i % 2 ? 'Åsa' : 'Björn'};Öhman${i};Enhetschef;${i % 3 ? 'Kultur' : 'Skola'};guest${i}@kommun.se`,
    );
    const file = write('Konferens.csv', ['Förnamn;Efternamn;Titel;Förvaltning;E-post', ...rows].join('\r\n'));
    const cacheSize = db.pragma('cache_size', { simple: true });

    expect(await importGuestListFile(db, file)).toMatchObject({ ok: true, added: 2500 });

    expect(guests()).toHaveLength(2500);
    const eventId = getActiveEvent(db)!.id;
    expect(searchGuests(db, eventId, 'ohman1234').map((guest) => guest.email)).toEqual(['guest1234@kommun.se']);
    const outboxGuests = db.prepare("SELECT count(*) FROM sync_outbox WHERE kind = 'guest'").pluck().get();
    expect(outboxGuests).toBe(2500);
    expect(dashboardFigures(db, eventId).byDepartment).toEqual([
      { department: 'Kultur', arrived: 0, expected: 1666, walkIns: 0 },
      { department: 'Skola', arrived: 0, expected: 834, walkIns: 0 },
    ]);
    expect(db.pragma('cache_size', { simple: true })).toBe(cacheSize);

    expect(await importGuestListFile(db, file)).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 2500 });
    expect(db.prepare("SELECT count(*) FROM sync_outbox WHERE kind = 'guest'").pluck().get()).toBe(outboxGuests);
  });
});

describe('importing an Excel workbook', () => {
  it('reads the first sheet, with row numbers as Excel shows them in problems', async () => {
    const { db, dir, guests } = storeWithFile();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Gäster');
    sheet.addRow(['Förnamn', 'Efternamn', 'Titel', 'Förvaltning', 'E-post', 'Kod']);
    sheet.addRow(['Åsa', 'Öhman', 'Rektor', 'Barn- och utbildningsförvaltningen', 'asa@kommun.se', 'ABCD1234']);
    sheet.addRow(['Jöns', 'Bäck-Ek', 'Chef, "stab"', 'Tekniska förvaltningen', null, null]);
    const good = path.join(dir, 'gaster.xlsx');
    await workbook.xlsx.writeFile(good);

    expect(await importGuestListFile(db, good)).toMatchObject({ ok: true, eventName: 'gaster', added: 2 });
    expect(guests().map((g) => [g.firstName, g.lastName, g.title, g.email, g.code.length])).toEqual([
      ['Jöns', 'Bäck-Ek', 'Chef, "stab"', '', 16],
      ['Åsa', 'Öhman', 'Rektor', 'asa@kommun.se', 8],
    ]);

    sheet.addRow([]);
    sheet.getRow(5).values = ['', 'Utan förnamn', '', '', 'fel', ''];
    const bad = path.join(dir, 'fel.xlsx');
    await workbook.xlsx.writeFile(bad);
    expect(await importGuestListFile(db, bad)).toEqual({
      ok: false,
      problems: [
        {
          line: 5,
          issues: [{ code: 'invalid-email', email: 'fel' }],
        },
      ],
    });
  });

  it('refuses a damaged workbook in plain words', async () => {
    const { db, write } = storeWithFile();
    const result = await importGuestListFile(db, write('trasig.xlsx', Buffer.from('PK\u0003\u0004 not really a zip')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(problemText(result.problems[0]!)).toMatch(/cannot be read as an Excel workbook/);
  });
});
