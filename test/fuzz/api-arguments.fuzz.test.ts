// Every API call's arguments, fuzzed over both transports: IPC goes through dispatch() exactly as the
// Electron main process calls it, HTTP through the real fastify routes. Bad arguments are refused with
// a clear message; nothing crashes and nothing is written.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { API_CALL_NAMES, httpRoute } from '../../src/shared/api-calls';
import { ApiError, createHandlers, dispatch } from '../../src/main/api/handlers';
import { buildHttpStation } from '../../src/main/api/http-station';
import { tempStation } from '../helpers/temp';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStation } from '../../src/main/kiosk/station';
import type { Station } from '../../src/main/kiosk/check-in';

const RUNS = 10_000;

const anyArguments = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom('code', 'method', 'query', 'guestId', 'extra'), fc.jsonValue()),
  fc.record({ code: fc.string(), method: fc.string() }),
  fc.record({ guestId: fc.oneof(fc.uuid(), fc.string()), method: fc.constantFrom('search', 'staff', 'wedge') }),
);

const countEvents = (station: Station) =>
  (station.db.prepare('SELECT count(*) AS n FROM attendance_events').get() as { n: number }).n;

describe('API arguments over IPC (dispatch)', () => {
  it('are answered or refused with a clear message, for every call', { timeout: 300_000 }, () => {
    const { station } = tempStation([{ code: 'abcd1234efgh5678', firstName: 'Åsa', lastName: 'Öhman' }]);
    const handlers = createHandlers(station);
    fc.assert(
      fc.property(fc.constantFrom(...API_CALL_NAMES), anyArguments, (name, args) => {
        const before = countEvents(station);
        try {
          dispatch(handlers, name, args);
        } catch (error) {
          expect(error).toBeInstanceOf(ApiError);
          expect((error as ApiError).body.code).toBe('invalid-arguments');
          expect((error as ApiError).body.message).toContain(name);
          expect(countEvents(station)).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('API arguments over HTTP', () => {
  let app: FastifyInstance;
  let station: Station;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entre-fuzz-'));
    station = openStation(path.join(dir, 'entre.db'));
    const ui = path.join(dir, 'ui');
    fs.mkdirSync(ui);
    fs.writeFileSync(path.join(ui, 'index.html'), '<!doctype html>');
    app = buildHttpStation({ station, rendererDir: ui });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    station.db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('get 200 or a 4xx with a message, never a server error', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...API_CALL_NAMES),
        fc.oneof(
          anyArguments.map((args) => JSON.stringify(args)),
          fc.string({ maxLength: 100 }),
        ),
        async (name, body) => {
          const response = await app.inject({
            method: 'POST',
            url: httpRoute(name),
            headers: { 'content-type': 'application/json' },
            payload: body,
          });
          expect([200, 400]).toContain(response.statusCode);
          if (response.statusCode === 400) expect(response.json().error.message).toEqual(expect.any(String));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
