#!/usr/bin/env node
// `npm run package`: the kiosk as an installable app for this platform, in dist/, with Electron's fuses
// flipped (electron-builder.ts). It needs Electron's zip from GitHub and Electron's headers (to build
// better-sqlite3 for Electron) from electronjs.org; where either cannot be reached, it says so in one
// sentence before anything is built.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { buildSqliteForElectron, electronSqlitePath } from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const version = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** Any answer counts (a redirect to GitHub's file store included); only no answer at all does not. */
async function reachable(url) {
  try {
    await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(15_000) });
    return true;
  } catch {
    return false;
  }
}

/** Whether electron-builder already has this Electron zip in its download cache. */
function zipCached() {
  const { getCacheDirectory } = require('app-builder-lib/out/util/electronGet.js');
  const cache = getCacheDirectory({ allowEnvVarOverride: true });
  return fs.existsSync(cache) && fs.readdirSync(cache, { recursive: true }).some((file) => file.endsWith(zipName));
}

const needed = [];
if (!zipCached()) {
  const mirror = process.env.ELECTRON_MIRROR || 'https://github.com/electron/electron/releases/download/';
  needed.push({ what: `zip (${zipName})`, url: `${mirror.replace(/\/?$/, '/')}v${version}/${zipName}` });
}
if (!fs.existsSync(electronSqlitePath(root, version))) {
  needed.push({ what: 'headers', url: `https://electronjs.org/headers/v${version}/node-v${version}-headers.tar.gz` });
}
for (const { what, url } of needed) {
  if (!(await reachable(url))) {
    fail(
      `The kiosk cannot be packaged here because Electron ${version}'s ${what} could not be downloaded from ` +
        `${new URL(url).host}; package it on a machine with internet access, or run the same kiosk in a browser ` +
        'with "npx entre serve".',
    );
  }
}

if (spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) {
  fail('Packaging stopped because the app did not build (see above).');
}
try {
  buildSqliteForElectron(root, version);
  const { build } = await import('electron-builder');
  const artifacts = await build({ projectDir: root, publish: 'never' });
  console.log(`Packaged Entré with Electron ${version}:\n${artifacts.map((file) => `  ${file}`).join('\n')}`);
} catch (error) {
  fail(`Packaging failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
}
