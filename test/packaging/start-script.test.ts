// `npm start` on a kiosk PC: it names the Electron release installed, prepares better-sqlite3 for that
// release (not for the Node inside it), runs its tools without npx, and where the internet is missing
// says in one sentence what it needs. Electron itself is the stand-in in test/electron/stand-in.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { projectCopy } from '../helpers/project-copy';
import { tempDir } from '../helpers/temp';

const installed = (name: string) => JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
const electron = installed('electron');
const sqlite = installed('better-sqlite3');
const abi = fs.readFileSync('node_modules/electron/abi_version', 'utf8').trim();
const platform = `${process.platform}-${process.arch}`;
// Nothing listens on port 1 of loopback: as unreachable as GitHub is on these machines.
const NOWHERE = 'http://127.0.0.1:1/';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm start` in the copy, as a child process that may take its time (waits for it to end, never a clock). */
function npmStart(root: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
      cwd: root,
      env: { ...process.env, ELECTRON_MIRROR: NOWHERE, npm_config_better_sqlite3_binary_host: NOWHERE, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** better-sqlite3's release download, served from loopback like GitHub would: it logs what was asked for. */
async function prebuiltDriverMirror(driver: Buffer): Promise<{ url: string; requested: string[] }> {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'build/Release'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'build/Release/better_sqlite3.node'), driver);
  const tarball = path.join(dir, 'driver.tar.gz');
  spawnSync('tar', ['czf', tarball, '-C', dir, 'build']);
  const requested: string[] = [];
  const server = http.createServer((request, response) => {
    // npm start's HEAD only asks whether the host answers.
    if (request.method === 'GET') requested.push(request.url!);
    if (request.url!.endsWith('.tar.gz')) response.end(fs.readFileSync(tarball));
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => void server.close());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requested };
}

/** A PATH with Node on it and nothing else: no npx, as spawn sees it on Windows without a shell. */
function pathWithOnlyNode(): string {
  const bin = tempDir();
  fs.symlinkSync(process.execPath, path.join(bin, 'node'));
  return bin;
}

describe('npm start', () => {
  it('names the installed Electron release and says in one sentence what it needs, without binary or internet', async () => {
    const root = projectCopy({ standIn: false, built: true });
    const run = await npmStart(root, {});
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`Electron ${electron}`);
    expect(run.stderr.trim().split('\n')).toEqual([
      `The kiosk window cannot start here: Electron ${electron} is installed as a package but its program ` +
        `(about 100 MB for ${platform}) is not, and 127.0.0.1:1, where it is downloaded from once, cannot be reached; ` +
        'connect this computer to the internet and run "npm start" again, or run the same kiosk in a browser with "npx entre serve".',
    ]);
  });

  it('says it is downloading Electron, lets the download take its time, and names a failure in one sentence', async () => {
    const root = projectCopy({ standIn: false, built: true });
    const requested: string[] = [];
    const mirror = http.createServer((request, response) => {
      requested.push(`${request.method} ${request.url}`);
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => void mirror.close());
    const host = `127.0.0.1:${(mirror.address() as AddressInfo).port}`;
    const run = await npmStart(root, { ELECTRON_MIRROR: `http://${host}/`, electron_config_cache: tempDir() });
    expect(run.stdout).toContain(
      `Electron ${electron} is installed as a package but its program (about 100 MB for ${platform}) is not yet: downloading it once from ${host}…`,
    );
    expect(requested).toContain(`GET /v${electron}/electron-v${electron}-${platform}.zip`);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^The kiosk window cannot start here: downloading Electron .*'s program failed \(.*404.*\); connect .*"npx entre serve"\.$/,
    );
  });

  it('prepares better-sqlite3 for the installed Electron release, once, and hands it to the kiosk', async () => {
    const root = projectCopy({ standIn: true, built: false });
    const driver = Buffer.from('better-sqlite3 built for Electron');
    const mirror = await prebuiltDriverMirror(driver);
    const record = path.join(tempDir(), 'kiosk.json');
    const env = {
      npm_config_better_sqlite3_binary_host: mirror.url,
      npm_config_cache: tempDir(),
      ENTRE_STAND_IN_RECORD: record,
      PATH: pathWithOnlyNode(),
    };
    const first = await npmStart(root, env);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Entré kiosk on Electron ${electron}.`);
    expect(first.stdout).toContain(
      `Preparing better-sqlite3 ${sqlite} for Electron ${electron} (ABI ${abi}, ${platform})`,
    );
    // The prebuilt driver for Electron's ABI, not for the Node that `ELECTRON_RUN_AS_NODE=1 electron --version` names.
    expect(mirror.requested).toEqual([`/v${sqlite}/better-sqlite3-v${sqlite}-electron-v${abi}-${platform}.tar.gz`]);
    const prepared = path.join(
      root,
      '.electron-native',
      `better-sqlite3-${sqlite}-electron-${electron}-abi${abi}-${platform}.node`,
    );
    expect(JSON.parse(fs.readFileSync(record, 'utf8'))).toEqual({ args: [root], sqliteBinding: prepared });
    expect(fs.readFileSync(prepared)).toEqual(driver);
    // The app was built with this Node and electron-vite's own script: there is no npx on that PATH.
    expect(fs.existsSync(path.join(root, 'out/main/index.js'))).toBe(true);

    fs.rmSync(record);
    const second = await npmStart(root, env);
    expect(second.status).toBe(0);
    expect(second.stdout).not.toContain('Preparing');
    expect(mirror.requested).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(record, 'utf8')).sqliteBinding).toBe(prepared);
  });

  it('says in one sentence that the driver cannot be prepared without the internet, with no stack trace', async () => {
    const root = projectCopy({ standIn: true, built: true });
    const run = await npmStart(root, { ENTRE_STAND_IN_RECORD: path.join(tempDir(), 'kiosk.json') });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^The kiosk window cannot start here: it needs better-sqlite3 ${sqlite} for Electron ${electron} \\(ABI ${abi}, ${platform}\\), ` +
          'prepared once, but neither 127.0.0.1:1 \\(a prebuilt driver\\) nor www.electronjs.org .* can be reached; connect .* "npx entre serve"\\.$',
      ),
    );
  });
});
