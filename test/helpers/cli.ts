// The organizer's command line run as a user runs it: `node bin/entre.js ...` in a child process.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ENTRE = fileURLToPath(new URL('../../bin/entre.js', import.meta.url));
/** Each run starts a Node process of its own: on a loaded machine that alone takes seconds. */
export const CLI_TIMEOUT = 120_000;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `entre args`, with `input` on its standard input if given. */
export function entre(args: string[], env: Record<string, string> = {}, input?: string): Promise<CliRun> {
  // The store is chosen by each test, never by the environment the suite happens to run in.
  const inherited = { ...process.env };
  delete inherited.ENTRE_DB;
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [ENTRE, ...args],
      { env: { ...inherited, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin!.end(input);
  });
}

/**
 * Temporary folders for a file of concurrent tests, removed once all its tests have finished (a concurrent test
 * cannot use `onTestFinished` of the module). Call it once at the top of the test file.
 */
export function foldersRemovedAfterAll(prefix: string): () => string {
  const folders: string[] = [];
  afterAll(() => {
    for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    folders.push(dir);
    return dir;
  };
}
