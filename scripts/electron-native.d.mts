// Types of scripts/electron-native.mjs for the TypeScript that imports it (electron-builder.ts, tests).
export interface InstalledElectron {
  version: string;
  abi: string;
  platform: NodeJS.Platform;
  arch: string;
}
export function installedElectron(root: string): InstalledElectron;
export function sqliteVersion(root: string): string;
export function electronSqliteName(sqlite: string, electron: InstalledElectron): string;
export function electronSqliteRelative(root: string, electron?: InstalledElectron): string;
export function electronSqlitePath(root: string, electron?: InstalledElectron): string;
export class DriverUnavailable extends Error {}
export function reachable(url: string | URL): Promise<boolean>;
export function prepareSqliteForElectron(
  root: string,
  options?: { electron?: InstalledElectron; say?: (line: string) => void },
): Promise<string>;
