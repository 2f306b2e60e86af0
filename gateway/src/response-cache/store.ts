import type { KeyValueCache, KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";
import type { Logger } from "@shopgraph/platform";
import type { Redis } from "ioredis";

/** Under the gateway's REDIS_KEY_PREFIX. */
const KEYSPACE = "response-cache:";
const SEQUENCE = `${KEYSPACE}purges`;
const entryKey = (key: string) => `${KEYSPACE}entry:${key}`;
// Sorted sets since the tags prune themselves; named apart from the plain sets before them, which
// a gateway of the previous release may still be writing during a rolling update.
const tagKey = (tag: string) => `${KEYSPACE}tagged:${tag}`;
/** The previous release's tag sets (plain sets), which purges still empty. */
const previousTagKey = (tag: string) => `${KEYSPACE}tag:${tag}`;
const generationKey = (tag: string) => `${KEYSPACE}purged:${tag}`;

/**
 * How long a tag remembers its last purge: longer than any request takes from its snapshot to
 * its write (a request is cut off after SUBGRAPH_TIMEOUT_MS per fetch).
 */
const PURGE_MEMORY_MS = 600_000;

/**
 * Stores an entry and files it under its tags, unless one of the tags was purged after the
 * writer's snapshot (its answer may predate the change the purge announced). Atomic, so a purge
 * either comes before (and the entry is refused) or after (and deletes it).
 * A tag is a sorted set of entry keys scored by when they expire, and every write to it drops the
 * members already expired: a popular tag (`Query.products`, `Product:*`) is written to all the
 * time, so its set never expires as a whole and would otherwise keep every key it ever held.
 * KEYS: entry, n tag sets, n tag purge marks. ARGV: value, ttl ms, snapshot, n.
 */
const STORE = `
local n = tonumber(ARGV[4])
local snapshot = tonumber(ARGV[3])
for i = 1, n do
  local purged = redis.call('GET', KEYS[1 + n + i])
  if purged and tonumber(purged) > snapshot then return 0 end
end
local ttl = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('SET', KEYS[1], ARGV[1], 'PX', ttl)
for i = 1, n do
  local set = KEYS[1 + i]
  redis.call('ZREMRANGEBYSCORE', set, '-inf', now)
  redis.call('ZADD', set, now + ttl, KEYS[1])
  if redis.call('PTTL', set) < ttl then redis.call('PEXPIRE', set, ttl) end
end
return 1`;

/**
 * Deletes every entry filed under the tags and marks each tag purged at a new sequence number,
 * which later writes compare their snapshot with. It empties the plain sets of the previous
 * release's tags as well: during a rolling update an event is purged by one instance only,
 * whichever release it runs. KEYS: sequence, n tag sets, n purge marks, n previous-release tag
 * sets. ARGV: n, purge memory ms. Returns how many entries it deleted.
 */
const PURGE = `
local n = tonumber(ARGV[1])
local sequence = redis.call('INCR', KEYS[1])
local deleted = 0
for i = 1, n do
  redis.call('SET', KEYS[1 + n + i], sequence, 'PX', ARGV[2])
  for _, entry in ipairs(redis.call('ZRANGE', KEYS[1 + i], 0, -1)) do
    deleted = deleted + redis.call('DEL', entry)
  end
  redis.call('DEL', KEYS[1 + i])
  local previous = KEYS[1 + 2 * n + i]
  if redis.call('TYPE', previous).ok == 'set' then
    for _, entry in ipairs(redis.call('SMEMBERS', previous)) do
      deleted = deleted + redis.call('DEL', entry)
    end
    redis.call('DEL', previous)
  end
end
return deleted`;

interface ScriptedRedis extends Redis {
  responseCacheStore(...args: (string | number)[]): Promise<number>;
  responseCachePurge(...args: (string | number)[]): Promise<number>;
}

/** What a write needs beside the value: the entry's tags and the purge sequence seen before its answer was computed. */
export interface PendingWrite {
  key: string;
  tags: () => readonly string[];
  snapshot: number;
}

/** The largest answer stored unless configured otherwise (RESPONSE_CACHE_MAX_ENTRY_BYTES). */
export const DEFAULT_MAX_ENTRY_BYTES = 256 * 1024;

/**
 * The response cache's storage in Redis (shared by every gateway instance), for Apollo's
 * response-cache plugin: entries with their TTL, each filed under tags (`Product:<id>`,
 * `Product:*`, `Query.products`) so that an event can delete every entry that shows what it
 * changed. Redis trouble is a miss, never a failed request. An answer larger than
 * `maxEntryBytes` is served but not stored: anonymous clients choose what is cached, and a few
 * large pages each under many variables would otherwise fill Redis.
 */
export class TaggedResponseStore implements KeyValueCache<string> {
  private readonly redis: ScriptedRedis;
  private pending: PendingWrite | undefined;

  constructor(
    redis: Redis,
    private readonly log: Logger,
    private readonly maxEntryBytes = DEFAULT_MAX_ENTRY_BYTES,
  ) {
    redis.defineCommand("responseCacheStore", { lua: STORE });
    redis.defineCommand("responseCachePurge", { lua: PURGE });
    this.redis = redis as ScriptedRedis;
  }

  /**
   * The plugin hands `set` only a key and a value; the writer announces its tags and snapshot
   * with the key just before (synchronously, from the plugin's `generateCacheKey`).
   */
  expectWrite(write: PendingWrite): void {
    this.pending = write;
  }

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(entryKey(key))) ?? undefined;
    } catch (err) {
      this.log.warn({ err }, "response cache unreachable: answered without it");
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const write = this.pending;
    this.pending = undefined;
    // An entry nobody announced has no tags, so no event could delete it: never stored.
    if (!write || !key.endsWith(write.key) || !options?.ttl) return;
    if (Buffer.byteLength(value) > this.maxEntryBytes) return;
    const tags = [...new Set(write.tags())];
    await this.redis.responseCacheStore(
      1 + 2 * tags.length,
      entryKey(key),
      ...tags.map(tagKey),
      ...tags.map(generationKey),
      value,
      Math.round(options.ttl * 1000),
      write.snapshot,
      tags.length,
    );
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(entryKey(key))) > 0;
  }

  /** The purge sequence now: an answer computed from here on may be stored unless a tag of it is purged later. */
  async snapshot(): Promise<number> {
    return Number((await this.redis.get(SEQUENCE)) ?? 0);
  }

  /** Deletes every entry filed under any of `tags`; how many. */
  purge(tags: readonly string[]): Promise<number> {
    const unique = [...new Set(tags)];
    return this.redis.responseCachePurge(
      1 + 3 * unique.length,
      SEQUENCE,
      ...unique.map(tagKey),
      ...unique.map(generationKey),
      ...unique.map(previousTagKey),
      unique.length,
      PURGE_MEMORY_MS,
    );
  }
}
