import type { AnyEventEnvelope } from "@shopgraph/kernel";
import { APP_SUBJECT_PREFIX, BrokerConsumer, type EventsConfig, type Logger, type Metrics } from "@shopgraph/platform";
import type { Redis } from "ioredis";
import type { SessionRevocation } from "./session-revocation.js";

export interface RevocationEventsConfig extends EventsConfig {
  /** The gateway's queue, shared by its instances: each event is applied once, then announced to all. */
  queue: string;
}

/** While Redis is down, an event waits through these delays (about 7 minutes) before it is dead-lettered. */
export const RETRY_DELAYS_MS = [1_000, 5_000, 30_000, 60_000, 300_000];

/** More events the gateway's queue takes, and what to do with them (the response cache's purges). */
export interface GatewayEventHandler {
  bindings: readonly string[];
  handle(event: AnyEventEnvelope): Promise<void>;
}

/**
 * Feeds `user.sessions_revoked` and `partner_app.access_revoked` (under the subject `app:<id>`,
 * as app tokens name it) from RabbitMQ into the shared session versions, and the events of
 * `more` to their handlers: all of them act on Redis, which every instance shares, so one queue
 * serves them and each event is applied once.
 */
export function revocationConsumer(
  config: RevocationEventsConfig,
  revocation: SessionRevocation,
  log: Logger,
  metrics?: Metrics,
  more: readonly GatewayEventHandler[] = [],
): BrokerConsumer {
  return new BrokerConsumer({
    amqpUrl: config.amqpUrl,
    exchange: config.exchange,
    queue: config.queue,
    bindings: ["user.sessions_revoked", "partner_app.access_revoked", ...more.flatMap((handler) => handler.bindings)],
    retryDelaysMs: RETRY_DELAYS_MS,
    publishers: config.publishers,
    log,
    ...(metrics ? { metrics } : {}),
    handler: async (event) => {
      if (event.type === "user.sessions_revoked") await revocation.apply(event.data);
      if (event.type === "partner_app.access_revoked") {
        const { appId, accessVersion } = event.data;
        await revocation.apply({ userId: `${APP_SUBJECT_PREFIX}${appId}`, sessionVersion: accessVersion });
      }
      for (const handler of more) if (handler.bindings.includes(event.type)) await handler.handle(event);
    },
  });
}

export interface RedisGatedConsumer {
  /** True while the consumer is bound to its queue. */
  connected(): boolean;
  stop(): Promise<void>;
}

/**
 * Takes events from the shared queue only while Redis answers. An instance cut off from Redis
 * could only send the events it took to a retry queue (a second late, or more), when an instance
 * that reaches Redis would apply them at once.
 */
export function consumeWhileRedisAnswers(redis: Redis, consumer: BrokerConsumer, log: Logger): RedisGatedConsumer {
  let consuming = false;
  let stopped = false;
  let changes = Promise.resolve();
  const follow = () => {
    changes = changes
      .then(async () => {
        const wanted = !stopped && redis.status === "ready";
        if (wanted === consuming) return;
        consuming = wanted;
        if (wanted) await consumer.start();
        else await consumer.stop();
      })
      .catch((err: unknown) => log.error({ err }, "cannot start or stop consuming session revocations"));
  };
  redis.on("ready", follow);
  redis.on("close", follow);
  follow();
  return {
    connected: () => consuming && consumer.connected,
    async stop() {
      stopped = true;
      redis.off("ready", follow);
      redis.off("close", follow);
      follow();
      await changes;
    },
  };
}
