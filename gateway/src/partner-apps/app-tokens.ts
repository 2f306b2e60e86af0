import { accessTokenSession, type Logger } from "@shopgraph/platform";
import type { RevocationGate } from "../revocation/session-revocation.js";
import { invalidApiKey, keyIdentity } from "./api-key.js";
import type { KeyExchange } from "./exchange.js";

/** The app a request speaks for, and the Authorization the gateway forwards for it. */
export interface AppCaller {
  appId: string;
  /** The key's public prefix (`sg_live_` + 8 characters): what logs may show of it. */
  keyPrefix: string;
  /** `Bearer <app access token>`: what every subgraph verifies, as it verifies users' tokens. */
  authorization: string;
  /** The token's `sv`: the app's access version when it was made (what it may run is keyed by it). */
  accessVersion: number;
}

interface Cached extends AppCaller {
  expiresAt: number;
}

/** A token is exchanged again this long before it expires, so none expires on its way to a subgraph. */
const RENEW_BEFORE_MS = 30_000;
/** Keys remembered per process; the oldest goes first. */
const KEYS_KEPT = 10_000;

/**
 * API keys to app access tokens, per process: each key is exchanged with users once and its
 * token kept, by the key's SHA-256, until shortly before it expires. Every request still asks the
 * shared revocation state (Redis) whether the token's access version was revoked: a revoked key,
 * a disabled or deleted app raise it (`partner_app.access_revoked`), and the key is then exchanged
 * again, which users refuses for that key while the app's other keys get a new token.
 */
export class AppTokens {
  private readonly cache = new Map<string, Cached>();
  private readonly inFlight = new Map<string, Promise<Cached>>();

  /**
   * `beforeExchange(ip)` runs before each key is sent to users: it throws when the address has
   * made too many exchanges (random well-formed keys would each cost users a lookup).
   */
  constructor(
    private readonly exchange: KeyExchange,
    private readonly revocation: RevocationGate,
    private readonly log: Logger,
    private readonly beforeExchange: (ip: string) => Promise<void> = async () => undefined,
  ) {}

  async callerFor(key: string, ip: string): Promise<AppCaller> {
    const { hash, prefix } = keyIdentity(key);
    const cached = this.cache.get(hash);
    if (cached && cached.expiresAt - Date.now() > RENEW_BEFORE_MS) {
      if (!(await this.revocation.isRevoked(cached.authorization))) return cached;
      this.cache.delete(hash);
    }
    await this.beforeExchange(ip);
    const fresh = await this.exchangeOnce(hash, prefix, key);
    // A token made before a revocation that users committed meanwhile carries the old version.
    if (await this.revocation.isRevoked(fresh.authorization)) {
      this.cache.delete(hash);
      throw invalidApiKey();
    }
    return fresh;
  }

  /** Forgets every key: tests, and a process that must drop what it holds. */
  clear(): void {
    this.cache.clear();
  }

  private exchangeOnce(hash: string, prefix: string, key: string): Promise<Cached> {
    let pending = this.inFlight.get(hash);
    if (!pending) {
      pending = this.exchangeNow(hash, prefix, key).finally(() => this.inFlight.delete(hash));
      this.inFlight.set(hash, pending);
    }
    return pending;
  }

  private async exchangeNow(hash: string, prefix: string, key: string): Promise<Cached> {
    const token = await this.exchange(key);
    if (!token) {
      this.cache.delete(hash);
      this.log.info({ keyPrefix: prefix }, "API key refused");
      throw invalidApiKey();
    }
    const authorization = `Bearer ${token.accessToken}`;
    const entry: Cached = {
      appId: token.appId,
      keyPrefix: token.keyPrefix,
      authorization,
      accessVersion: accessTokenSession(authorization)?.sessionVersion ?? 0,
      expiresAt: token.expiresAt,
    };
    if (this.cache.size >= KEYS_KEPT) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(hash, entry);
    this.log.debug({ keyPrefix: token.keyPrefix, appId: token.appId }, "API key exchanged for an app token");
    return entry;
  }
}
