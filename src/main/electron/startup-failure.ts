// What the kiosk says when it cannot start (the store, its folder or the SQLite driver), shown in a
// dialog before the app exits: a kiosk that failed must not keep running invisibly. Plain Node (no
// `electron` import), so the wording is tested without Electron.
import path from 'node:path';
import { StoreError } from '../store/database';

export const STARTUP_FAILURE_TITLE = 'Entré could not start';

export function startupFailureMessage(error: unknown, storeFile: string): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (error instanceof StoreError) return `${error.message}\n\nStore: ${storeFile}`;
  if (code === 'ERR_DLOPEN_FAILED' || /NODE_MODULE_VERSION|better_sqlite3\.node/.test(String(message))) {
    return (
      'The SQLite driver (better-sqlite3) was not built for this Electron release. ' +
      'From a clone, run "npm start", which prepares it; an installed kiosk must be installed again.' +
      `\n\n${String(message)}`
    );
  }
  if (['EACCES', 'EPERM', 'EROFS', 'ENOTDIR'].includes(String(code))) {
    return (
      `Entré cannot write its store in ${path.dirname(storeFile)} (${String(code)}). ` +
      'Let the kiosk user write to that folder, or name another store with the ENTRE_DB environment variable.'
    );
  }
  return `${String(message ?? error)}\n\nStore: ${storeFile}`;
}
