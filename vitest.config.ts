import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/build-cli.setup.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // The built Electron main process runs against a stub of `electron` (test/electron/main-process.test.ts);
    // nothing else under test imports electron.
    alias: [
      { find: /^electron$/, replacement: fileURLToPath(new URL('test/electron/stub/electron.ts', import.meta.url)) },
    ],
  },
});
