// Local HTTP stand-ins for services outside our walls (Stripe, Meilisearch): a JSON server on a
// free loopback port, and a free port for a child process of our own.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import net from 'node:net';

export type JsonAnswer = [status: number, body: unknown, headers?: Record<string, string>];

/** A server answering each request with `handle`'s JSON; `url` is its base, `stop()` ends every connection. */
export class JsonServer {
  private server?: Server;

  constructor(private readonly handle: (req: IncomingMessage) => Promise<JsonAnswer>) {}

  async start(): Promise<string> {
    const server = createServer(
      (req, res) =>
        void this.handle(req).then(([status, body, headers]) => {
          res.writeHead(status, { 'content-type': 'application/json', ...headers });
          res.end(JSON.stringify(body));
        }),
    );
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
