// Who may reach a browser station: on loopback only its own pages; beyond it only paired devices.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildHttpStation } from '../../src/main/api/http-station';
import { PAIRING_COOKIE } from '../../src/main/api/station-access';
import { tempStation } from '../helpers/temp';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

function station(pairingToken: string | null) {
  const { station, dir } = tempStation([{ code: 'abcd1234efgh5678', firstName: 'Åsa', lastName: 'Öhman' }]);
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Entré</title>');
  const app = buildHttpStation({ station, rendererDir: dir, access: { pairingToken } });
  apps.push(app);
  return app;
}

const infoRequest = (headers: Record<string, string>) => ({
  method: 'POST' as const,
  url: '/api/getKioskInfo',
  headers: { 'content-type': 'application/json', ...headers },
  payload: '{}',
});

describe('a station on loopback', () => {
  it('answers requests addressed to it', async () => {
    const app = station(null);
    expect((await app.inject(infoRequest({ host: '127.0.0.1:4780' }))).statusCode).toBe(200);
    expect((await app.inject(infoRequest({ host: 'localhost:4780' }))).statusCode).toBe(200);
  });

  it('refuses a Host naming another machine (DNS rebinding)', async () => {
    const response = await station(null).inject(infoRequest({ host: 'evil.example:4780' }));
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toMatch(/own address/);
  });

  it('refuses a page from a foreign origin', async () => {
    const response = await station(null).inject(infoRequest({ host: '127.0.0.1:4780', origin: 'http://evil.example' }));
    expect(response.statusCode).toBe(403);
  });
});

describe('a station served to the LAN', () => {
  const token = 'f00dfeedf00dfeedf00dfeedf00dfeed';

  it('refuses a device that has not paired, for the UI and the API alike', async () => {
    const app = station(token);
    const api = await app.inject(infoRequest({ host: '192.0.2.10:4780' }));
    expect(api.statusCode).toBe(401);
    expect(api.json().error).toMatchObject({
      reason: 'device-not-paired',
      message: expect.stringMatching(/not paired/),
    });
    expect((await app.inject({ method: 'GET', url: '/', headers: { host: '192.0.2.10:4780' } })).statusCode).toBe(401);
  });

  it('refuses a wrong token', async () => {
    const app = station(token);
    const pairing = await app.inject({ method: 'GET', url: '/?pair=wrong', headers: { host: '192.0.2.10:4780' } });
    expect(pairing.statusCode).toBe(401);
    expect(pairing.headers['set-cookie']).toBeUndefined();
  });

  it('pairs a device with the printed address, then serves it', async () => {
    const app = station(token);
    const pairing = await app.inject({ method: 'GET', url: `/?pair=${token}`, headers: { host: '192.0.2.10:4780' } });
    expect(pairing.statusCode).toBe(303);
    expect(pairing.headers.location).toBe('/');
    const cookie = String(pairing.headers['set-cookie']);
    expect(cookie).toContain(`${PAIRING_COOKIE}=${token}`);
    expect(cookie).toContain('HttpOnly');
    const paired = { host: '192.0.2.10:4780', cookie: `${PAIRING_COOKIE}=${token}` };
    expect((await app.inject(infoRequest(paired))).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/', headers: paired })).statusCode).toBe(200);
  });
});
