// Loads the BUILT Electron main process (out/main/index.js, what Electron runs) against the stub of
// `electron` (stub/electron.ts), fresh for each test. The build is made again when a source is newer.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { onTestFinished, vi } from 'vitest';
import type * as Stub from './stub/electron';

const BUILT = path.resolve('out/main/index.js');

function newestSource(dir: string): number {
  return Math.max(
    ...fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs),
  );
}

/** Runs `electron-vite build` when out/main is missing or older than src/main or src/shared. */
export function ensureBuiltMain(): void {
  const built = fs.existsSync(BUILT) ? fs.statSync(BUILT).mtimeMs : 0;
  if (built > Math.max(newestSource('src/main'), newestSource('src/shared'))) return;
  const bin = path.resolve('node_modules/electron-vite/bin/electron-vite.js');
  const run = spawnSync(process.execPath, [bin, 'build'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`electron-vite build failed:\n${run.stderr}`);
}

export type ElectronStub = typeof Stub;

/**
 * Imports the stub first (so `configure` runs before main starts), then the built main process.
 * `ready`: Electron becomes ready and main's start-up has run.
 */
export async function loadMain(configure: (electron: ElectronStub) => void = () => {}, { ready = true } = {}) {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  vi.resetModules();
  const electron = (await import('electron')) as unknown as ElectronStub;
  configure(electron);
  await import(/* @vite-ignore */ BUILT);
  if (ready) await electron.app.emitReady();
  await new Promise((resolve) => setImmediate(resolve));
  onTestFinished(() => {
    // Stops background sync and closes the store, as quitting does.
    electron.app.emit('will-quit');
    for (const signal of signals) {
      for (const listener of process.listeners(signal))
        if (!before.get(signal)!.includes(listener)) process.off(signal, listener);
    }
  });
  return electron;
}
