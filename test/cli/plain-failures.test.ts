// What the organizer is told when the hub or the browser station cannot start, or a hub address is typed
// without its http:// — one sentence each, through the real command line.
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, entre, foldersRemovedAfterAll } from '../helpers/cli';
import { tempHub } from '../helpers/hub';
import { tempStation } from '../helpers/temp';
import { startHttpStation } from '../../src/main/api/http-station';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';

const tempDir = foldersRemovedAfterAll('entre-plain-failures-');

/** Runs `use` with a port some other program listens on. */
async function withTakenPort(use: (port: string) => Promise<void>): Promise<void> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await use(String((server.address() as net.AddressInfo).port));
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe.concurrent('starting on a port or address that cannot be had', { timeout: CLI_TIMEOUT }, () => {
  it('says the port is in use, for the hub and for the browser station', async () => {
    const dir = tempDir();
    await withTakenPort(async (port) => {
      for (const args of [
        ['hub', '--db', path.join(dir, 'hub.db')],
        ['serve', '--db', path.join(dir, 'entre.db')],
      ]) {
        const run = await entre([...args, '--port', port]);
        expect(run.code).toBe(1);
        expect(run.stderr).toBe(
          `Port ${port} on 127.0.0.1 is in use, perhaps by another Entré: stop that one, or give another --port.\n`,
        );
      }
    });
  });

  it('says when no PostgreSQL server answers for the hub', async () => {
    const run = await entre(['hub', '--database-url', 'postgres://entre:entre@127.0.0.1:1/entre']);
    expect(run).toMatchObject({
      code: 1,
      stderr:
        'No PostgreSQL server answers at 127.0.0.1:1: check that it runs and the host and port in --database-url.\n',
    });
  });

  it('says an address is not one of this computer', async () => {
    const run = await entre(['hub', '--db', path.join(tempDir(), 'hub.db'), '--port', '0', '--host', '192.0.2.1']);
    expect(run).toMatchObject({
      code: 1,
      stderr: '192.0.2.1 is not an address of this computer: give one it has, or 0.0.0.0 to listen on every network.\n',
    });
  });
});

// Not concurrent: each test's hub is closed when that test ends (onTestFinished).
describe('pairing with a hub', { timeout: CLI_TIMEOUT }, () => {
  it('takes the address without http://, and refuses one that is no address in one sentence', async () => {
    const dir = tempDir();
    const storage = openSqliteHubStorage(path.join(dir, 'hub.db'));
    const hub = await tempHub(storage);
    const code = await storage.createPairingCode();
    const typed = new URL(hub.url).host;
    const paired = await entre(['pair', '--hub', typed, '--code', code, '--db', path.join(dir, 'door.db')]);
    expect(paired.stderr).toBe('');
    expect(paired.stdout).toContain(`Paired with http://${typed}.`);
    const refused = await entre(['pair', '--hub', 'ht tp://hub', '--code', code, '--db', path.join(dir, 'door.db')]);
    expect(refused).toMatchObject({
      code: 1,
      stderr: '"ht tp://hub" is not a hub address: give it as the hub printed it, e.g. http://192.168.1.10:4790.\n',
    });
  });

  it('says plainly when the address answers but is no hub: another program, or a kiosk station', async () => {
    const dir = tempDir();
    const storage = openSqliteHubStorage(path.join(dir, 'hub.db'));
    const hub = await tempHub(storage);
    const wrong = `${hub.url.replace(/\/$/, '')}/not-the-hub`;
    const run = await entre(['pair', '--hub', wrong, '--code', 'ABCD-EFGH', '--db', path.join(dir, 'door.db')]);
    expect(run.stderr).toBe(
      `No Entré hub answers at ${new URL(hub.url).origin} (HTTP 404): give the address the hub printed.\n`,
    );

    // A kiosk station served to the network, which turns away devices it has not paired.
    const { station } = tempStation([]);
    const served = await startHttpStation({
      station,
      host: '127.0.0.1',
      port: 0,
      rendererDir: tempDir(),
      access: { pairingToken: 'a-token-of-the-station' },
    });
    try {
      const origin = new URL(served.url).origin;
      const atStation = await entre([
        'pair',
        '--hub',
        origin,
        '--code',
        'ABCD-EFGH',
        '--db',
        path.join(dir, 'door.db'),
      ]);
      expect(atStation.stderr).toBe(
        `No Entré hub answers at ${origin} (HTTP 401): give the address the hub printed.\n`,
      );
    } finally {
      await served.close();
    }
  });
});
