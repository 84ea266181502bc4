// Where the Electron main process finds better-sqlite3 built for Electron's ABI. A packaged kiosk uses
// only the copy packed beside it (electron-builder.ts puts it there) and ignores the environment; in
// development `npm start` hands over its build in .electron-native/ through ENTRE_SQLITE_BINDING.
// Plain Node (no `electron` import), so the packaging config and tests can use it.
import path from 'node:path';

/** The file name of the Electron build of better-sqlite3 in a packaged kiosk's resources folder. */
export const PACKAGED_SQLITE_BINDING = 'better_sqlite3.node';

export function sqliteBinding(where: {
  packaged: boolean;
  resourcesPath: string;
  env: Record<string, string | undefined>;
}): string | undefined {
  if (where.packaged) return path.join(where.resourcesPath, PACKAGED_SQLITE_BINDING);
  return where.env.ENTRE_SQLITE_BINDING || undefined;
}
