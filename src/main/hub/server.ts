// The organizer's hub over HTTP: stations pair, push their outbox and pull what the other doors
// recorded; organizers read the merged attendance. Every route but pairing needs a station token.
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  pairRequest,
  pullQuery,
  pushRequest,
  SYNC_PROTOCOL_PATH,
  type SyncErrorBody,
} from '../../shared/sync-protocol';
import { hubAttendance, hubAttendanceCsv } from './report';
import { HubInputError, type HubStorage } from './storage';

class HubHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: SyncErrorBody['error'],
  ) {
    super(body.message);
  }
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const problem = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
  throw new HubHttpError(400, { code: 'invalid-request', message: `The request was refused: ${problem}` });
}

export function buildHub(storage: HubStorage): FastifyInstance {
  const app = Fastify({ bodyLimit: 16 * 1024 * 1024 });

  async function stationOf(request: FastifyRequest): Promise<string> {
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const stationId = token ? await storage.authenticate(token) : null;
    if (!stationId) {
      throw new HubHttpError(401, {
        code: 'unauthorized',
        message: 'This station is not paired with the hub, or its pairing was revoked: pair it again with a new code.',
      });
    }
    return stationId;
  }

  app.get(`${SYNC_PROTOCOL_PATH}/health`, async () => ({ ok: true }));

  app.post(`${SYNC_PROTOCOL_PATH}/pair`, async (request) => {
    const body = parse(pairRequest, request.body);
    const paired = await storage.pair(body.code, body.stationId, body.activeEventId);
    if (!paired) {
      throw new HubHttpError(403, {
        code: 'pairing-failed',
        message: 'The pairing code is wrong, already used or expired: ask the hub for a new one.',
      });
    }
    return paired;
  });

  app.post(`${SYNC_PROTOCOL_PATH}/push`, async (request) => {
    const stationId = await stationOf(request);
    const body = parse(pushRequest, request.body);
    return storage.push(stationId, body.records);
  });

  app.get(`${SYNC_PROTOCOL_PATH}/pull`, async (request) => {
    const stationId = await stationOf(request);
    const query = parse(pullQuery, request.query);
    const [page, eventId] = await Promise.all([
      storage.pull(stationId, query.since, query.limit),
      storage.activeEventId(),
    ]);
    return { ...page, eventId };
  });

  app.get(`${SYNC_PROTOCOL_PATH}/attendance`, async (request, reply) => {
    await stationOf(request);
    const eventId = await storage.activeEventId();
    const report = eventId ? hubAttendance(await storage.eventRecords(eventId)) : { event: null, rows: [] };
    if ((request.query as { format?: string }).format === 'csv') {
      return reply.type('text/csv; charset=utf-8').send(hubAttendanceCsv(report));
    }
    return report;
  });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof HubHttpError) return reply.code(error.status).send({ error: error.body });
    if (error instanceof HubInputError)
      return reply.code(400).send({ error: { code: 'invalid-request', message: error.message } });
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status < 500)
      return reply.code(status).send({ error: { code: 'invalid-request', message: (error as Error).message } });
    reply.log.error(error);
    return reply.code(500).send({ error: { code: 'internal', message: 'The hub could not store this; try again.' } });
  });
  return app;
}

export interface RunningHub {
  url: string;
  close(): Promise<void>;
}

export async function startHub(storage: HubStorage, host: string, port: number): Promise<RunningHub> {
  const app = buildHub(storage);
  await app.listen({ host, port });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shownHost}:${actualPort}`, close: () => app.close() };
}
