#!/usr/bin/env node
// Runs the command line built into out/cli/ at install (`npm install` runs `prepare`, which builds it).
// Without that build it runs the TypeScript source through tsx, which works but starts far slower.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../out/cli/main.js', import.meta.url);
let cli;
if (fs.existsSync(fileURLToPath(built))) {
  cli = await import(built.href);
} else {
  process.stderr.write(
    'Note: the entre command line is not built (out/cli/ is missing), so it runs from source and starts slowly; ' +
      'run "npm run build" once to fix that.\n',
  );
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/main/cli/main.ts');
}
await cli.runCli(process.argv);
