import { ErrorCode, type EventCatalog } from "@shopgraph/kernel";
import { accessTokenSession, type Logger } from "@shopgraph/platform";
import { GraphQLError } from "graphql";
import type { Redis } from "ioredis";

/**
 * How long a user's minimum session version is kept after its last raise: at least the longest
 * access token lifetime users allows (ACCESS_TOKEN_TTL_SECONDS <= 1 day). Afterwards every token
 * issued below it has expired, so the key can go.
 */
const SESSION_VERSION_TTL_SECONDS = 86_400;

/** Sets the key to ARGV[1] only when that is higher: events can arrive twice or out of order. */
const RAISE_SCRIPT = `
local current = tonumber(redis.call("GET", KEYS[1]) or "0")
local wanted = tonumber(ARGV[1])
if wanted > current then
  redis.call("SET", KEYS[1], ARGV[1], "EX", ARGV[2])
  return 1
end
return 0`;

const sessionVersionKey = (userId: string) => `session-version:${userId}`;

/**
 * A raised minimum: a user's session version, or a partner app's access version under the subject
 * `app:<id>` (its tokens' `sub`), so one check serves both.
 */
export type Revoked = Pick<EventCatalog["user.sessions_revoked"], "userId" | "sessionVersion">;

export interface RevocationListener {
  /** A gateway instance applied this revocation. */
  revoked(revoked: Revoked): void;
  /** The announcements were out of reach for a while: some may have been missed. */
  missed(): void;
}

/** What the websocket server needs: a check per token, and news of every revocation. */
export interface RevocationGate {
  /** True when the token's session version is below its user's minimum. */
  isRevoked(authorization: string): Promise<boolean>;
  /** Tells `listener` of every revocation any gateway instance applies; returns an unsubscribe. */
  onRevoked(listener: RevocationListener): () => void;
}

export function sessionRevoked(extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError("Your session was revoked; sign in again", {
    extensions: { ...extensions, code: ErrorCode.UNAUTHENTICATED },
  });
}

type RedisWithRaise = Redis & {
  raiseSessionVersion(key: string, version: number, ttlSeconds: number): Promise<number>;
};

/**
 * Per-user minimum session versions in Redis, shared by every gateway instance. Access tokens
 * carry the version they were issued with (`sv`); users raises a user's version and says so in
 * `user.sessions_revoked`, which one gateway instance applies here and announces on a pub/sub
 * channel so that every instance closes that user's websockets at once.
 *
 * When Redis does not answer, tokens are let through (as they were before revocation existed,
 * until they expire) rather than refusing every signed-in request; the outage is logged.
 */
export class SessionRevocation implements RevocationGate {
  private readonly redis: RedisWithRaise;
  private readonly subscriber: Redis;
  private readonly listeners = new Set<RevocationListener>();
  private readonly channel: string;
  private degraded = false;

  constructor(
    redis: Redis,
    keyPrefix: string,
    private readonly log: Logger,
  ) {
    redis.defineCommand("raiseSessionVersion", { numberOfKeys: 1, lua: RAISE_SCRIPT });
    this.redis = redis as RedisWithRaise;
    // Channels are not keys: ioredis does not prefix them.
    this.channel = `${keyPrefix}sessions-revoked`;
    // A subscribed connection can do nothing else; it queues SUBSCRIBE until it is up, and
    // subscribes again after every reconnect.
    this.subscriber = redis.duplicate({ enableOfflineQueue: true });
    this.subscriber.on("error", () => undefined);
    this.subscriber.on("message", (_channel: string, message: string) => this.announce(message));
    let connectedBefore = false;
    this.subscriber.on("ready", () => {
      if (!connectedBefore) {
        connectedBefore = true;
        return;
      }
      // Listeners recheck through the main connection: once it answers again too.
      const recheck = () => {
        for (const listener of this.listeners) listener.missed();
      };
      if (this.redis.status === "ready") recheck();
      else this.redis.once("ready", recheck);
    });
    void this.subscriber.subscribe(this.channel).catch((err: unknown) => {
      this.log.error({ err }, "cannot subscribe to session revocations");
    });
  }

  /** Applies a `user.sessions_revoked` event (or an app's revocation). Idempotent: a repeated or older event changes nothing. */
  async apply(revoked: Revoked): Promise<void> {
    const { userId, sessionVersion } = revoked;
    await this.redis.raiseSessionVersion(sessionVersionKey(userId), sessionVersion, SESSION_VERSION_TTL_SECONDS);
    // Announced even when another delivery raised it first: closing sockets twice is harmless,
    // missing them is not.
    await this.redis.publish(this.channel, JSON.stringify({ userId, sessionVersion }));
  }

  async isRevoked(authorization: string): Promise<boolean> {
    const session = accessTokenSession(authorization);
    if (!session) return false;
    let minimum: string | null;
    try {
      minimum = await this.redis.get(sessionVersionKey(session.userId));
    } catch (err) {
      if (!this.degraded)
        this.log.error({ err }, "cannot read session versions; revoked tokens pass until Redis answers");
      this.degraded = true;
      return false;
    }
    this.degraded = false;
    return minimum !== null && session.sessionVersion < Number(minimum);
  }

  /** Throws UNAUTHENTICATED for a revoked token; a request without one passes. */
  async check(authorization: string | undefined): Promise<void> {
    if (authorization && (await this.isRevoked(authorization))) throw sessionRevoked({ http: { status: 401 } });
  }

  onRevoked(listener: RevocationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.subscriber.disconnect();
  }

  private announce(message: string): void {
    let revoked: Revoked;
    try {
      revoked = JSON.parse(message) as Revoked;
    } catch {
      return;
    }
    for (const listener of this.listeners) listener.revoked(revoked);
  }
}
