// The organizer's hub over HTTP: stations pair, push their outbox and pull what the other doors
// recorded; organizers read the merged attendance. Every route but pairing needs a station token,
// and a station reads and writes only the event it serves (event-scope.ts).
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  attendanceQuery,
  groupsRequest,
  HUB_BODY_LIMIT,
  linkDecisionRequest,
  MAX_PUSH_RECORDS,
  pairRequest,
  pullQuery,
  pushRequest,
  STATION_NAME_HEADER,
  SYNC_PROTOCOL_PATH,
  whosWhoQuery,
} from '../../shared/sync-protocol';
import { checkPushEvent, checkReadEvent, eventForPairing, eventOfStation } from './event-scope';
import { HubHttpError } from './http-error';
import { hubHistoryOf, proposalPairs } from './forum-history';
import { hubForumHistory, mingleGroupsOf, refreshForumMarks } from './forum-marks';
import { hubAttendance, hubWhosWho } from './report';
import { eventTimeZone, hubAttendanceCsv } from './report-csv';
import { HubInputError, hubStationNames, type HubStorage, type StationIdentity } from './storage';
import { boundedClose } from '../http-shutdown';

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const problem = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
  throw new HubHttpError(400, { code: 'invalid-request', message: `The request was refused: ${problem}` });
}

export function buildHub(storage: HubStorage): FastifyInstance {
  const app = Fastify({ bodyLimit: HUB_BODY_LIMIT });

  /** The name a station sent with its request; a station that sends none keeps the name it had. */
  async function keepStationName(station: StationIdentity, header: string | string[] | undefined): Promise<void> {
    if (typeof header !== 'string') return;
    let name: string;
    try {
      name = decodeURIComponent(header).trim().slice(0, 60);
    } catch {
      return;
    }
    // Every request carries the name: written only when it changed, not as a commit (and a flush) per push.
    const kept = name || null;
    if (kept !== station.name) await storage.nameStation(station.stationId, kept);
  }

  async function stationOf(request: FastifyRequest): Promise<StationIdentity> {
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const station = token ? await storage.authenticate(token) : null;
    if (!station) {
      throw new HubHttpError(401, {
        code: 'unauthorized',
        message: 'This station is not paired with the hub, or its pairing was revoked: pair it again with a new code.',
      });
    }
    await keepStationName(station, request.headers[STATION_NAME_HEADER]);
    return station;
  }

  /** A station's request checked against its schema, with the event the station serves (null while the hub holds none). */
  async function stationRequest<S extends z.ZodType>(
    request: FastifyRequest,
    schema: S,
    input: unknown,
  ): Promise<{ station: StationIdentity; input: z.output<S>; eventId: string | null }> {
    const station = await stationOf(request);
    const checked = parse(schema, input);
    return { station, input: checked, eventId: await eventOfStation(storage, station) };
  }

  /** As stationRequest, for a route that changes the event: without one there is nothing to change, so it is refused. */
  async function eventOrRefuse<S extends z.ZodType>(
    request: FastifyRequest,
    schema: S,
  ): Promise<{ input: z.output<S>; eventId: string }> {
    const { input, eventId } = await stationRequest(request, schema, request.body);
    if (!eventId) throw new HubInputError("The hub holds no event yet: sync the organizer's station first.");
    return { input, eventId };
  }

  app.get(`${SYNC_PROTOCOL_PATH}/health`, async () => ({ ok: true }));

  app.post(`${SYNC_PROTOCOL_PATH}/pair`, async (request) => {
    const body = parse(pairRequest, request.body);
    const pairingFailed = new HubHttpError(403, {
      code: 'pairing-failed',
      message: 'The pairing code is wrong, already used or expired: ask the hub for a new one.',
    });
    // The code first: without one, nobody learns which events the hub holds.
    if (!(await storage.pairingCodeValid(body.code))) throw pairingFailed;
    const eventId = await eventForPairing(storage, body);
    const paired = await storage.pair(body.code, body.stationId, eventId);
    if (!paired) throw pairingFailed;
    return { ...paired, eventId };
  });

  app.post(`${SYNC_PROTOCOL_PATH}/push`, async (request) => {
    const station = await stationOf(request);
    const body = parse(pushRequest, request.body);
    if (body.records.some((record) => record.type === 'forum-mark'))
      throw new HubInputError('Forum marks are written by the hub itself; a station sends none.');
    await checkPushEvent(storage, station, body.records);
    const result = await storage.push(station.stationId, body.records);
    // A guest new to the list (an import, a walk-in) learns at once whether it is their first forum.
    const guestOf = body.records.find((record) => record.type === 'guest');
    if (guestOf && result.stored > 0) await refreshForumMarks(storage, guestOf.eventId);
    return { ...result, maxRecords: MAX_PUSH_RECORDS };
  });

  app.get(`${SYNC_PROTOCOL_PATH}/history`, async (request) => {
    await eventOfStation(storage, await stationOf(request));
    return hubHistoryOf(await hubForumHistory(storage));
  });

  // Staff's answer to "maybe one person", kept here so every door shows it and the marks follow it:
  // the station's forum learns at once whether its guest is a first-timer after all.
  app.post(`${SYNC_PROTOCOL_PATH}/links`, async (request) => {
    const { input: body, eventId } = await eventOrRefuse(request, linkDecisionRequest);
    const pairs = proposalPairs(await hubForumHistory(storage), body.proposalId);
    if (!pairs)
      throw new HubHttpError(409, {
        code: 'proposal-gone',
        message:
          'The hub no longer proposes these people as one person (the lists changed meanwhile): open the history again.',
      });
    await storage.decideLinks(pairs, body.decision, eventId, new Date().toISOString());
    await refreshForumMarks(storage, eventId);
    return hubHistoryOf(await hubForumHistory(storage));
  });

  app.post(`${SYNC_PROTOCOL_PATH}/groups`, async (request) => {
    const { input: body, eventId } = await eventOrRefuse(request, groupsRequest);
    await refreshForumMarks(storage, eventId, { size: body.size });
    return { eventId, size: body.size, groups: mingleGroupsOf(await storage.eventRecords(eventId)) };
  });

  app.get(`${SYNC_PROTOCOL_PATH}/pull`, async (request) => {
    const { station, input: query, eventId } = await stationRequest(request, pullQuery, request.query);
    if (!eventId) return { records: [], cursor: query.since, more: false, eventId };
    const page = await storage.pull(eventId, station.stationId, query.since, query.limit);
    return { ...page, eventId, stationNames: await hubStationNames(storage) };
  });

  app.get(`${SYNC_PROTOCOL_PATH}/events`, async (request) => {
    await stationOf(request);
    return { events: await storage.listEvents() };
  });

  app.get(`${SYNC_PROTOCOL_PATH}/attendance`, async (request, reply) => {
    const { input: query, eventId } = await stationRequest(request, attendanceQuery, request.query);
    if (query.event) await checkReadEvent(storage, eventId, query.event);
    const records = eventId ? await storage.eventRecords(eventId) : [];
    const report = eventId ? hubAttendance(records) : { event: null, rows: [] };
    if (query.format === 'csv') {
      const csv = hubAttendanceCsv(report, await hubStationNames(storage), eventTimeZone(records) ?? 'UTC');
      return reply.type('text/csv; charset=utf-8').send(csv);
    }
    return report;
  });

  // The who's-who of the station's event, read as the attendance is, a page at a time (docs/photos.md).
  app.get(`${SYNC_PROTOCOL_PATH}/whos-who`, async (request) => {
    const { input: query, eventId } = await stationRequest(request, whosWhoQuery, request.query);
    if (!eventId) return { event: null, cards: [], next: null };
    return hubWhosWho(await storage.eventRecords(eventId), query.initials === 'true', query.from);
  });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof HubHttpError) return reply.code(error.status).send({ error: error.body });
    if (error instanceof HubInputError)
      return reply.code(400).send({ error: { code: 'invalid-request', message: error.message } });
    if ((error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const megabytes = String(HUB_BODY_LIMIT / 1024 / 1024);
      return reply.code(413).send({
        error: {
          code: 'invalid-request',
          message: `The request is larger than the hub accepts (${megabytes} MB): send fewer records at a time.`,
          params: { megabytes },
        },
      });
    }
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
  // A push that stores a guest refreshes the forum marks after its commit. A hub stopped or crashed in
  // between kept them stale until the next new guest (the push sent again stores nothing new), so a
  // starting hub first brings every event's marks up to date; up-to-date marks are not written again.
  for (const event of await storage.listEvents()) await refreshForumMarks(storage, event.id);
  const app = buildHub(storage);
  const close = boundedClose(app);
  await app.listen({ host, port });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shownHost}:${actualPort}`, close };
}
