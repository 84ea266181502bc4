// `entre --help` and every command start from the built JavaScript in out/cli/ without loading the
// heavy packages of the commands that do not run (issue 15).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILT = path.join(ROOT, 'out', 'cli');
const HEAVY = ['pdfkit', 'exceljs', 'fastify', 'pg', 'better-sqlite3', 'qrcode', 'zod', 'tsx'];

/** Every module a built file loads before its first line runs: its static imports, followed through chunks. */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  const source = fs.readFileSync(file, 'utf8');
  for (const match of source.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)";/gms)) {
    const specifier = match[1]!;
    if (specifier.startsWith('./')) {
      const chunk = path.join(path.dirname(file), specifier);
      if (!seen.has(chunk)) {
        seen.add(chunk);
        staticImports(chunk, seen);
      }
    } else seen.add(specifier);
  }
  return seen;
}

describe('the built command line', () => {
  it('loads no command’s packages until that command runs', () => {
    const loaded = [...staticImports(path.join(BUILT, 'main.js'))].filter((name) => !name.startsWith('/'));
    expect(loaded).toContain('commander');
    for (const name of HEAVY) expect(loaded.filter((loadedName) => loadedName.split('/')[0] === name)).toEqual([]);
  });

  it('answers --help from the build, listing every command', async () => {
    const run = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
      execFile(process.execPath, [path.join(ROOT, 'bin', 'entre.js'), '--help'], (error, stdout, stderr) =>
        error ? reject(error) : resolve({ stdout, stderr }),
      ),
    );
    expect(run.stderr).toBe('');
    for (const command of ['serve', 'import', 'export', 'invitations', 'keys', 'badges', 'hub', 'pair', 'sync'])
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });
});
