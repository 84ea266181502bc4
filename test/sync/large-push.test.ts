// Pushes larger than the first hubs took (docs/sync-protocol.md, "Push"): a station sends MAX_BATCH
// records until the hub says how many it takes, keeps each body under its byte budget, sends an older
// hub no more than it takes, and a push cut off after the hub committed it is re-sent without counting
// anybody twice. While a push is at the hub the station reads the next one ahead: a failed push is sent
// again exactly, and what changed in the store meanwhile is read again, not sent as it was.
// Real stores, a real hub on loopback; the hub's hooks only watch (or drop a connection, or refuse).
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { buildHub } from '../../src/main/hub/server';
import { openSqliteHubStorage } from '../../src/main/hub/sqlite-storage';
import type { HubStorage } from '../../src/main/hub/storage';
import { type Db, openDatabase } from '../../src/main/store/database';
import { createEvent, setActiveEvent } from '../../src/main/store/events';
import { purgePersonalData } from '../../src/main/staff/personal-data';
import { insertGuests } from '../../src/main/store/guests';
import { stationId } from '../../src/main/store/settings';
import { currentPairing, pairWithHub, pushOutbox, SyncError } from '../../src/main/sync/client';
import { pendingCount } from '../../src/main/sync/outbox';
import {
  HUB_BODY_LIMIT,
  MAX_BATCH,
  MAX_PUSH_RECORDS,
  PUSH_BODY_BUDGET,
  type SyncRecord,
} from '../../src/shared/sync-protocol';
import { tempDir } from '../helpers/temp';

interface WatchedHub {
  url: string;
  storage: HubStorage;
  /** Records (with their type:id) and body bytes of every push the hub answered or dropped, in order. */
  pushes: { records: number; keys: string[]; bytes: number }[];
  app: FastifyInstance;
}

/** A real hub on loopback; `adjust` adds hooks before it listens. */
async function watchedHub(dir: string, adjust: (app: FastifyInstance, hub: WatchedHub) => void = () => {}) {
  const storage = openSqliteHubStorage(path.join(dir, 'hub.db'));
  const app = buildHub(storage);
  const hub: WatchedHub = { url: '', storage, pushes: [], app };
  app.addHook('preHandler', async (request) => {
    if (request.url.endsWith('/push')) {
      const records = (request.body as { records: SyncRecord[] }).records;
      hub.pushes.push({
        records: records.length,
        keys: records.map((record) => `${record.type}:${record.id}`),
        bytes: Number(request.headers['content-length']),
      });
    }
  });
  adjust(app, hub);
  hub.url = await app.listen({ host: '127.0.0.1', port: 0 });
  onTestFinished(async () => {
    await app.close();
    await storage.close();
  });
  return hub;
}

/** A paired station holding an event, `guests` guests (`large`: every field as long as a guest record allows) and `checkIns` unsent check-ins. */
async function stationWithBacklog(dir: string, hub: WatchedHub, guests: number, checkIns: number, large = false) {
  const db = openDatabase(path.join(dir, 'station.db'));
  onTestFinished(() => {
    db.close();
  });
  const station = stationId(db);
  const event = createEvent(db, { name: 'Konferens', startsOn: null, venue: null });
  setActiveEvent(db, event.id);
  const long = (prefix: string, i: number, length: number) => `${prefix}${i}`.padEnd(large ? length : 0, 'x');
  const list = insertGuests(
    db,
    Array.from({ length: guests }, (_, i) => ({
      eventId: event.id,
      code: `g${i}`,
      firstName: long('Förnamn', i, 200),
      lastName: long('Efternamn', i, 200),
      title: long('Titel', i, 300),
      department: long('Avdelning', i, 300),
      email: `g${i}@example.se`,
      source: 'import' as const,
    })),
  );
  const insert = db.prepare(
    `INSERT INTO attendance_events (id, event_id, guest_id, station_id, kind, method, wall_time, hlc)
     VALUES (?, ?, ?, ?, 'check-in', 'wedge', ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < checkIns; i++) {
      const at = new Date(Date.parse('2026-11-27T08:00:00Z') + i).toISOString();
      insert.run(crypto.randomUUID(), event.id, list[i % guests]!.id, station, at, `${at}-0000-${station}`);
    }
  })();
  await pairWithHub(db, station, hub.url, await hub.storage.createPairingCode());
  return { db, eventId: event.id };
}

const recordsAtHub = async (hub: WatchedHub, eventId: string, type: SyncRecord['type']) =>
  (await hub.storage.eventRecords(eventId)).filter((record) => record.type === type).map((record) => record.id);

const expectEachOnce = (ids: string[], count: number) => {
  expect(ids).toHaveLength(count);
  expect(new Set(ids).size).toBe(count);
};

const ownCheckInIds = (db: Db): string[] => db.prepare('SELECT id FROM attendance_events').pluck().all() as string[];

describe('pushes larger than MAX_BATCH', () => {
  it('start at MAX_BATCH, then carry as many records as the hub says it takes', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const hub = await watchedHub(dir);
    const checkIns = MAX_BATCH + MAX_PUSH_RECORDS + 500;
    const { db, eventId } = await stationWithBacklog(dir, hub, 1000, checkIns);
    const entries = pendingCount(db);

    await pushOutbox(db, currentPairing(db)!);

    // The first push holds the event, the guests and the first check-ins; the hub's answer opens the larger ones.
    expect(hub.pushes.map((push) => push.records)).toEqual([
      MAX_BATCH,
      MAX_PUSH_RECORDS,
      entries - MAX_BATCH - MAX_PUSH_RECORDS,
    ]);
    expect(pendingCount(db)).toBe(0);
    expectEachOnce(await recordsAtHub(hub, eventId, 'attendance'), checkIns);
  });

  it(
    'send an older hub, which does not say how many it takes, no more than MAX_BATCH',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir();
      const hub = await watchedHub(dir, (app) => {
        // As a hub from before larger pushes: it refuses more than MAX_BATCH records and answers without maxRecords.
        app.addHook('preHandler', async (request, reply) => {
          if (request.url.endsWith('/push') && (request.body as { records: unknown[] }).records.length > MAX_BATCH)
            return reply.code(400).send({ error: { code: 'invalid-request', message: 'At most 2000 records.' } });
        });
        app.addHook('onSend', async (request, _reply, payload) =>
          request.url.endsWith('/push') && typeof payload === 'string'
            ? JSON.stringify({ ...(JSON.parse(payload) as object), maxRecords: undefined })
            : payload,
        );
      });
      const { db, eventId } = await stationWithBacklog(dir, hub, 1000, 3 * MAX_BATCH);

      await pushOutbox(db, currentPairing(db)!);

      expect(hub.pushes.every((push) => push.records <= MAX_BATCH)).toBe(true);
      expect(pendingCount(db)).toBe(0);
      expectEachOnce(await recordsAtHub(hub, eventId, 'attendance'), 3 * MAX_BATCH);
    },
  );

  it('send a hub that says it takes fewer than MAX_BATCH no more than it says', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const hub = await watchedHub(dir, (app) => {
      app.addHook('onSend', async (request, _reply, payload) =>
        request.url.endsWith('/push') && typeof payload === 'string'
          ? JSON.stringify({ ...(JSON.parse(payload) as object), maxRecords: 500 })
          : payload,
      );
    });
    const { db, eventId } = await stationWithBacklog(dir, hub, 100, MAX_BATCH + 1200);
    const entries = pendingCount(db);

    await pushOutbox(db, currentPairing(db)!);

    // The first push is one every hub takes; after the hub's answer, at most what it said.
    expect(hub.pushes[0]!.records).toBe(MAX_BATCH);
    expect(hub.pushes.slice(1).map((push) => push.records)).toEqual([500, 500, entries - MAX_BATCH - 1000]);
    expect(pendingCount(db)).toBe(0);
    expectEachOnce(await recordsAtHub(hub, eventId, 'attendance'), MAX_BATCH + 1200);
  });

  it('keep each body under the byte budget when the guests are large', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const hub = await watchedHub(dir);
    // Guests of about 1.3 KB each: the 7,000 left after the first push would pass the budget in one.
    const guests = MAX_BATCH + 7000;
    const { db, eventId } = await stationWithBacklog(dir, hub, guests, 0, true);

    await pushOutbox(db, currentPairing(db)!);

    expect(hub.pushes.length).toBeGreaterThan(2);
    expect(Math.max(...hub.pushes.map((push) => push.bytes))).toBeLessThanOrEqual(PUSH_BODY_BUDGET);
    expect(pendingCount(db)).toBe(0);
    expectEachOnce(await recordsAtHub(hub, eventId, 'guest'), guests);
  });

  it('cut off after the hub committed it, is sent again and counted once', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const hub = await watchedHub(dir, (app, watched) => {
      // The second push is stored, then the connection drops before the station hears the answer.
      app.addHook('onSend', async (request, _reply, payload) => {
        if (request.url.endsWith('/push') && watched.pushes.length === 2 && !dropped) {
          dropped = true;
          request.raw.socket.destroy();
        }
        return payload;
      });
    });
    let dropped = false;
    const checkIns = MAX_BATCH + MAX_PUSH_RECORDS + 500;
    const { db, eventId } = await stationWithBacklog(dir, hub, 1000, checkIns);

    await expect(pushOutbox(db, currentPairing(db)!)).rejects.toBeInstanceOf(SyncError);
    expect(dropped).toBe(true);
    // The dropped batch stays in the outbox: only the first, confirmed one left it.
    expect(pendingCount(db)).toBeGreaterThan(MAX_PUSH_RECORDS);
    expectEachOnce(await recordsAtHub(hub, eventId, 'attendance'), MAX_BATCH - 1001 + MAX_PUSH_RECORDS);

    await pushOutbox(db, currentPairing(db)!);
    expect(pendingCount(db)).toBe(0);
    const atHub = await recordsAtHub(hub, eventId, 'attendance');
    expectEachOnce(atHub, checkIns);
    expect(new Set(atHub)).toEqual(new Set(ownCheckInIds(db)));
  });
});

describe('reading the next push while one is at the hub', () => {
  it('sends a push that failed again from its first record, in the outbox order', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    let refused = false;
    const hub = await watchedHub(dir, (app, watched) => {
      // The third push fails once (a hub restarting): the station had read the fourth ahead by then.
      app.addHook('preHandler', async (request, reply) => {
        if (request.url.endsWith('/push') && watched.pushes.length === 3 && !refused) {
          refused = true;
          return reply.code(503).send({ error: { code: 'internal', message: 'Restarting.' } });
        }
      });
    });
    const checkIns = MAX_BATCH + 3 * MAX_PUSH_RECORDS;
    const { db, eventId } = await stationWithBacklog(dir, hub, 1000, checkIns);
    const outboxOrder = db
      .prepare("SELECT kind || ':' || record_id FROM sync_outbox ORDER BY seq")
      .pluck()
      .all() as string[];

    await expect(pushOutbox(db, currentPairing(db)!)).rejects.toBeInstanceOf(SyncError);
    await pushOutbox(db, currentPairing(db)!);

    const [first, second, failed, ...after] = hub.pushes;
    expect(refused).toBe(true);
    // The next round starts again where the failed push started (at MAX_BATCH a push), nothing skipped.
    const resent = after.flatMap((push) => push.keys);
    expect(resent.slice(0, failed!.keys.length)).toEqual(failed!.keys);
    // Every entry once; the check-ins in the order they were made (a push lists guests by kind, not by entry).
    const sent = [first!, second!, ...after].flatMap((push) => push.keys);
    expect(sent).toHaveLength(outboxOrder.length);
    expect(new Set(sent)).toEqual(new Set(outboxOrder));
    const checkInsOf = (keys: string[]) => keys.filter((key) => key.startsWith('attendance:'));
    expect(checkInsOf(sent)).toEqual(checkInsOf(outboxOrder));
    expect(pendingCount(db)).toBe(0);
    expectEachOnce(await recordsAtHub(hub, eventId, 'attendance'), checkIns);
  });

  it(
    'reads the next push again when the store changed meanwhile: after a purge no name leaves',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir();
      let purged = false;
      /** Guests sent with a name in each push after the purge. */
      const namedAfterPurge: number[] = [];
      let answerSecondPush = () => {};
      const secondPushAnswered = new Promise<void>((resolve) => (answerSecondPush = resolve));
      const hub = await watchedHub(dir, (app, watched) => {
        app.addHook('preHandler', async (request) => {
          if (request.url.endsWith('/push') && purged)
            namedAfterPurge.push(
              (request.body as { records: SyncRecord[] }).records.filter(
                (record) => record.type === 'guest' && record.firstName !== '',
              ).length,
            );
        });
        // The hub holds its answer to the second push until staff purged the names at the station.
        app.addHook('onSend', async (request, _reply, payload) => {
          if (request.url.endsWith('/push') && watched.pushes.length === 2) await secondPushAnswered;
          return payload;
        });
      });
      const guests = MAX_BATCH + 2 * MAX_PUSH_RECORDS;
      const station = await stationWithBacklog(dir, hub, guests, 0);

      const pushing = pushOutbox(station.db, currentPairing(station.db)!);
      // While the second push is at the hub the station reads the third, names and all; then staff purge.
      await vi.waitFor(() => expect(hub.pushes).toHaveLength(2), { timeout: 60_000 });
      purgePersonalData(station.db, station.eventId);
      purged = true;
      answerSecondPush();
      await pushing;

      expect(namedAfterPurge.length).toBeGreaterThan(1);
      expect(namedAfterPurge.every((named) => named === 0)).toBe(true);
      expect(pendingCount(station.db)).toBe(0);
      const guestsAtHub = (await hub.storage.eventRecords(station.eventId)).filter((record) => record.type === 'guest');
      expect(guestsAtHub).toHaveLength(guests);
      expect(guestsAtHub.filter((record) => record.firstName !== '')).toEqual([]);
    },
  );
});

describe('the hub body limit', () => {
  it('refuses a larger body with 413 and says so', async () => {
    const hub = await watchedHub(tempDir());
    const response = await fetch(`${hub.url}/sync/v1/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer whoever' },
      body: JSON.stringify({ records: [], padding: 'x'.repeat(HUB_BODY_LIMIT) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      'The request is larger than the hub accepts (16 MB): send fewer records at a time.',
    );
  });
});
