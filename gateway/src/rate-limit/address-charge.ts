import type { IncomingMessage } from "node:http";
import { HttpError } from "@shopgraph/platform";
import type { Redis } from "ioredis";
import { clientAddress } from "./client.js";
import { sharedLimiter, take, type RateLimitConfig } from "./limiter.js";
import { RATE_LIMITED } from "./plugin.js";

/**
 * Charges one point of a plain HTTP request (a media read) to its address's budget, the one its
 * GraphQL operations spend (the same limiter, so one budget); throws a 429 HttpError once it is spent.
 */
export function addressCharge(
  redis: Redis,
  rateLimits: RateLimitConfig,
  trustProxy: boolean,
): (req: IncomingMessage) => Promise<void> {
  const perIp = sharedLimiter(redis, "ip", rateLimits.pointsPerIp, rateLimits.windowSeconds);
  return async (req) => {
    const refusal = await take(perIp, clientAddress(req, trustProxy), 1);
    if (!refusal) return;
    throw new HttpError(
      429,
      RATE_LIMITED,
      `Rate limit reached; try again in ${refusal.retryAfterSeconds} s`,
      { retryAfterSeconds: refusal.retryAfterSeconds },
      { "retry-after": String(refusal.retryAfterSeconds) },
    );
  };
}
