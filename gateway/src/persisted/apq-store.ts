import type { Logger } from "@shopgraph/platform";
import { stripIgnoredCharacters } from "graphql";
import type { Redis } from "ioredis";
import type { PersistedOperation, PersistedOperations } from "./operations.js";

export interface ApqStoreConfig {
  /** How long a registered document is kept after its last use. */
  ttlSeconds: number;
  /** The longest document kept (bytes of UTF-8, stripped): longer ones run but are not stored. */
  maxDocumentBytes: number;
}

/**
 * Documents registered by Automatic Persisted Queries, in Redis (shared by every gateway
 * instance) under `apq:<hash>`. Bounded: each entry expires `ttlSeconds` after its last use, and
 * is stored without its comments and insignificant spacing (the same operation; a client padding
 * a document with comments to fill Redis stores a few bytes) and only when that is at most
 * `maxDocumentBytes`. It belongs in a Redis that may evict (CACHE_REDIS_URL): registering is open
 * to every credentialed caller. Redis being down makes a lookup a miss (the client sends the
 * document again) and a registration a no-op: never an error for the request.
 */
export class ApqStore implements PersistedOperations {
  readonly source = "apq" as const;

  constructor(
    private readonly redis: Redis,
    private readonly config: ApqStoreConfig,
    private readonly log: Logger,
  ) {}

  async lookup(hash: string): Promise<PersistedOperation | undefined> {
    try {
      // GETEX: a document in use stays, one nobody sends any more expires.
      const document = await this.redis.getex(key(hash), "EX", this.config.ttlSeconds);
      return document === null ? undefined : { hash, document, source: this.source };
    } catch (error) {
      this.log.warn({ err: (error as Error).message }, "APQ lookup failed: treated as a miss");
      return undefined;
    }
  }

  /** Stores a document whose hash the caller has verified. */
  async register(hash: string, document: string): Promise<boolean> {
    let stripped: string;
    try {
      stripped = stripIgnoredCharacters(document);
    } catch {
      return false;
    }
    if (Buffer.byteLength(stripped) > this.config.maxDocumentBytes) return false;
    try {
      await this.redis.set(key(hash), stripped, "EX", this.config.ttlSeconds);
      return true;
    } catch (error) {
      this.log.warn({ err: (error as Error).message }, "APQ registration failed");
      return false;
    }
  }
}

const key = (hash: string) => `apq:${hash}`;
