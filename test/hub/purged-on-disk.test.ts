// A guest purged at a door reaches the SQLite hub as a blanked record, which replaces the named one: the
// name must not stay readable in the hub's file (PostgreSQL keeps old row versions until its VACUUM).
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import { eventRecord, guestRecord } from '../helpers/hub-records';
import { tempDir } from '../helpers/temp';

it('a purged guest leaves no name in the SQLite hub file', async () => {
  const file = path.join(tempDir(), 'hub.db');
  const hub = openSqliteHubStorage(file);
  const event = eventRecord();
  const named = Array.from({ length: 50 }, (_, i) =>
    guestRecord(event.id, { firstName: 'Henrietta', lastName: `Zetterqvist${i}`, email: `hz${i}@kommun.example` }),
  );
  await hub.push('door', [event, ...named]);
  const purged = named.map((guest) => ({
    ...guest,
    firstName: '',
    lastName: '',
    email: '',
    updatedAt: '2026-11-13T07:00:00.000Z',
  }));
  expect(await hub.push('door', purged)).toEqual({ stored: 50, duplicates: 0 });
  expect(await hub.eventRecords(event.id)).toEqual([event, ...purged]);
  await hub.close(); // checkpoints the WAL into the file

  const bytes = fs.readFileSync(file);
  for (const text of ['Zetterqvist', 'Henrietta', 'kommun.example'])
    expect(bytes.includes(Buffer.from(text)), text).toBe(false);
});
