// Migration 017: the event's edit stamp. An event whose details were set before it is stamped, so they
// travel; one without is sent unstamped (name, date and place only, as an older station sends), until
// its first edit; saving the same values again is no edit; writes of columns that are not sent queue
// nothing; and a station older than 017 can no longer undo a stamped edit, at a door or at the hub.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../../src/main/store/database';
import { getEvent, getEventDetails, updateEvent } from '../../src/main/store/events';
import { recordExport, saveEventSettings } from '../../src/main/staff/personal-data';
import { applyRemoteRecords, confirmOutbox, pendingCount, readOutbox } from '../../src/main/sync/outbox';
import type { EventRecord } from '../../src/shared/sync-protocol';
import { tempBackendHub } from '../helpers/hub';
import { tempDir } from '../helpers/temp';

const CREATED = '2026-11-02T09:00:00.000Z';

/** A store at migration 16 with the forum (its welcome text set) and a plain event (only its zone set). */
function storeFrom16() {
  const file = path.join(tempDir(), 'entre.db');
  const old = new Database(file);
  migrate(old, 16);
  const insert = old.prepare(
    'INSERT INTO events (id, name, starts_on, venue, created_at, welcome_text, time_zone) VALUES (?, ?, NULL, ?, ?, ?, ?)',
  );
  insert.run('forum', 'Ledarforum', 'Stadshuset', CREATED, 'Hej', null);
  insert.run('plain', 'Chefsdag', null, CREATED, null, 'Europe/Stockholm');
  old.close();
  return openDatabase(file);
}

const sentEvent = (db: ReturnType<typeof openDatabase>, id: string) =>
  readOutbox(db, 100)!
    .records.filter((record): record is EventRecord => record.type === 'event' && record.id === id)
    .at(-1)!;

/** What a station older than migration 017 sends of the event. */
const oldStationsCopy = (id: string, name: string): EventRecord => ({
  type: 'event',
  id,
  name,
  startsOn: null,
  venue: null,
  createdAt: CREATED,
});

describe('migration 017 (event stamps)', () => {
  it('stamps an event with details so they travel, and an unedited one at its first edit', () => {
    const db = storeFrom16();
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(17);
    expect(sentEvent(db, 'forum')).toMatchObject({ welcomeText: 'Hej', updatedAt: expect.any(String) });
    expect(sentEvent(db, 'plain').updatedAt).toBeUndefined();

    const edited = new Date('2026-11-20T10:00:00.000Z');
    updateEvent(db, 'plain', { welcomeText: 'Välkommen', contactLine: 'forum@kommun.se' }, edited);
    expect(sentEvent(db, 'plain')).toMatchObject({ welcomeText: 'Välkommen', updatedAt: edited.toISOString() });
    // The same values again, later: not an edit, so not newer than an edit made elsewhere meanwhile.
    updateEvent(db, 'plain', { welcomeText: 'Välkommen' }, new Date('2026-11-21T10:00:00.000Z'));
    expect(sentEvent(db, 'plain').updatedAt).toBe(edited.toISOString());
  });

  it('queues the event for the hub when what it sends changes, not when an export or the retention does', () => {
    const db = storeFrom16();
    confirmOutbox(db, readOutbox(db, 100)!.lastSeq);
    recordExport(db, 'forum');
    const { name, startsOn, venue } = getEvent(db, 'forum')!;
    saveEventSettings(db, 'forum', { name, startsOn, venue, retentionDays: 30 });
    expect(pendingCount(db)).toBe(0);
    saveEventSettings(db, 'forum', { name, startsOn, venue: 'Kulturhuset', retentionDays: 30 });
    expect(sentEvent(db, 'forum').venue).toBe('Kulturhuset');
  });

  it("lets an older station's copy change name, date and place only of an event not edited here", () => {
    const db = storeFrom16();
    applyRemoteRecords(db, 'door-a', [oldStationsCopy('plain', 'Chefsdag (gammal)')]);
    expect(getEvent(db, 'plain')?.name).toBe('Chefsdag (gammal)');
    expect(getEvent(db, 'plain')?.timeZone).toBe('Europe/Stockholm');

    applyRemoteRecords(db, 'door-a', [oldStationsCopy('forum', 'Ledarforum (gammal)')]);
    expect(getEvent(db, 'forum')?.name).toBe('Ledarforum');
    expect(getEventDetails(db, 'forum').welcomeText).toBe('Hej');
  });

  it("keeps the hub's stamped copy when an older station, or a door that never edited it, pushes its own", async () => {
    const { storage } = await tempBackendHub('sqlite');
    const db = storeFrom16();
    await storage.push('door-new', [sentEvent(db, 'forum')]);
    await storage.push('door-old', [oldStationsCopy('forum', 'Ledarforum (gammal)')]);
    await storage.push('door-unedited', [{ ...sentEvent(db, 'forum'), welcomeText: null, updatedAt: undefined }]);
    const atHub = (await storage.eventRecords('forum')).find((record) => record.type === 'event');
    expect(atHub).toMatchObject({ name: 'Ledarforum', welcomeText: 'Hej' });
  });
});
