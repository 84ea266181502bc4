// An HTTP proxy between the stations and the hub that injects the faults a venue network has:
// the hub unreachable, an answer lost after the hub committed, requests duplicated and replayed
// out of order, and the hub process killed while a batch is on its way.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProxyMode =
  /** Forward everything. */
  | 'pass'
  /** Drop every connection: the hub is "down". */
  | 'down'
  /** Forward a push, let the hub commit it, then cut the connection before its answer. */
  | 'cut-after-commit'
  /** Forward each push, then send it again and re-send an older one after it. */
  | 'replay'
  /** Call onPush (which kills the hub) while a push is on its way. */
  | 'kill-on-push';

interface SeenPush {
  authorization: string;
  body: string;
}

export class FaultProxy {
  mode: ProxyMode = 'pass';
  target = '';
  onPush: () => void = () => {};
  readonly pushes: SeenPush[] = [];
  /** Pushes the hub answered while the station was told nothing (or told twice). */
  injected = 0;
  private server: http.Server | null = null;
  private background: Promise<unknown>[] = [];

  async start(): Promise<string> {
    this.server = http.createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.background);
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** Waits for the duplicated and replayed requests still on their way. */
  async settle(): Promise<void> {
    await Promise.allSettled(this.background);
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString();
    const isPush = request.url?.endsWith('/push') ?? false;
    const authorization = request.headers.authorization ?? '';
    if (this.mode === 'down') return void request.socket.destroy();

    const forwarded = this.forward(request.method ?? 'GET', request.url ?? '/', authorization, body);
    if (isPush && this.mode === 'kill-on-push') {
      setTimeout(() => this.onPush(), 15);
    }
    let answer: { status: number; type: string; text: string };
    try {
      answer = await forwarded;
    } catch {
      return void request.socket.destroy();
    }
    if (isPush && this.mode === 'cut-after-commit' && answer.status === 200) {
      this.injected++;
      return void request.socket.destroy();
    }
    if (isPush) this.pushes.push({ authorization, body });
    response.writeHead(answer.status, { 'content-type': answer.type }).end(answer.text);
    if (isPush && this.mode === 'replay') {
      const older = this.pushes[Math.floor(this.pushes.length / 2)]!;
      this.background.push(
        this.forward('POST', request.url!, authorization, body).then(() =>
          this.forward('POST', request.url!, older.authorization, older.body),
        ),
      );
      this.injected += 2;
    }
  }

  private async forward(method: string, url: string, authorization: string, body: string) {
    const response = await fetch(`${this.target}${url}`, {
      method,
      headers: { ...(authorization ? { authorization } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body || undefined,
    });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? 'text/plain',
      text: await response.text(),
    };
  }
}
