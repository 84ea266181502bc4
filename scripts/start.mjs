#!/usr/bin/env node
// `npm start`: the Electron kiosk on the default store (a demo event when it is empty).
// It names the installed Electron release, fetches its binary and prepares better-sqlite3 for it once,
// saying what it is doing; where that cannot be done, it says in one sentence what is needed and
// names the browser station, which needs neither.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DriverUnavailable, installedElectron, prepareSqliteForElectron, reachable } from './electron-native.mjs';
import { runPackageBin } from './package-bin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const electron = installedElectron(root);
const ONLINE_ONCE = 'connect this computer to the internet and run "npm start" again';

/** One sentence: what is missing, what to do, and the browser station, which needs neither. */
function fail(reason, remedy = ONLINE_ONCE) {
  console.error(`${reason}; ${remedy}, or run the same kiosk in a browser with "npx entre serve".`);
  process.exit(1);
}

/** Where the electron package keeps its binary (ELECTRON_OVERRIDE_DIST_PATH is the package's own override). */
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  const binary = path.join(dist, fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

/** Electron 42+ fetches its binary on first use: once, with the package's own installer and progress bar. */
async function fetchElectron() {
  const mirror = new URL(process.env.ELECTRON_MIRROR || 'https://github.com/electron/electron/releases/download/');
  const needs = `Electron ${electron.version} is installed as a package but its program (about 100 MB for ${electron.platform}-${electron.arch}) is not`;
  if (!(await reachable(mirror))) {
    fail(
      `The kiosk window cannot start here: ${needs}, and ${mirror.host}, where it is downloaded from once, cannot be reached`,
    );
  }
  console.log(`${needs} yet: downloading it once from ${mirror.host}…`);
  // No time limit: a slow line gets its progress bar, not a cut. Its errors come as a stack: only the first line is shown.
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (install.status === 0 && electronBinary()) return electronBinary();
  const why = install.stderr.trim().split('\n')[0] || `exit code ${install.status}`;
  fail(`The kiosk window cannot start here: downloading Electron ${electron.version}'s program failed (${why})`);
}

console.log(`Entré kiosk on Electron ${electron.version}.`);
const binary = electronBinary() ?? (await fetchElectron());

let driver;
try {
  driver = await prepareSqliteForElectron(root, { electron });
} catch (error) {
  if (!(error instanceof DriverUnavailable)) throw error;
  fail(`The kiosk window cannot start here: ${error.message}`);
}

if (!fs.existsSync(path.join(root, 'out', 'main', 'index.js'))) {
  if (runPackageBin(root, 'electron-vite', ['build']).status !== 0)
    fail('The kiosk did not build (see above)', 'fix the build');
}

const child = spawn(binary, [root], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ENTRE_SQLITE_BINDING: driver },
});
child.on('exit', (code) => process.exit(code ?? 0));
