// `npm run package` where Electron's zip cannot be downloaded: one plain sentence, nothing built.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';

it('says in one sentence that the Electron zip cannot be downloaded, instead of a stack trace', () => {
  const emptyCache = tempDir();
  const distBefore = fs.existsSync(path.resolve('dist'));
  const run = spawnSync(process.execPath, ['scripts/package.mjs'], {
    encoding: 'utf8',
    // Nothing listens on port 1 of loopback: as unreachable as GitHub is on these machines.
    env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:1/', ELECTRON_BUILDER_CACHE: emptyCache },
  });
  expect(run.status).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim().split('\n')).toEqual([
    expect.stringMatching(
      /^The kiosk cannot be packaged here because Electron \d+\.\d+\.\d+'s zip \(electron-v[\w.-]+\.zip\) could not be downloaded from 127\.0\.0\.1:1; package it on a machine with internet access, or run the same kiosk in a browser with "npx entre serve"\.$/,
    ),
  ]);
  expect(fs.existsSync(path.resolve('dist'))).toBe(distBefore);
});
