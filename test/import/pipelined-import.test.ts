// `entre import` writes the rows already checked while a worker thread checks the rest: a problem
// found after rows were written must still leave the store exactly as it was.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGuestListFile } from '../../src/main/import/import-guest-list';
import { importGuestListFilePipelined } from '../../src/main/import/pipelined-import';
import type { Db } from '../../src/main/store/database';
import { getActiveEvent } from '../../src/main/store/events';
import { tempStore } from '../helpers/temp';

// More rows than the worker sends in one message, so several pieces are written before the last line.
const ROWS = 9000;
const header = 'Förnamn;Efternamn;Titel;Förvaltning;E-post;Kod';
const row = (i: number) =>
  `${i % 2 ? 'Åsa' : 'Björn'};Öhman${i};Enhetschef;${i % 3 ? 'Kultur' : 'Skola'};guest${i}@kommun.se;${i % 4 ? '' : `givencode${i}`}`;
const goodRows = Array.from({ length: ROWS }, (_, i) => row(i));

function storeWith(name: string, lines: string[]) {
  const store = tempStore();
  const file = path.join(store.dir, name);
  fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
  return { ...store, file };
}

/** Everything an import writes, with what differs between two imports of one file (ids, new codes, times) left out. */
function contents(db: Db) {
  const rows = (sql: string) => db.prepare(sql).all();
  return {
    schema: rows("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name"),
    events: rows('SELECT name FROM events'),
    guests: rows(
      `SELECT first_name, last_name, title, department, email, source, removed_at IS NOT NULL AS removed, search_text, sort_key,
         staff_search_text, CASE WHEN code LIKE 'givencode%' THEN code END AS given_code FROM guests ORDER BY rowid`,
    ),
    outbox: rows('SELECT o.kind, g.email FROM sync_outbox o LEFT JOIN guests g ON g.id = o.record_id ORDER BY o.rowid'),
    tallies: rows('SELECT department, walk_in, arrived, flagged, guests FROM guest_tallies ORDER BY 1, 2, 3, 4'),
    settings: rows("SELECT key FROM settings WHERE key = 'search_index_deferred'"),
    search: rows('SELECT rowid FROM guest_search WHERE guest_search MATCH \'"hman123"\' ORDER BY rowid'),
  };
}

describe('an import checked in a worker thread while it is written', () => {
  it('leaves the store as the import in one thread does', async () => {
    const pipelined = storeWith('Konferens.csv', [header, ...goodRows]);
    const oneThread = storeWith('Konferens.csv', [header, ...goodRows]);

    expect(await importGuestListFilePipelined(pipelined.db, pipelined.file)).toMatchObject({
      ok: true,
      eventName: 'Konferens',
      added: ROWS,
    });
    expect(await importGuestListFile(oneThread.db, oneThread.file)).toMatchObject({ ok: true, added: ROWS });

    expect(contents(pipelined.db)).toEqual(contents(oneThread.db));
    expect(contents(pipelined.db).guests).toHaveLength(ROWS);
    pipelined.db.prepare("INSERT INTO guest_search (guest_search) VALUES ('integrity-check')").run();
    expect(pipelined.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('writes nothing when the last line is bad, after the rows before it were written', async () => {
    const { db, file } = storeWith('list.csv', [header, ...goodRows, `Åsa;Ek;;;not-an-address;`]);
    const before = contents(db);

    const result = await importGuestListFilePipelined(db, file);

    expect(result).toEqual({
      ok: false,
      problems: [{ line: ROWS + 2, message: 'the e-mail "not-an-address" is not a valid address' }],
    });
    expect(contents(db)).toEqual(before);
    expect(getActiveEvent(db)).toBeNull();
  });

  it('writes nothing when the file stops being CSV near its end, and says where', async () => {
    const { db, file } = storeWith('list.csv', [header, ...goodRows, 'Åsa;"Ek;;;;']);
    const before = contents(db);

    const result = await importGuestListFilePipelined(db, file);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { line: 0, message: expect.stringMatching(/^line \d+: the file cannot be read as CSV/) as string },
    ]);
    expect(contents(db)).toEqual(before);
  });

  it('adds to an event that has guests as the import in one thread does', async () => {
    const pipelined = storeWith('a.csv', [header, ...goodRows.slice(0, 3000)]);
    const oneThread = storeWith('a.csv', [header, ...goodRows.slice(0, 3000)]);
    await importGuestListFile(pipelined.db, pipelined.file);
    await importGuestListFile(oneThread.db, oneThread.file);
    fs.writeFileSync(pipelined.file, [header, ...goodRows.slice(1000)].join('\r\n'));
    fs.writeFileSync(oneThread.file, [header, ...goodRows.slice(1000)].join('\r\n'));

    const summary = { ok: true, added: ROWS - 3000, unchanged: 2000, notInFile: expect.any(Array) as unknown };
    expect(
      await importGuestListFilePipelined(pipelined.db, pipelined.file, undefined, { removeMissing: true }),
    ).toMatchObject({ ...summary, removed: 1000 });
    expect(await importGuestListFile(oneThread.db, oneThread.file, undefined, { removeMissing: true })).toMatchObject({
      ...summary,
      removed: 1000,
    });
    expect(contents(pipelined.db)).toEqual(contents(oneThread.db));
  });
});
