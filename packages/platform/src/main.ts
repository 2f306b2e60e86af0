import type { Server } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { envReader } from "./config.js";
import { startDraining } from "./http.js";
import type { Logger } from "./logger.js";
import { StartupError } from "./startup-error.js";
import { flushTracing } from "./tracing/spans.js";

export { StartupError };

/** How long a stopping service may take once it stops accepting (its drain comes on top). */
const STOP_TIMEOUT_MS = 10_000;

/**
 * Entry point of a service process: starts it, stops it cleanly on SIGINT/SIGTERM, and turns
 * configuration and connection problems into one readable line instead of a stack trace.
 *
 * A stop drains first: the HTTP server answers `/ready` with 503 and every response with
 * `Connection: close` for SHUTDOWN_DRAIN_MS (0 by default; Kubernetes sets it), still accepting
 * connections while load balancers steer away; then the service closes (no new connections,
 * in-flight requests finish, websockets are told to reconnect elsewhere).
 */
export async function runMain(
  log: Logger,
  start: () => Promise<{ close(): Promise<void>; server?: Server }>,
): Promise<void> {
  let service: { close(): Promise<void>; server?: Server };
  let drainMs: number;
  try {
    drainMs = envReader().int("SHUTDOWN_DRAIN_MS", 0, { min: 0, max: 300_000 });
    service = await start();
  } catch (error) {
    if (error instanceof StartupError) {
      log.fatal(error.message);
    } else {
      log.fatal({ err: error }, "failed to start");
    }
    process.exit(1);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ drainMs }, `${signal} received, shutting down`);
    const timer = setTimeout(() => {
      log.error(`shutdown took longer than ${drainMs + STOP_TIMEOUT_MS} ms, exiting`);
      process.exit(1);
    }, drainMs + STOP_TIMEOUT_MS).unref();
    try {
      if (service.server) startDraining(service.server);
      if (drainMs > 0) await sleep(drainMs);
      await service.close();
      await flushTracing();
      clearTimeout(timer);
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}
