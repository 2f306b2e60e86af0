import type { IncomingMessage } from "node:http";
import { HttpError } from "@shopgraph/platform";
import type { Redis } from "ioredis";
import { clientAddress } from "./client.js";
import { sharedLimiter, take } from "./limiter.js";
import { RATE_LIMITED } from "./plugin.js";

/**
 * Charges a plain HTTP request (a media read) to its address's budget `name` of `points` per
 * `windowSeconds`, shared by every gateway instance; throws a 429 HttpError once it is spent.
 */
export function addressCharge(
  redis: Redis,
  budget: { name: string; points: number; windowSeconds: number },
  trustProxy: boolean,
): (req: IncomingMessage) => Promise<void> {
  const limiter = sharedLimiter(redis, budget.name, budget.points, budget.windowSeconds);
  return async (req) => {
    const refusal = await take(limiter, clientAddress(req, trustProxy), 1);
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
