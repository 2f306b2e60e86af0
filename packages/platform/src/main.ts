import type { Logger } from "./logger.js";
import { flushTracing } from "./tracing/spans.js";

/**
 * A failure to start whose message alone tells the operator what to do (a malformed variable, a
 * database that cannot be reached): `runMain` logs that line instead of a stack trace.
 */
export class StartupError extends Error {}

/**
 * Entry point of a service process: starts it, stops it cleanly on SIGINT/SIGTERM, and turns
 * configuration and connection problems into one readable line instead of a stack trace.
 */
export async function runMain(log: Logger, start: () => Promise<{ close(): Promise<void> }>): Promise<void> {
  let service: { close(): Promise<void> };
  try {
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
    log.info(`${signal} received, shutting down`);
    const timer = setTimeout(() => {
      log.error("shutdown took longer than 10s, exiting");
      process.exit(1);
    }, 10_000).unref();
    try {
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
