// The browser station: the kiosk UI and its API over HTTP, for the e2e suite and for a tablet at a
// second door. Each contract call is its own route; arguments are validated by dispatch().
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { API_CALL_NAMES, httpRoute } from '../../shared/api-calls';
import { ApiError, createHandlers, dispatch } from './handlers';
import type { Station } from '../kiosk/check-in';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

export interface HttpStationOptions {
  station: Station;
  host: string;
  port: number;
  rendererDir: string;
}

export interface RunningStation {
  url: string;
  close(): Promise<void>;
}

export function buildHttpStation({
  station,
  rendererDir,
}: Pick<HttpStationOptions, 'station' | 'rendererDir'>): FastifyInstance {
  const app = Fastify({ bodyLimit: 64 * 1024 });
  const handlers = createHandlers(station);

  app.addHook('onRequest', async (request, reply) => {
    // A page from another origin must not drive this station through the visitor's browser.
    const origin = request.headers.origin;
    if (origin && !isOwnOrigin(origin, request.headers.host)) {
      return reply
        .code(403)
        .send({ error: { code: 'invalid-arguments', message: 'Requests from another origin are refused.' } });
    }
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
  });

  for (const name of API_CALL_NAMES) {
    app.post(httpRoute(name), async (request) => dispatch(handlers, name, request.body));
  }

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof ApiError) return reply.code(400).send({ error: error.body });
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status < 500)
      return reply.code(status).send({ error: { code: 'invalid-arguments', message: (error as Error).message } });
    reply.log.error(error);
    return reply.code(500).send({ error: { code: 'internal', message: 'Something went wrong in the station.' } });
  });

  app.register(fastifyStatic, { root: rendererDir, index: 'index.html' });
  return app;
}

/** Whether a request's Origin is this station; "null" (sandboxed frames) and malformed origins are not. */
function isOwnOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function startHttpStation(options: HttpStationOptions): Promise<RunningStation> {
  const app = buildHttpStation(options);
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { url: `http://${host}:${port}/`, close: () => app.close() };
}
