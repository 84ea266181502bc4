// Stopping the station's and the hub's HTTP servers within a bound. Fastify's close() waits for every
// connection Node does not count as idle, and Node 20 counts neither a connection that has sent no
// request yet (Chromium opens them ahead of need) nor one whose request is under way. Either kept
// `entre serve` running after SIGTERM until the client let go: minutes, or never.
// So on close: connections that asked nothing are dropped at once, a request under way is answered
// and its connection closed after the answer, and whatever still holds on after the grace is cut. A
// request cut that way loses its answer, not what it committed: a station sends a push it saw no
// answer to again, and the hub stores each record once.
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

/** How long requests under way get to finish once the server closes. */
const REQUEST_GRACE_MS = 2_000;

/** Prepares `app` (before it listens) and returns its bounded close. */
export function boundedClose(app: FastifyInstance, graceMs = REQUEST_GRACE_MS): () => Promise<void> {
  let closing = false;
  const unasked = new Set<Socket>();
  app.server.on('connection', (socket: Socket) => {
    unasked.add(socket);
    socket.once('close', () => unasked.delete(socket));
  });
  app.server.on('request', (request: IncomingMessage) => unasked.delete(request.socket));
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  return async () => {
    closing = true;
    for (const socket of unasked) socket.destroy();
    const cut = setTimeout(() => app.server.closeAllConnections(), graceMs);
    try {
      await app.close();
    } finally {
      clearTimeout(cut);
    }
  };
}
