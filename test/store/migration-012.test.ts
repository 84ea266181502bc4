import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { insertGuestBefore012 } from '../helpers/guests-before-012';
import { allStaffGuests } from '../helpers/staff-guests';
import { migrate, openDatabase, schemaVersion } from '../../src/main/store/database';
import { createEvent } from '../../src/main/store/events';
import { appendAttendance } from '../../src/main/store/attendance';
import { personSortKey } from '../../src/shared/person-sort';

describe('migration 012 (paged guest list)', () => {
  it('gives existing guests their sort key, search text and arrival, without queuing them for sync', () => {
    const file = path.join(tempDir(), 'entre.db');
    const db = new Database(file);
    migrate(db, 8);
    const event = createEvent(db, { name: 'Ledarforum', startsOn: null, venue: null });
    const guest = (code: string, firstName: string, lastName: string, email = '') =>
      insertGuestBefore012(db, {
        eventId: event.id,
        code,
        firstName,
        lastName,
        title: 'Rektor',
        department: 'Socialförvaltningen',
        email,
        source: 'import',
      });
    const asa = guest('code0001', 'Åsa', 'Öhman');
    const bo = guest('code0002', 'Bo', 'Ek');
    const eva = guest('code0003', 'Eva', 'Ek', 'eva@kommun.example');
    const evaAgain = guest('code0004', 'Eva', 'Ek', 'EVA@kommun.example');
    const at = (guestId: string, kind: 'check-in' | 'undo', time: string) =>
      appendAttendance(db, { eventId: event.id, guestId, stationId: 'door-a', kind, method: 'wedge' }, new Date(time));
    at(asa.id, 'check-in', '2026-03-12T08:00:00Z');
    at(bo.id, 'check-in', '2026-03-12T08:01:00Z');
    at(bo.id, 'undo', '2026-03-12T08:02:00Z');
    const evaArrival = at(evaAgain.id, 'check-in', '2026-03-12T08:03:00Z');
    const [canonical, alias] = [eva.id, evaAgain.id].sort();
    db.prepare('INSERT INTO guest_aliases (alias_id, guest_id) VALUES (?, ?)').run(alias, canonical);
    db.prepare('DELETE FROM sync_outbox').run();
    db.close();

    const migrated = openDatabase(file);
    expect(schemaVersion(migrated)).toBeGreaterThanOrEqual(12);
    expect(migrated.prepare('SELECT count(*) AS n FROM sync_outbox').get()).toEqual({ n: 0 });
    const row = migrated.prepare('SELECT sort_key, staff_search_text FROM guests WHERE id = ?').get(asa.id);
    expect(row).toEqual({
      sort_key: personSortKey({ firstName: 'Åsa', lastName: 'Öhman' }),
      staff_search_text: 'asa ohman rektor socialforvaltningen',
    });
    const listed = allStaffGuests(migrated, event.id);
    expect(listed.map((g) => [g.fullName, g.checkedInAt])).toEqual([
      ['Bo Ek', null],
      ['Eva Ek', evaArrival.wallTime],
      ['Åsa Öhman', expect.any(String)],
    ]);
    expect(listed[1]!.id).toBe(canonical);
    migrated.close();
  });
});
