// better-sqlite3 for the installed Electron release, prepared into .electron-native/ beside the Node
// build rather than over it, so tests and the CLI keep working under plain Node. Done only when starting
// or packaging Electron, never at install time: it needs the internet once.
//
// The ecosystem's tool does the work: @electron/rebuild first asks prebuild-install for better-sqlite3's
// own prebuilt Electron driver (GitHub releases, no compiler needed) and only then compiles with
// node-gyp against Electron's headers. It runs in a child process whose output goes to a log file:
// the person at the kiosk PC reads what is happening and, if it fails, one sentence saying what is needed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/**
 * The Electron release installed in node_modules, from its package.json: `electron --version` under
 * ELECTRON_RUN_AS_NODE answers with the bundled Node's version, never Electron's. The ABI is the one
 * that release ships in its package (`abi_version`), which is what a native module must be built for.
 */
export function installedElectron(root) {
  const dir = path.join(root, 'node_modules', 'electron');
  const { version } = readJson(path.join(dir, 'package.json'));
  const abi = fs.readFileSync(path.join(dir, 'abi_version'), 'utf8').trim();
  return { version, abi, platform: process.platform, arch: process.arch };
}

export const sqliteVersion = (root) =>
  readJson(path.join(root, 'node_modules', 'better-sqlite3', 'package.json')).version;

/** Every input that changes the binary is in the name, so an upgrade of either side never reuses a stale one. */
export const electronSqliteName = (sqlite, electron) =>
  `better-sqlite3-${sqlite}-electron-${electron.version}-abi${electron.abi}-${electron.platform}-${electron.arch}.node`;

/** Where the driver for that Electron goes, relative to the project (electron-builder.ts packs it from there). */
export const electronSqliteRelative = (root, electron = installedElectron(root)) =>
  path.join('.electron-native', electronSqliteName(sqliteVersion(root), electron));

export const electronSqlitePath = (root, electron) => path.join(root, electronSqliteRelative(root, electron));

/** Why preparing the driver failed, as the clause of a sentence (the caller says what to do about it). */
export class DriverUnavailable extends Error {}

/** Any answer counts (a redirect included); only no answer at all does not. */
export async function reachable(url) {
  try {
    await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(15_000) });
    return true;
  } catch {
    return false;
  }
}

/** Where prebuild-install looks for better-sqlite3's prebuilt drivers (it honours the same variables). */
function prebuildHost(env) {
  const name = 'npm_config_better_sqlite3_binary_host';
  return env[name] || env[`${name}_mirror`] || 'https://github.com/';
}

const HEADERS_HOST = 'https://www.electronjs.org/headers';

/**
 * The driver for the installed Electron, prepared once and then taken from .electron-native/.
 * `say` prints progress lines; a failure throws DriverUnavailable with one sentence.
 */
export async function prepareSqliteForElectron(root, { electron = installedElectron(root), say = console.log } = {}) {
  const target = electronSqlitePath(root, electron);
  if (fs.existsSync(target)) return target;

  const sqlite = sqliteVersion(root);
  const what = `better-sqlite3 ${sqlite} for Electron ${electron.version} (ABI ${electron.abi}, ${electron.platform}-${electron.arch})`;
  const prebuilt = new URL(prebuildHost(process.env));
  const headers = new URL(HEADERS_HOST);
  const [canDownload, canBuild] = await Promise.all([reachable(prebuilt), reachable(headers)]);
  if (!canDownload && !canBuild) {
    throw new DriverUnavailable(
      `it needs ${what}, prepared once, but neither ${prebuilt.host} (a prebuilt driver) nor ` +
        `${headers.host} (Electron's headers to build one) can be reached`,
    );
  }
  say(
    `Preparing ${what}, once: downloading the prebuilt driver from ${prebuilt.host}` +
      `${canBuild ? `, else compiling it with Electron's headers from ${headers.host} (needs Python and a C++ compiler)` : ''}…`,
  );

  const work = path.join(root, '.electron-native', `stage-${path.basename(target, '.node')}`);
  const log = path.join(root, '.electron-native', 'prepare.log');
  stageSqlite(root, work);
  const code = await runLogged(
    process.execPath,
    [
      fileURLToPath(new URL('./electron-rebuild-worker.mjs', import.meta.url)),
      work,
      electron.version,
      electron.arch,
      electron.platform,
    ],
    log,
    say,
  );
  const built = path.join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (code !== 0 || !fs.existsSync(built)) {
    throw new DriverUnavailable(
      `preparing ${what} failed: no prebuilt driver came from ${prebuilt.host} and compiling it did not succeed ` +
        `(it needs ${headers.host}, Python and a C++ compiler; the full log is in ${path.relative(root, log)})`,
    );
  }
  fs.copyFileSync(built, target);
  fs.rmSync(work, { recursive: true, force: true });
  say(`Prepared ${path.relative(root, target)}.`);
  return target;
}

/** A small project holding only a copy of better-sqlite3 (its Node build left out), for @electron/rebuild to work in. */
function stageSqlite(root, work) {
  fs.rmSync(work, { recursive: true, force: true });
  const source = fs.realpathSync(path.join(root, 'node_modules', 'better-sqlite3'));
  const copy = path.join(work, 'node_modules', 'better-sqlite3');
  fs.cpSync(source, copy, { recursive: true, filter: (file) => path.relative(source, file) !== 'build' });
  fs.writeFileSync(
    path.join(work, 'package.json'),
    JSON.stringify({ name: 'entre-electron-driver', private: true, dependencies: { 'better-sqlite3': '*' } }),
  );
}

/** Runs a Node script with its output in `log`; lines it marks with "progress:" are shown as they come. */
function runLogged(command, args, log, say) {
  return new Promise((resolve) => {
    const out = fs.openSync(log, 'w');
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', out] });
    let pending = '';
    child.stdout.on('data', (chunk) => {
      fs.writeSync(out, chunk);
      const lines = (pending + chunk).split('\n');
      pending = lines.pop();
      for (const line of lines) if (line.startsWith('progress: ')) say(`  ${line.slice('progress: '.length)}`);
    });
    child.on('error', () => resolve(1));
    child.on('close', (code) => {
      fs.closeSync(out);
      resolve(code ?? 1);
    });
  });
}
