// What happened at the staff door: PIN set, unlocks, wrong PINs, lockouts and locks, for the organizer.
import type { StaffDoorLogEntry } from '../../shared/staff';
import type { Db } from '../store/database';
import { prepared } from '../store/database';

export type StaffLogKind = StaffDoorLogEntry['kind'];

export function logStaffEvent(db: Db, kind: StaffLogKind, detail = '', now = new Date()): void {
  prepared(db, 'INSERT INTO staff_log (at, kind, detail) VALUES (?, ?, ?)').run(now.toISOString(), kind, detail);
}

export function staffLog(db: Db): StaffDoorLogEntry[] {
  return prepared(db, 'SELECT at, kind, detail FROM staff_log ORDER BY id').all() as StaffDoorLogEntry[];
}

/** The latest entries, newest first, for the settings page. */
export function latestStaffLog(db: Db, limit = 20): StaffDoorLogEntry[] {
  return prepared(db, 'SELECT at, kind, detail FROM staff_log ORDER BY id DESC LIMIT ?').all(
    limit,
  ) as StaffDoorLogEntry[];
}
