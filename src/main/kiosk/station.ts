// A station: one store opened for checking guests in. Shared by the Electron kiosk and `entre serve`.
import { openDatabase, type OpenOptions } from '../store/database';
import { stationId } from '../store/settings';
import { seedDemoEventIfEmpty } from '../demo/ledarforum';
import { BadgePrinting } from '../badges/printing';
import type { PrintBackend } from '../badges/print-backend';
import { cupsBackend } from '../badges/cups';
import { printWorkerLock } from '../badges/print-worker-lock';
import type { Station } from './check-in';

export interface StationOptions extends OpenOptions {
  /** Where badges go: CUPS unless the Electron shell brings its own printing. */
  printBackend?: PrintBackend;
}

export function openStation(file: string, options: StationOptions = {}): Station {
  const db = openDatabase(file, options);
  seedDemoEventIfEmpty(db);
  const id = stationId(db);
  // Another process may have the same file open (the kiosk and `entre serve`): only one of them prints.
  const lock = file === ':memory:' ? null : printWorkerLock(file, options.nativeBinding);
  return { db, stationId: id, badges: new BadgePrinting(db, id, options.printBackend ?? cupsBackend(), lock) };
}
