import { createServer, type Server, type Socket } from "node:net";
import { relayConnection } from "./tcp-relay.js";

/** How often the proxy asks each backend's /ready, as Kubernetes' readiness probes and endpoints do. */
const READY_POLL_MS = 100;

/**
 * What a Kubernetes Service does for the instances behind it, in small: a TCP port that hands
 * each new connection to the next backend, round-robin, among those whose `/ready` answered 200 at
 * the last poll. A connection stays with the backend it was given (HTTP keep-alive and websockets
 * included), as with kube-proxy; a backend that stops being ready gets no new connections.
 */
export class ServiceProxy {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly backends = new Map<number, { ready: boolean }>();
  private next = 0;
  private poller: NodeJS.Timeout | undefined;
  port = 0;

  private constructor() {
    this.server = createServer((client) => {
      const ready = [...this.backends].filter(([, backend]) => backend.ready).map(([port]) => port);
      const port = ready[this.next++ % Math.max(ready.length, 1)];
      if (port === undefined) {
        // No endpoint: the connection fails, as a Service's does; clients retry or report it.
        client.destroy();
        return;
      }
      relayConnection(client, port, "127.0.0.1", this.sockets);
    });
  }

  static async start(): Promise<ServiceProxy> {
    const proxy = new ServiceProxy();
    await new Promise<void>((resolve, reject) => {
      proxy.server.once("error", reject);
      proxy.server.listen(0, "127.0.0.1", () => resolve());
    });
    proxy.port = (proxy.server.address() as { port: number }).port;
    proxy.poller = setInterval(() => void proxy.poll(), READY_POLL_MS);
    return proxy;
  }

  /** The URL of `path` behind the proxy. */
  url(path = "/graphql"): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** Starts routing to this port once its /ready answers 200. */
  add(port: number): void {
    this.backends.set(port, { ready: false });
  }

  /** Forgets a backend (its pod is gone); connections it has stay open until it closes them. */
  remove(port: number): void {
    this.backends.delete(port);
  }

  /** Whether the backend on `port` gets new connections. */
  routesTo(port: number): boolean {
    return this.backends.get(port)?.ready ?? false;
  }

  private async poll(): Promise<void> {
    await Promise.all(
      [...this.backends].map(async ([port, backend]) => {
        backend.ready = await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(1_000) }).then(
          async (response) => {
            await response.body?.cancel();
            return response.status === 200;
          },
          () => false,
        );
      }),
    );
  }

  async close(): Promise<void> {
    clearInterval(this.poller);
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
