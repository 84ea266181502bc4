import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { migrate, openDatabase, schemaVersion } from '../../src/main/store/database';
import { getEvent, getEventDetails, updateEvent } from '../../src/main/store/events';
import { setStationName, stationNames } from '../../src/main/store/station-names';
import { systemTimeZone } from '../../src/shared/event-time';

describe('migration 014 (event details, the event time zone, station names)', () => {
  it("keeps the event, shows it in the station's zone until one is set, and stores the details entre event sets", () => {
    const file = path.join(tempDir(), 'entre.db');
    const db = new Database(file);
    migrate(db, 13);
    db.prepare(
      "INSERT INTO events (id, name, starts_on, venue, created_at) VALUES ('ev', 'Ledarforum', '2026-03-12', 'Stadshuset', 'x')",
    ).run();
    expect(() => db.prepare("UPDATE events SET welcome_text = 'Välkommen'").run()).toThrow(/no such column/);
    db.close();

    const migrated = openDatabase(file);
    expect(schemaVersion(migrated)).toBeGreaterThanOrEqual(14);
    expect(getEvent(migrated, 'ev')).toEqual({
      id: 'ev',
      name: 'Ledarforum',
      startsOn: '2026-03-12',
      venue: 'Stadshuset',
      timeZone: systemTimeZone(),
    });
    expect(getEventDetails(migrated, 'ev')).toEqual({
      startsAt: null,
      welcomeText: null,
      contactLine: null,
      logo: null,
    });
    const logo = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    updateEvent(migrated, 'ev', { startsAt: '08:30', welcomeText: 'Välkommen!', logo, timeZone: 'America/New_York' });
    expect(getEventDetails(migrated, 'ev')).toEqual({
      startsAt: '08:30',
      welcomeText: 'Välkommen!',
      contactLine: null,
      logo,
    });
    expect(getEvent(migrated, 'ev')!.timeZone).toBe('America/New_York');
    updateEvent(migrated, 'ev', { logo: null });
    expect(getEventDetails(migrated, 'ev').logo).toBeNull();
    setStationName(migrated, 'door-north', 'Entré norr');
    expect(stationNames(migrated)).toEqual(new Map([['door-north', 'Entré norr']]));
    migrated.close();
  });
});
