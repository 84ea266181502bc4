// better-sqlite3 for Electron's ABI, built into .electron-native/ beside the Node build rather than
// over it, so tests and the CLI keep working under plain Node. Done only when starting or packaging
// Electron, never at install time (it needs Electron's headers from the internet).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function electronNativeSqlite(root, electronBinary) {
  const version = execFileSync(electronBinary, ['--version'], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } })
    .trim()
    .replace(/^v/, '');
  return buildSqliteForElectron(root, version);
}

/** Where the build for an Electron release goes (electron-builder.ts packs it from there). */
export const electronSqlitePath = (root, version) =>
  path.join(root, '.electron-native', `better_sqlite3-electron-${version}.node`);

/** The same for packaging, where the Electron release is known but its binary need not be installed. */
export function buildSqliteForElectron(root, version) {
  const target = electronSqlitePath(root, version);
  if (fs.existsSync(target)) return target;

  const work = path.join(root, '.electron-native', `build-${version}`);
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true });
  const nodeGyp = path.join(path.dirname(process.env.npm_execpath ?? ''), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const result = spawnSync(
    process.execPath,
    [nodeGyp, 'rebuild', '--release', '--runtime=electron', `--target=${version}`, '--dist-url=https://electronjs.org/headers'],
    { cwd: work, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`Building better-sqlite3 for Electron ${version} failed (see above).`);
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  fs.rmSync(work, { recursive: true, force: true });
  return target;
}
