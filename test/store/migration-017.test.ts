// Migration 017: the event's edit stamp. An event from before it is sent as created, its first edit
// stamps it, saving the same values again does not, and a station older than 017 (which sends name, date
// and place without a stamp) can no longer undo a stamped edit, at a door or at the hub.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../../src/main/store/database';
import { getEvent, getEventDetails, updateEvent } from '../../src/main/store/events';
import { applyRemoteRecords, readOutbox } from '../../src/main/sync/outbox';
import type { EventRecord } from '../../src/shared/sync-protocol';
import { tempBackendHub } from '../helpers/hub';
import { tempDir } from '../helpers/temp';

const CREATED = '2026-11-02T09:00:00.000Z';

function storeFrom16() {
  const file = path.join(tempDir(), 'entre.db');
  const old = new Database(file);
  migrate(old, 16);
  old
    .prepare(
      "INSERT INTO events (id, name, starts_on, venue, created_at, welcome_text) VALUES ('ev', 'Ledarforum', NULL, 'Stadshuset', ?, 'Hej')",
    )
    .run(CREATED);
  old.close();
  return openDatabase(file);
}

const sentEvent = (db: ReturnType<typeof openDatabase>) =>
  readOutbox(db, 100)!
    .records.filter((record): record is EventRecord => record.type === 'event')
    .at(-1)!;

/** What a station older than migration 017 sends of the event. */
const oldStationsCopy: EventRecord = {
  type: 'event',
  id: 'ev',
  name: 'Ledarforum (gammal)',
  startsOn: null,
  venue: null,
  createdAt: CREATED,
};

describe('migration 017 (event stamps)', () => {
  it('sends an event from before it as created, and stamps its first edit', () => {
    const db = storeFrom16();
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(17);
    updateEvent(db, 'ev', { welcomeText: 'Hej' });
    expect(sentEvent(db)).toMatchObject({ welcomeText: 'Hej', updatedAt: CREATED });

    const edited = new Date('2026-11-20T10:00:00.000Z');
    updateEvent(db, 'ev', { welcomeText: 'Välkommen', contactLine: 'forum@kommun.se' }, edited);
    expect(sentEvent(db)).toMatchObject({ welcomeText: 'Välkommen', updatedAt: edited.toISOString() });
    // The same values again, later: not an edit, so not newer than an edit made elsewhere meanwhile.
    updateEvent(db, 'ev', { welcomeText: 'Välkommen' }, new Date('2026-11-21T10:00:00.000Z'));
    expect(sentEvent(db).updatedAt).toBe(edited.toISOString());
  });

  it("lets an older station's copy change name, date and place until the event is edited here", () => {
    const db = storeFrom16();
    applyRemoteRecords(db, 'door-a', [oldStationsCopy]);
    expect(getEvent(db, 'ev')?.name).toBe('Ledarforum (gammal)');
    expect(getEventDetails(db, 'ev').welcomeText).toBe('Hej');

    updateEvent(db, 'ev', { name: 'Ledarforum november' });
    applyRemoteRecords(db, 'door-a', [{ ...oldStationsCopy, name: 'Ledarforum (gammal igen)' }]);
    expect(getEvent(db, 'ev')?.name).toBe('Ledarforum november');
  });

  it("keeps the hub's stamped copy when an older station pushes its own", async () => {
    const { storage } = await tempBackendHub('sqlite');
    const db = storeFrom16();
    updateEvent(db, 'ev', { name: 'Ledarforum november' });
    await storage.push('door-new', [sentEvent(db)]);
    await storage.push('door-old', [oldStationsCopy]);
    const atHub = (await storage.eventRecords('ev')).find((record) => record.type === 'event');
    expect(atHub).toMatchObject({ name: 'Ledarforum november', welcomeText: 'Hej' });
  });
});
