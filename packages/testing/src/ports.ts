import { createServer } from "node:net";

/**
 * A loopback port something already listens on, for a service that must fail to listen there;
 * given a `port`, fails unless that one is free.
 */
export async function takenPort(port = 0): Promise<{ port: number; release(): Promise<void> }> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    port: (server.address() as { port: number }).port,
    release: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port free right now, for a service a test starts as a process of its own. */
export async function freePort(): Promise<number> {
  const { port, release } = await takenPort();
  await release();
  return port;
}
