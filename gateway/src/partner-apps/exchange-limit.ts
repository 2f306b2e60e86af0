import type { Redis } from "ioredis";
import { sharedLimiter, take, type RateLimitConfig } from "../rate-limit/limiter.js";
import { rateLimited } from "../rate-limit/plugin.js";

/**
 * Each exchange of a key the gateway holds no token for asks users: a client address may make
 * `keyExchangesPerIp` of them per window, so guessing keys (each one a lookup in users) runs out
 * fast, while an app's own key is exchanged once per token lifetime.
 */
export function exchangeLimit(redis: Redis, config: RateLimitConfig): (ip: string) => Promise<void> {
  const limiter = sharedLimiter(redis, "key-exchange:ip", config.keyExchangesPerIp, config.windowSeconds);
  return async (ip) => {
    const refusal = await take(limiter, ip, 1);
    if (refusal) {
      throw rateLimited(refusal, `Too many API keys tried; try again in ${refusal.retryAfterSeconds} s`);
    }
  };
}
