// Runs @electron/rebuild on the staged copy of better-sqlite3 (scripts/electron-native.mjs): prebuilt
// driver from prebuild-install first, node-gyp against Electron's headers only when there is none.
// Its own output (and node-gyp's, which includes stack traces) goes to the log file the parent keeps.
import { rebuild } from '@electron/rebuild';

const [buildPath, electronVersion, arch, platform] = process.argv.slice(2);
const run = rebuild({ buildPath, electronVersion, arch, platform, onlyModules: ['better-sqlite3'], force: true });
run.lifecycle.on('module-found', (name) =>
  console.log(`progress: ${name}: looking for a prebuilt driver, else compiling…`),
);
run.lifecycle.on('module-done', (name) => console.log(`progress: ${name}: ready.`));
try {
  await run;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
