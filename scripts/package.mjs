#!/usr/bin/env node
// `npm run package`: the kiosk as an installable app for this platform, in dist/, with Electron's fuses
// flipped (electron-builder.ts). It needs Electron's zip from GitHub and better-sqlite3 for that Electron
// (prebuilt from GitHub, or built with Electron's headers from electronjs.org); where either cannot be
// had, it says so in one sentence before anything is built.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { DriverUnavailable, installedElectron, prepareSqliteForElectron, reachable } from './electron-native.mjs';
import { runPackageBin } from './package-bin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electron = installedElectron(root);
const { version } = electron;
const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** Whether electron-builder already has this Electron zip in its download cache. */
function zipCached() {
  const { getCacheDirectory } = require('app-builder-lib/out/util/electronGet.js');
  const cache = getCacheDirectory({ allowEnvVarOverride: true });
  return fs.existsSync(cache) && fs.readdirSync(cache, { recursive: true }).some((file) => file.endsWith(zipName));
}

const ELSEWHERE =
  'package it on a machine with internet access, or run the same kiosk in a browser with "npx entre serve".';

if (!zipCached()) {
  const mirror = process.env.ELECTRON_MIRROR || 'https://github.com/electron/electron/releases/download/';
  const url = `${mirror.replace(/\/?$/, '/')}v${version}/${zipName}`;
  if (!(await reachable(url))) {
    fail(
      `The kiosk cannot be packaged here because Electron ${version}'s zip (${zipName}) could not be downloaded from ` +
        `${new URL(url).host}; ${ELSEWHERE}`,
    );
  }
}
try {
  await prepareSqliteForElectron(root, { electron });
} catch (error) {
  if (!(error instanceof DriverUnavailable)) throw error;
  fail(`The kiosk cannot be packaged here because ${error.message}; ${ELSEWHERE}`);
}

if (runPackageBin(root, 'electron-vite', ['build']).status !== 0) {
  fail('Packaging stopped because the app did not build (see above).');
}
try {
  const { build } = await import('electron-builder');
  const artifacts = await build({ projectDir: root, publish: 'never' });
  console.log(`Packaged Entré with Electron ${version}:\n${artifacts.map((file) => `  ${file}`).join('\n')}`);
} catch (error) {
  fail(`Packaging failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
}
