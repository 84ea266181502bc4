// Packaging the Electron kiosk with electron-builder (`npm run package` runs scripts/package.mjs, which
// prepares the pieces and then electron-builder with this file). The fuses are set here and nowhere
// else, after Electron's security checklist; test/packaging/electron-builder.test.ts checks each one.
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import { PACKAGED_SQLITE_BINDING } from './src/main/electron/sqlite-binding';
import { electronSqliteRelative, installedElectron } from './scripts/electron-native.mjs';

type Fuses = NonNullable<Configuration['electronFuses']>;

/** Flipped in the Electron binary when packaging (https://www.electronjs.org/docs/latest/tutorial/fuses). */
export const ELECTRON_FUSES = {
  // ELECTRON_RUN_AS_NODE must not turn the kiosk into a plain Node that runs any script.
  runAsNode: false,
  enableCookieEncryption: true,
  // NODE_OPTIONS / NODE_EXTRA_CA_CERTS and --inspect must not inject code or a debugger.
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  // Only app.asar, checked against the hash built into the binary, is ever loaded as the app.
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  // No separate browser-process V8 snapshot is shipped: on, it would look for a file that is not there.
  loadBrowserProcessSpecificV8Snapshot: false,
  // The UI comes from app://entre (app-protocol.ts), so file:// pages get no extra privileges.
  grantFileProtocolExtraPrivileges: false,
} as const satisfies Fuses;

const root = fileURLToPath(new URL('.', import.meta.url));

/** The Electron release the kiosk is built on: the one installed, so development and package agree. */
export const electronVersion: string = installedElectron(root).version;

/** better-sqlite3 prepared for that Electron by scripts/electron-native.mjs, in a copy beside node_modules. */
export const electronSqliteBuild = electronSqliteRelative(root).split('\\').join('/');

const config: Configuration = {
  appId: 'se.entre.kiosk',
  productName: 'Entré',
  executableName: 'entre-kiosk',
  electronVersion,
  directories: { output: 'dist' },
  asar: true,
  // The built app and package.json; electron-builder adds the production dependencies (never the dev
  // ones). better-sqlite3's sources and its Node build are left out: the kiosk loads the Electron build.
  files: ['out/**/*', '!out/**/*.map', 'package.json', '!**/node_modules/better-sqlite3/{build,deps,src}/**'],
  // Not rebuilt in place: that would swap the Node build that tests, the CLI and `entre serve` load
  // (node-gyp's clean step deletes it even when the download that follows fails). The Electron build
  // is made in a copy at pack time and packed beside app.asar, where sqlite-binding.ts finds it.
  npmRebuild: false,
  nodeGypRebuild: false,
  extraResources: [{ from: electronSqliteBuild, to: PACKAGED_SQLITE_BINDING }],
  electronFuses: ELECTRON_FUSES,
  linux: { target: 'AppImage', category: 'Office' },
  win: { target: 'nsis' },
  mac: { target: 'dmg', category: 'public.app-category.business' },
};

export default config;
