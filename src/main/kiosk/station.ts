// A station: one store opened for checking guests in. Shared by the Electron kiosk and `entre serve`.
import { openDatabase, type OpenOptions } from '../store/database';
import { stationId } from '../store/settings';
import { seedDemoEventIfEmpty } from '../demo/ledarforum';
import type { Station } from './check-in';

export function openStation(file: string, options: OpenOptions = {}): Station {
  const db = openDatabase(file, options);
  seedDemoEventIfEmpty(db);
  return { db, stationId: stationId(db) };
}
