// Migration 016: the dashboard's tallies and the listed guests' indexes. The tallies must always add up
// to what counting every guest and arrival gives, from the migration on and through every change a
// station makes (check-in, undo, late events from other doors, walk-ins, edits, removal, merges).
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { tempStation } from '../helpers/temp-station';
import { allStaffGuests } from '../helpers/staff-guests';
import { migrate, openDatabase, schemaVersion, type Db } from '../../src/main/store/database';
import { dashboardFigures } from '../../src/main/staff/dashboard';
import { editGuest, removeGuest, undoCheckIn } from '../../src/main/staff/guest-list';
import { createWalkIn } from '../../src/main/staff/walk-ins';
import { checkInGuest } from '../../src/main/kiosk/check-in';
import { getActiveEvent } from '../../src/main/store/events';
import { restoreGuest } from '../../src/main/store/guests';
import { purgePersonalData } from '../../src/main/staff/personal-data';

/** The figures counted from every guest and arrival, as the dashboard did before the tallies. */
function countedFigures(db: Db, eventId: string) {
  const departments = db
    .prepare(
      `SELECT g.department,
         sum(g.source <> 'walk-in' AND g.arrived = 1) AS arrived,
         sum(g.source <> 'walk-in') AS expected,
         sum(g.source = 'walk-in' AND g.arrived = 1) AS walkIns
       FROM guests g
       WHERE g.event_id = ? AND g.removed_at IS NULL AND g.id NOT IN (SELECT alias_id FROM guest_aliases)
       GROUP BY g.department ORDER BY g.department`,
    )
    .all(eventId);
  const perFiveMinutes = db
    .prepare(
      `SELECT (unixepoch(a.wall_time) / 300) * 300000 AS start, count(*) AS count
       FROM guest_arrivals a JOIN guests g ON g.id = a.guest_id
       WHERE a.event_id = ? AND g.removed_at IS NULL GROUP BY 1 ORDER BY 1`,
    )
    .all(eventId);
  return { departments, perFiveMinutes };
}

function talliedFigures(db: Db, eventId: string) {
  const figures = dashboardFigures(db, eventId);
  return {
    departments: [...figures.byDepartment].sort((a, b) => (a.department < b.department ? -1 : 1)),
    perFiveMinutes: figures.perFiveMinutes.filter((bucket) => bucket.count > 0),
  };
}

const insertRemote = (db: Db, eventId: string, guestId: string, kind: 'check-in' | 'undo', wallTime: string) =>
  db
    .prepare(
      `INSERT INTO attendance_events (id, event_id, guest_id, station_id, kind, method, wall_time, hlc)
       VALUES (lower(hex(randomblob(16))), ?, ?, 'door-b', ?, 'wedge', ?, ?)`,
    )
    .run(eventId, guestId, kind, wallTime, `${Date.parse(wallTime).toString().padStart(13, '0')}-0000-door-b`);

let station: ReturnType<typeof tempStation> | undefined;
afterEach(() => station?.close());

describe('migration 016 (dashboard tallies, listed guests indexes)', () => {
  it('tallies the guests and arrivals a store already holds', () => {
    const file = path.join(tempDir(), 'entre.db');
    const db = new Database(file);
    migrate(db, 14);
    const event = 'ev';
    db.prepare(
      "INSERT INTO events (id, name, starts_on, venue, created_at) VALUES ('ev', 'Forum', NULL, NULL, 'x')",
    ).run();
    const insertGuest = db.prepare(
      `INSERT INTO guests (id, event_id, code, first_name, last_name, title, department, email, source, search_text,
         created_at, updated_at) VALUES (?, ?, ?, 'Åsa', ?, '', ?, '', ?, '', 'x', 'x')`,
    );
    for (let i = 0; i < 12; i++)
      insertGuest.run(
        `g${i}`,
        event,
        `c${i}`,
        `Öhman${i}`,
        i % 3 ? 'Kultur' : 'Skola',
        i === 11 ? 'walk-in' : 'import',
      );
    for (const [i, minute] of [
      [0, 1],
      [1, 4],
      [2, 16],
      [3, 17],
      [11, 20],
    ] as const)
      insertRemote(db, event, `g${i}`, 'check-in', `2026-03-12T08:${String(minute).padStart(2, '0')}:00.000+01:00`);
    db.prepare("UPDATE guests SET removed_at = 'x' WHERE id = 'g3'").run();
    db.prepare("INSERT INTO guest_aliases (alias_id, guest_id) VALUES ('g4', 'g1')").run();
    const before = countedFigures(db, event);
    db.close();

    const migrated = openDatabase(file);
    expect(schemaVersion(migrated)).toBeGreaterThanOrEqual(16);
    expect(countedFigures(migrated, event)).toEqual(before);
    expect(talliedFigures(migrated, event)).toEqual(before);
    expect(before.perFiveMinutes.map((bucket) => (bucket as { count: number }).count)).toEqual([2, 1, 1]);
    migrated.close();
  });

  it('keeps the tallies equal to counting through every change a station makes', () => {
    station = tempStation();
    const { db } = station;
    const event = getActiveEvent(db)!.id;
    const [a, b, c, d, e] = allStaffGuests(db, event);
    const agree = () => expect(talliedFigures(db, event)).toEqual(countedFigures(db, event));
    agree();

    checkInGuest(station, a!.id, 'wedge');
    checkInGuest(station, b!.id, 'wedge');
    agree();
    undoCheckIn(station, a!.id);
    insertRemote(db, event, c!.id, 'check-in', '2026-03-12T07:55:00.000+01:00');
    insertRemote(db, event, b!.id, 'check-in', '2026-03-12T07:40:00.000+01:00');
    agree();
    const walkIn = createWalkIn(station, {
      firstName: 'Nils',
      lastName: 'Nyman',
      title: '',
      department: 'Ny förvaltning',
      email: d!.email,
    });
    agree();
    editGuest(db, e!.id, { ...e!, department: 'Flyttad', flagged: true });
    editGuest(db, c!.id, { ...c!, department: 'Också flyttad', flagged: false });
    agree();
    removeGuest(db, c!.id);
    removeGuest(db, walkIn.id);
    agree();
    restoreGuest(db, walkIn.id);
    db.prepare('INSERT OR IGNORE INTO guest_aliases (alias_id, guest_id) VALUES (?, ?)').run(b!.id, d!.id);
    agree();
    db.prepare('DELETE FROM guest_aliases').run();
    agree();
    purgePersonalData(db, event);
    agree();
    expect(talliedFigures(db, event).departments.length).toBeGreaterThan(1);
    expect(talliedFigures(db, event).perFiveMinutes.length).toBeGreaterThan(1);
  });
});
