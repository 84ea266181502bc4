// Stopping the station's and the hub's servers while clients hold connections open: a connection that
// asked nothing yet (Chromium opens them ahead of need), a half-sent request, a request under way.
// Each used to keep `entre serve` running after SIGTERM until the client let go.
import http from 'node:http';
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it, vi } from 'vitest';
import { startHttpStation } from '../../src/main/api/http-station';
import { startHub } from '../../src/main/hub/server';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import { boundedClose } from '../../src/main/http-shutdown';
import { tempDir, tempStation } from '../helpers/temp';

/** A raw connection to `url`'s port, resolved once connected, with a promise of its end. */
async function connect(url: string): Promise<{ socket: net.Socket; ended: Promise<void> }> {
  const socket = net.connect(Number(new URL(url).port), '127.0.0.1');
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => {}); // a reset is one way of being closed
  await new Promise((resolve) => socket.once('connect', resolve));
  return { socket, ended };
}

/** Opens the three kinds of connection a browser may hold, closes the server, and says each one ended. */
async function closeWhileHeld(url: string, close: () => Promise<void>): Promise<void> {
  const silent = await connect(url);
  const halfSent = await connect(url);
  halfSent.socket.write('GET / HTTP/1.1\r\nHost: kiosk\r\n');
  const agent = new http.Agent({ keepAlive: true });
  const idle = await new Promise<net.Socket>((resolve) => {
    const request = http.get(new URL('/', url), { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(request.socket!));
    });
  });
  const idleEnded = new Promise<void>((resolve) => idle.once('close', () => resolve()));
  // The grace's timer never fires here: the close must end these connections itself, not wait them out.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    await close();
  } finally {
    vi.useRealTimers();
  }
  await Promise.all([silent.ended, halfSent.ended, idleEnded]);
  expect([silent.socket.destroyed, halfSent.socket.destroyed, idle.destroyed]).toEqual([true, true, true]);
}

describe('stopping the servers', () => {
  it('the station stops while a browser holds a silent, a half-sent and an idle connection', async () => {
    const store = tempStation([]);
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Entré</title>');
    const station = await startHttpStation({ station: store.station, host: '127.0.0.1', port: 0, rendererDir });
    await closeWhileHeld(station.url, station.close);
  });

  it('the hub stops while a station holds a silent, a half-sent and an idle connection', async () => {
    const storage = openSqliteHubStorage(path.join(tempDir(), 'hub.db'));
    const hub = await startHub(storage, '127.0.0.1', 0);
    try {
      await closeWhileHeld(hub.url, hub.close);
    } finally {
      await storage.close();
    }
  });

  /** A server whose one route answers only when the test lets it, with a bounded close of `graceMs`. */
  async function slowServer(graceMs: number) {
    const app = Fastify();
    let started!: () => void;
    const requestStarted = new Promise<void>((resolve) => (started = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    app.get('/slow', async () => {
      started();
      await released;
      return { answered: true };
    });
    const close = boundedClose(app, graceMs);
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const agent = new http.Agent({ keepAlive: true });
    const response = new Promise<http.IncomingMessage | Error>((resolve) =>
      http.get(`${url}/slow`, { agent }, resolve).on('error', resolve),
    );
    await requestStarted;
    return { close, release, response };
  }

  it('a request under way when the server stops is answered, and its connection closed after the answer', async () => {
    const { close, release, response } = await slowServer(60_000);
    const closed = close();
    release();
    const answer = await response;
    if (answer instanceof Error) throw answer;
    expect(answer.statusCode).toBe(200);
    expect(answer.headers.connection).toBe('close');
    await closed;
  });

  it('a request that never ends is cut once the grace is over, so the server still stops', async () => {
    const { close, release, response } = await slowServer(50);
    await close();
    expect(await response).toBeInstanceOf(Error);
    release();
  });
});
