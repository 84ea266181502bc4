// Who may use a browser station. On loopback (the default) only pages this station served itself: the
// Host header must name the station (so a DNS-rebinding page cannot reach it) and a foreign Origin is
// refused. Served to the LAN, every device must first pair with the token the station printed.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiErrorReason } from '../../shared/api-calls';

export const PAIRING_COOKIE = 'entre_pairing';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export const isLoopbackAddress = (host: string): boolean => LOOPBACK_HOSTS.has(host) || host.startsWith('127.');

export interface StationAccess {
  /** Required from every device when the station listens beyond loopback. */
  pairingToken: string | null;
}

const hostName = (hostHeader: string): string => hostHeader.replace(/:\d+$/, '');

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether a request's Origin is this station; "null" (sandboxed frames) and malformed origins are not. */
function isOwnOrigin(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function cookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function refuse(reply: FastifyReply, status: number, message: string, reason?: ApiErrorReason) {
  return reply
    .code(status)
    .type('application/json')
    .send({ error: { code: 'invalid-arguments', reason, message } });
}

export function guardStationAccess(app: FastifyInstance, access: StationAccess): void {
  app.addHook('onRequest', async (request, reply) => {
    const host = request.headers.host ?? '';
    const origin = request.headers.origin;
    // A page from another origin must not drive this station through the visitor's browser.
    if (origin && !isOwnOrigin(origin, host)) return refuse(reply, 403, 'Requests from another origin are refused.');
    if (!access.pairingToken) {
      // Loopback only: a Host naming anything else is a DNS-rebinding page, not a local browser.
      if (!isLoopbackAddress(hostName(host)))
        return refuse(reply, 403, 'This station only answers on its own address.');
      return;
    }
    const offered = (request.query as { pair?: string } | undefined)?.pair;
    if (offered !== undefined && sameToken(offered, access.pairingToken)) {
      // Pairing: remember the device with a cookie and drop the token from the address bar.
      reply.header('Set-Cookie', `${PAIRING_COOKIE}=${encodeURIComponent(offered)}; HttpOnly; SameSite=Strict; Path=/`);
      return reply.redirect('/', 303);
    }
    if (!sameToken(cookie(request, PAIRING_COOKIE), access.pairingToken)) {
      // A tablet whose page was open when the station restarted (a new pairing address) lands here.
      return refuse(
        reply,
        401,
        'This device is not paired with the station: open the pairing address it printed.',
        'device-not-paired',
      );
    }
  });
}
