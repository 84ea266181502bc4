// The packaging config against Electron's security checklist (fuses, asar) and electron-builder's
// own schema; the package itself needs Electron's zip from the internet (scripts/package.mjs).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DebugLogger } from 'builder-util';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import config, { ELECTRON_FUSES, electronSqliteBuild, electronVersion } from '../../electron-builder';
import { PACKAGED_SQLITE_BINDING, sqliteBinding } from '../../src/main/electron/sqlite-binding';

describe('fuses flipped when packaging', () => {
  it('packs exactly the fuse settings listed in one place', () => {
    expect(config.electronFuses).toBe(ELECTRON_FUSES);
    expect(Object.keys(ELECTRON_FUSES).sort()).toEqual([
      'enableCookieEncryption',
      'enableEmbeddedAsarIntegrityValidation',
      'enableNodeCliInspectArguments',
      'enableNodeOptionsEnvironmentVariable',
      'grantFileProtocolExtraPrivileges',
      'loadBrowserProcessSpecificV8Snapshot',
      'onlyLoadAppFromAsar',
      'runAsNode',
    ]);
  });

  it('does not let ELECTRON_RUN_AS_NODE run the kiosk binary as plain Node', () => {
    expect(ELECTRON_FUSES.runAsNode).toBe(false);
  });

  it('encrypts cookies on disk', () => {
    expect(ELECTRON_FUSES.enableCookieEncryption).toBe(true);
  });

  it('ignores NODE_OPTIONS and the --inspect arguments', () => {
    expect(ELECTRON_FUSES.enableNodeOptionsEnvironmentVariable).toBe(false);
    expect(ELECTRON_FUSES.enableNodeCliInspectArguments).toBe(false);
  });

  it('loads the app only from app.asar, checked against its hash', () => {
    expect(ELECTRON_FUSES.enableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(ELECTRON_FUSES.onlyLoadAppFromAsar).toBe(true);
    expect(config.asar).toBe(true);
  });

  it('uses the common V8 snapshot (no browser-process one is shipped)', () => {
    expect(ELECTRON_FUSES.loadBrowserProcessSpecificV8Snapshot).toBe(false);
  });

  it('gives file:// pages no extra privileges (the UI comes from app://entre)', () => {
    expect(ELECTRON_FUSES.grantFileProtocolExtraPrivileges).toBe(false);
  });
});

describe('what goes into the package', () => {
  it('is a configuration electron-builder accepts', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const misspelt = { ...config, electronFuse: ELECTRON_FUSES } as typeof config;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuse/);
  });

  it('packs the built app, not the sources, tests or better-sqlite3 for Node', () => {
    expect(config.files).toEqual([
      'out/**/*',
      '!out/**/*.map',
      'package.json',
      '!**/node_modules/better-sqlite3/{build,deps,src}/**',
    ]);
  });

  it('builds on the installed Electron and packs better-sqlite3 prepared for it where the kiosk looks', () => {
    const installed = (name: string) =>
      JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
    const abi = fs.readFileSync('node_modules/electron/abi_version', 'utf8').trim();
    expect(config.electronVersion).toBe(installed('electron'));
    expect(config.npmRebuild).toBe(false);
    // A new better-sqlite3 or Electron, another ABI, OS or processor: never the driver prepared for the old one.
    const driver =
      `.electron-native/better-sqlite3-${installed('better-sqlite3')}-electron-${electronVersion}` +
      `-abi${abi}-${process.platform}-${process.arch}.node`;
    expect(config.extraResources).toEqual([{ from: driver, to: PACKAGED_SQLITE_BINDING }]);
    expect(electronSqliteBuild).toBe(driver);
  });
});

describe('the SQLite binding the Electron main process loads', () => {
  it('is the packed one in a packaged kiosk, whatever the environment says', () => {
    const env = { ENTRE_SQLITE_BINDING: '/tmp/evil.node' };
    expect(sqliteBinding({ packaged: true, resourcesPath: '/opt/Entré/resources', env })).toBe(
      '/opt/Entré/resources/better_sqlite3.node',
    );
  });

  it('is the one npm start built, in development', () => {
    const env = { ENTRE_SQLITE_BINDING: '/repo/.electron-native/x.node' };
    expect(sqliteBinding({ packaged: false, resourcesPath: '/electron/resources', env })).toBe(
      '/repo/.electron-native/x.node',
    );
    expect(sqliteBinding({ packaged: false, resourcesPath: '/electron/resources', env: {} })).toBeUndefined();
  });
});
