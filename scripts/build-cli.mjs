#!/usr/bin/env node
// The `entre` command line as plain JavaScript in out/cli/, so it starts without compiling TypeScript.
// Every dynamic import() of a command becomes its own chunk, loaded only when that command runs;
// packages stay in node_modules (better-sqlite3 is native, the others are loaded from there as usual).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  // Chunk names change with their contents: last build's chunks would otherwise pile up.
  fs.rmSync(path.join(root, 'out', 'cli'), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/main/cli/main.ts' },
    outdir: 'out/cli',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
