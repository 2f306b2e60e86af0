import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";

export interface RateLimitConfig {
  /** Points (the cost of each operation, at least 1) per client address per window. */
  pointsPerIp: number;
  /** Points per signed-in user (the verified token's subject) per window. */
  pointsPerUser: number;
  windowSeconds: number;
  /** Each partner app's own budgets per window: points (operation costs) and requests. */
  pointsPerApp: number;
  requestsPerApp: number;
  /** API keys one client address may have exchanged (keys the gateway holds no token for) per window. */
  keyExchangesPerIp: number;
  /** Reads of disk-stored media (GET /media/...) one client address may make per window. */
  mediaReadsPerIp: number;
  login: LoginLimitConfig;
}

export interface LoginLimitConfig {
  /** Login attempts per account (normalized email) per window, before it is blocked. */
  attemptsPerAccount: number;
  /** Login attempts per client address per window, whatever the accounts. */
  attemptsPerIp: number;
  windowSeconds: number;
}

/** A refusal: how long the client should wait before trying again. */
export interface Refusal {
  retryAfterSeconds: number;
}

/** The longest a repeatedly guessed account stays blocked. */
const MAX_BLOCK_SECONDS = 24 * 3600;

/**
 * A budget in Redis, shared by every gateway instance. While Redis is unreachable each instance
 * counts on its own (rate-limiter-flexible's insurance limiter), so limits loosen by the number
 * of instances instead of vanishing or refusing everyone.
 */
export function sharedLimiter(redis: Redis, name: string, points: number, duration: number): RateLimiterRedis {
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `rate:${name}`,
    points,
    duration,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: `rate:${name}`, points, duration }),
  });
}

/** Consumes `points` for `key`: undefined when allowed, else how long to wait. */
export async function take(limiter: RateLimiterRedis, key: string, points: number): Promise<Refusal | undefined> {
  try {
    await limiter.consume(key, points);
    return undefined;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  }
}

/**
 * Login attempts per account and per address. An account that runs out of attempts is blocked
 * for the window, and each further time for twice as long as the last (up to a day), until a
 * login succeeds; attempts are counted before the password is checked, so a blocked account
 * costs no hashing at all.
 */
export class LoginLimiter {
  private readonly perAccount: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;
  /** How many times each account has been blocked: the exponent of its backoff. */
  private readonly blocks: RateLimiterRedis;

  constructor(
    redis: Redis,
    private readonly config: LoginLimitConfig,
  ) {
    this.perAccount = sharedLimiter(redis, "login:account", config.attemptsPerAccount, config.windowSeconds);
    this.perIp = sharedLimiter(redis, "login:ip", config.attemptsPerIp, config.windowSeconds);
    this.blocks = sharedLimiter(redis, "login:blocks", Number.MAX_SAFE_INTEGER, MAX_BLOCK_SECONDS);
  }

  /** Counts `attempts` logins from `ip`, per account: a refusal when the address or any account is out. */
  async attempt(ip: string, attempts: ReadonlyMap<string, number>): Promise<Refusal | undefined> {
    const total = [...attempts.values()].reduce((sum, count) => sum + count, 0);
    const refusals = await Promise.all([
      take(this.perIp, ip, total),
      ...[...attempts].map(([account, count]) => this.attemptAccount(account, count)),
    ]);
    return longest(refusals);
  }

  /** A successful login forgives the account's failed attempts and its backoff. */
  async succeeded(account: string): Promise<void> {
    await Promise.all([this.perAccount.delete(account), this.blocks.delete(account)]);
  }

  private async attemptAccount(account: string, count: number): Promise<Refusal | undefined> {
    try {
      await this.perAccount.consume(account, count);
      return undefined;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const over = rejection.consumedPoints - this.config.attemptsPerAccount;
      // The request that ran the account out starts its block; later ones wait it out.
      if (over > count) return { retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      const blocked = await this.blocks.consume(account, 1);
      const seconds = Math.min(this.config.windowSeconds * 2 ** (blocked.consumedPoints - 1), MAX_BLOCK_SECONDS);
      await this.perAccount.block(account, seconds);
      return { retryAfterSeconds: seconds };
    }
  }
}

export function longest(refusals: readonly (Refusal | undefined)[]): Refusal | undefined {
  return refusals.reduce<Refusal | undefined>(
    (worst, refusal) => (refusal && (!worst || refusal.retryAfterSeconds > worst.retryAfterSeconds) ? refusal : worst),
    undefined,
  );
}
