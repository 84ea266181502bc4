// The hub over real HTTP on loopback (SQLite storage): without a valid token nothing is read or
// written, a code works once, a revoked token stops working, and a station pushes only its own log.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import { startHub, type RunningHub } from '../../src/main/hub/server';
import type { HubStorage } from '../../src/main/hub/storage';
import { type AttendanceRecord, MAX_PUSH_RECORDS } from '../../src/shared/sync-protocol';
import { tempDir } from '../helpers/temp';

let hub: RunningHub;
let storage: HubStorage;
afterEach(async () => {
  await hub.close();
  await storage.close();
});

async function startTestHub() {
  storage = openSqliteHubStorage(path.join(tempDir(), 'hub.db'));
  hub = await startHub(storage, '127.0.0.1', 0);
  return hub.url;
}

const post = (url: string, body: unknown, token?: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

const checkIn = (stationId: string): AttendanceRecord => ({
  type: 'attendance',
  id: crypto.randomUUID(),
  eventId: 'event-1',
  guestId: 'guest-1',
  stationId,
  action: 'check-in',
  method: 'wedge',
  wallTime: '2026-11-27T09:00:00.000+01:00',
  hlc: `2026-11-27T08:00:00.000Z-0000-${stationId}`,
});

async function pair(url: string, stationId: string) {
  const response = await post(`${url}/sync/v1/pair`, {
    code: await storage.createPairingCode(),
    stationId,
    activeEventId: null,
  });
  return ((await response.json()) as { token: string }).token;
}

describe('hub access', () => {
  it('refuses to read or write without a valid token', async () => {
    const url = await startTestHub();
    const token = await pair(url, 'door-a');
    await expect(post(`${url}/sync/v1/push`, { records: [checkIn('door-a')] })).resolves.toHaveProperty('status', 401);
    await expect(post(`${url}/sync/v1/push`, { records: [checkIn('door-a')] }, 'forged')).resolves.toHaveProperty(
      'status',
      401,
    );
    expect((await fetch(`${url}/sync/v1/pull?since=0`)).status).toBe(401);
    expect((await fetch(`${url}/sync/v1/attendance`)).status).toBe(401);
    expect((await fetch(`${url}/sync/v1/whos-who`)).status).toBe(401);
    const observer = await pair(url, 'observer');
    const pulled = await fetch(`${url}/sync/v1/pull?since=0`, { headers: { authorization: `Bearer ${observer}` } });
    expect(((await pulled.json()) as { records: unknown[] }).records).toEqual([]);
    expect(token).not.toBe(observer);
  });

  it('takes a pairing code once, and a revoked token no longer works', async () => {
    const url = await startTestHub();
    const code = await storage.createPairingCode();
    const first = await post(`${url}/sync/v1/pair`, {
      code: code.toLowerCase(),
      stationId: 'door-a',
      activeEventId: null,
    });
    expect(first.status).toBe(200);
    const again = await post(`${url}/sync/v1/pair`, { code, stationId: 'door-b', activeEventId: null });
    expect(again.status).toBe(403);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/already used/);

    const { token } = (await first.json()) as { token: string };
    expect((await post(`${url}/sync/v1/push`, { records: [checkIn('door-a')] }, token)).status).toBe(200);
    expect(await storage.revokeStation('door-a')).toBe(true);
    expect((await post(`${url}/sync/v1/push`, { records: [checkIn('door-a')] }, token)).status).toBe(401);
  });

  it("refuses a batch holding another station's check-ins, and stores a re-sent batch once", async () => {
    const url = await startTestHub();
    const token = await pair(url, 'door-a');
    const refused = await post(`${url}/sync/v1/push`, { records: [checkIn('door-a'), checkIn('door-b')] }, token);
    expect(refused.status).toBe(400);
    const batch = { records: [checkIn('door-a'), checkIn('door-a')] };
    expect(await (await post(`${url}/sync/v1/push`, batch, token)).json()).toEqual({
      stored: 2,
      duplicates: 0,
      maxRecords: MAX_PUSH_RECORDS,
    });
    expect(await (await post(`${url}/sync/v1/push`, batch, token)).json()).toEqual({
      stored: 0,
      duplicates: 2,
      maxRecords: MAX_PUSH_RECORDS,
    });
    expect((await storage.eventRecords('event-1')).length).toBe(2);
  });
});
