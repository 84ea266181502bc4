// One print worker per store. The Electron kiosk and `entre serve` (or a second kiosk) may open the same
// store; both would otherwise work the one queue and print a badge twice, or fail each other's job as
// "interrupted". The worker that holds this lock prints; the others only queue.
//
// The lock is SQLite's own exclusive lock on a small file beside the store, held for as long as the
// connection is open: the operating system releases it when the process ends, however it ends, so a
// crashed kiosk never leaves a stale lock behind (no PID files, no heartbeats).
import Database from 'better-sqlite3';

export interface PrintWorkerLock {
  /** True when this process holds the lock; tries to take it when it does not yet. */
  held(): boolean;
}

export const printLockFile = (storeFile: string): string => `${storeFile}.print-lock`;

export function printWorkerLock(storeFile: string, nativeBinding?: string): PrintWorkerLock {
  const lock = new Database(printLockFile(storeFile), { nativeBinding });
  // Kept after the first write transaction until the connection closes; no waiting for another holder.
  lock.pragma('locking_mode = EXCLUSIVE');
  lock.pragma('busy_timeout = 0');
  let held = false;
  return {
    held() {
      if (held) return true;
      try {
        lock.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS print_worker (pid INTEGER); COMMIT');
        held = true;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
        if (lock.inTransaction) lock.exec('ROLLBACK');
      }
      return held;
    },
  };
}
