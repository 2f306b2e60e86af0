import { createLogger } from "@shopgraph/platform";
import { eventually, uniqueName } from "@shopgraph/testing";
import type { Redis } from "ioredis";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LoginLimiter } from "../src/rate-limit/limiter.js";
import { connectRedis, redisReady } from "../src/redis.js";

describe("login backoff", () => {
  let redis: Redis;
  let prefix: string;
  beforeEach(async () => {
    prefix = `${uniqueName("login-backoff")}:`;
    redis = connectRedis(
      { url: process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379", keyPrefix: prefix },
      createLogger("test", "silent"),
    );
    // Until then the limiter counts in memory (its fallback), not in Redis.
    await redisReady(redis, 5_000);
  });
  afterEach(async () => {
    // KEYS takes a pattern without the connection's prefix applied.
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys.map((key) => key.slice(prefix.length)));
    redis.disconnect();
  });

  it("blocks an account for the window, then twice as long each time it runs out again, until a login succeeds", async () => {
    const limiter = new LoginLimiter(redis, { attemptsPerAccount: 1, attemptsPerIp: 1_000, windowSeconds: 1 });
    const attempt = () => limiter.attempt("10.0.0.1", new Map([["ada@example.com", 1]]));

    expect(await attempt()).toBeUndefined();
    expect(await attempt()).toEqual({ retryAfterSeconds: 1 });
    await eventually(async () => (await attempt()) === undefined);
    expect(await attempt()).toEqual({ retryAfterSeconds: 2 });
    expect(await attempt()).toEqual({ retryAfterSeconds: 2 });

    await limiter.succeeded("ada@example.com");
    expect(await attempt()).toBeUndefined();
    expect(await attempt()).toEqual({ retryAfterSeconds: 1 });
  });

  it("counts the attempts of one request together: more than the limit at once is refused", async () => {
    const limiter = new LoginLimiter(redis, { attemptsPerAccount: 3, attemptsPerIp: 1_000, windowSeconds: 60 });
    expect(await limiter.attempt("10.0.0.2", new Map([["bob@example.com", 2]]))).toBeUndefined();
    expect(await limiter.attempt("10.0.0.2", new Map([["bob@example.com", 2]]))).toEqual({ retryAfterSeconds: 60 });
    expect(await limiter.attempt("10.0.0.2", new Map([["eve@example.com", 3]]))).toBeUndefined();
  });
});
