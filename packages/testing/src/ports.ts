import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
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

/** Below this are the well-known ports and the machine's own services' usual ones. */
const LOWEST_PICKED = 10_000;

/**
 * The kernel's ephemeral range: where it picks a port for `listen(0)` and for the local end of
 * every outgoing connection (Linux, /proc; its default elsewhere).
 */
export function ephemeralPorts(): { low: number; high: number } {
  try {
    const [low, high] = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/).map(Number);
    if (Number.isInteger(low) && Number.isInteger(high)) return { low: low!, high: high! };
  } catch {
    // Not Linux: the default range.
  }
  return { low: 32_768, high: 60_999 };
}

/**
 * A loopback port free right now, for a service a test starts as a process of its own. Picked at
 * random below the ephemeral range, never by `listen(0)`: a port the kernel handed out and took
 * back may go to any outgoing connection (to Postgres, Redis, ...) before the service binds it,
 * and the service then fails with EADDRINUSE. A port outside that range is only ever taken by
 * someone who asks for it by number.
 */
export async function freePort(): Promise<number> {
  const { low } = ephemeralPorts();
  for (let attempt = 0; attempt < 100 && low - LOWEST_PICKED >= 1_000; attempt++) {
    const candidate = LOWEST_PICKED + randomInt(low - LOWEST_PICKED);
    const taken = await takenPort(candidate).catch(() => undefined);
    if (!taken) continue;
    await taken.release();
    return candidate;
  }
  // No room below the range (never expected on Linux), or all tries taken: let the kernel pick.
  const { port, release } = await takenPort();
  await release();
  return port;
}
