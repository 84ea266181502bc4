// What happened at the staff door: PIN set, unlocks, wrong PINs, lockouts and locks, for the organizer.
import type { Db } from '../store/database';
import { prepared } from '../store/database';

export type StaffLogKind = 'pin-set' | 'unlock' | 'failed-unlock' | 'lockout' | 'lock';

export interface StaffLogEntry {
  at: string;
  kind: StaffLogKind;
  detail: string;
}

export function logStaffEvent(db: Db, kind: StaffLogKind, detail = '', now = new Date()): void {
  prepared(db, 'INSERT INTO staff_log (at, kind, detail) VALUES (?, ?, ?)').run(now.toISOString(), kind, detail);
}

export function staffLog(db: Db): StaffLogEntry[] {
  return prepared(db, 'SELECT at, kind, detail FROM staff_log ORDER BY id').all() as StaffLogEntry[];
}
