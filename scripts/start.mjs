#!/usr/bin/env node
// `npm start`: the Electron kiosk on the default store (a demo event when it is empty).
// Where the Electron binary is missing and cannot be fetched, say so plainly and name the browser station.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronNativeSqlite } from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

function fetchElectron() {
  // Electron 42+ downloads its binary on first use; try once, quietly.
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  return electronBinary();
}

const binary = electronBinary() ?? fetchElectron();
if (!binary) {
  console.error(
    'The Electron kiosk window cannot start here because the Electron binary is not installed and could not be downloaded; ' +
      'run the same kiosk in a browser instead with "npx entre serve" and open the address it prints.',
  );
  process.exit(1);
}

if (!fs.existsSync(path.join(root, 'out', 'main', 'index.js'))) {
  spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
}

const child = spawn(binary, [root], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ENTRE_SQLITE_BINDING: electronNativeSqlite(root, binary) },
});
child.on('exit', (code) => process.exit(code ?? 0));
