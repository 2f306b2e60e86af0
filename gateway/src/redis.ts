import type { Logger } from "@shopgraph/platform";
import { Redis } from "ioredis";

export interface RedisConfig {
  url: string;
  /** Prepended to every key, so several stacks (or parallel tests) can share one Redis. */
  keyPrefix: string;
}

/**
 * The gateway's one Redis connection: what every gateway instance must share (rate limits,
 * session versions for revocation) lives there. Commands issued while the link is down fail fast
 * instead of queueing, so a Redis outage is an answer, never a hung request.
 */
export function connectRedis(config: RedisConfig, log: Logger): Redis {
  const redis = new Redis(config.url, {
    keyPrefix: config.keyPrefix,
    enableOfflineQueue: false,
    // Every request asks Redis twice (session revocation, rate limit); commands issued in one
    // event-loop turn by concurrent requests go out in one write instead of a write each, and a
    // write to a socket is a large share of what a request costs the gateway.
    enableAutoPipelining: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(250 * 2 ** attempt, 5_000),
  });
  let down = false;
  redis.on("error", (err: Error) => {
    if (!down) log.error({ err: err.message, url: redactedUrl(config.url) }, "Redis is unreachable");
    down = true;
  });
  redis.on("ready", () => {
    if (down) log.info({ url: redactedUrl(config.url) }, "Redis is reachable again");
    down = false;
  });
  return redis;
}

/** Resolves once the connection is ready, or rejects after `timeoutMs`. */
export function redisReady(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === "ready") return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Redis did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const onReady = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      clearTimeout(timer);
      redis.off("ready", onReady);
    };
    redis.on("ready", onReady);
  });
}

function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
