// Station names (migration 014): this station's own, set by staff, and the other doors' as the hub
// reported them. Exports show a name where they showed a station's UUID.
import { type Db, prepared } from './database';
import { stationId } from './settings';

/** Longest name staff may give a station: it fits a spreadsheet column and the sync header. */
export const MAX_STATION_NAME = 60;

export function stationNames(db: Db): Map<string, string> {
  const rows = prepared(db, 'SELECT station_id, name FROM station_names').all() as {
    station_id: string;
    name: string;
  }[];
  return new Map(rows.map((row) => [row.station_id, row.name]));
}

export function ownStationName(db: Db): string | null {
  return stationNames(db).get(stationId(db)) ?? null;
}

/** Names a station; an empty name takes the name away. */
export function setStationName(db: Db, id: string, name: string): void {
  const trimmed = name.trim().slice(0, MAX_STATION_NAME);
  if (trimmed)
    prepared(
      db,
      'INSERT INTO station_names (station_id, name) VALUES (?, ?) ON CONFLICT(station_id) DO UPDATE SET name = excluded.name',
    ).run(id, trimmed);
  else prepared(db, 'DELETE FROM station_names WHERE station_id = ?').run(id);
}

/** What an export shows for a station: its name, else the first 8 characters of its id. */
export const stationLabel = (names: Map<string, string>, id: string): string => names.get(id) ?? id.slice(0, 8);
