import { EventConsumer, type EventsConfig, type Logger } from "@shopgraph/common";
import type { SessionRevocation } from "./session-revocation.js";

export interface RevocationEventsConfig extends EventsConfig {
  /** The gateway's queue, shared by its instances: each event is applied once, then announced to all. */
  queue: string;
}

/** While Redis is down, an event waits through these delays (about 7 minutes) before it is dead-lettered. */
const RETRY_DELAYS_MS = [1_000, 5_000, 30_000, 60_000, 300_000];

/** Feeds `user.sessions_revoked` from RabbitMQ into the shared session versions. */
export function revocationConsumer(
  config: RevocationEventsConfig,
  revocation: SessionRevocation,
  log: Logger,
): EventConsumer {
  return new EventConsumer({
    amqpUrl: config.amqpUrl,
    exchange: config.exchange,
    queue: config.queue,
    bindings: ["user.sessions_revoked"],
    retryDelaysMs: RETRY_DELAYS_MS,
    log,
    handler: async (event) => {
      if (event.type === "user.sessions_revoked") await revocation.apply(event.data);
    },
  });
}
