// The browser station: the kiosk UI and its API over HTTP, for the e2e suite and for a tablet at a
// second door. Each contract call is its own route; arguments are validated by dispatch().
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { API_CALL_NAMES, httpRoute } from '../../shared/api-calls';
import { ApiError, createHandlers, dispatch } from './handlers';
import type { Station } from '../kiosk/check-in';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { guardStationAccess, type StationAccess } from './station-access';
import { downloadResponse, EXPORT_DOWNLOAD_PATH, ExportDownloads } from '../staff/export-downloads';
import { boundedClose } from '../http-shutdown';

export interface HttpStationOptions {
  station: Station;
  host: string;
  port: number;
  rendererDir: string;
  /** Loopback-only by default; a pairing token is required to serve beyond it. */
  access?: StationAccess;
}

export interface RunningStation {
  url: string;
  close(): Promise<void>;
}

export function buildHttpStation({
  station,
  rendererDir,
  access = { pairingToken: null },
}: Pick<HttpStationOptions, 'station' | 'rendererDir' | 'access'>): FastifyInstance {
  const app = Fastify({ bodyLimit: 64 * 1024 });
  const downloads = new ExportDownloads(station.db);
  const handlers = createHandlers(station, null, downloads);

  guardStationAccess(app, access);
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
  });

  for (const name of API_CALL_NAMES) {
    app.post(httpRoute(name), async (request) => dispatch(handlers, name, request.body));
  }

  // A staff export, offered by staffExport, sent as it is read from the store.
  app.get(`${EXPORT_DOWNLOAD_PATH}:ticket`, (request) => downloadResponse(downloads, request.url.split('?')[0]!));

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof ApiError)
      return reply.code(error.body.code === 'storage' ? 503 : 400).send({ error: error.body });
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status < 500)
      return reply.code(status).send({ error: { code: 'invalid-arguments', message: (error as Error).message } });
    reply.log.error(error);
    return reply
      .code(500)
      .send({ error: { code: 'internal', reason: 'station-failed', message: 'Something went wrong in the station.' } });
  });

  app.register(fastifyStatic, { root: rendererDir, index: 'index.html' });
  return app;
}

export async function startHttpStation(options: HttpStationOptions): Promise<RunningStation> {
  const app = buildHttpStation(options);
  const close = boundedClose(app);
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { url: `http://${host}:${port}/`, close };
}
