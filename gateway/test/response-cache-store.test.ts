import { createLogger } from "@shopgraph/platform";
import { eventually, uniqueName } from "@shopgraph/testing";
import { Redis } from "ioredis";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TaggedResponseStore } from "../src/response-cache/store.js";

const redisUrl = process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379";

describe("the response cache's store in Redis", () => {
  let redis: Redis;
  let prefix: string;
  let store: TaggedResponseStore;

  beforeEach(() => {
    prefix = `${uniqueName("response-store")}:`;
    redis = new Redis(redisUrl, { keyPrefix: prefix });
    store = new TaggedResponseStore(redis, createLogger("test", "silent"), 1_000);
  });
  afterEach(async () => {
    const keys = await redis.keys(`${prefix}*`);
    // KEYS answers with the prefix, which DEL would add again.
    if (keys.length > 0) await redis.del(...keys.map((key) => key.slice(prefix.length)));
    redis.disconnect();
  });

  async function write(key: string, value: string, tags: string[], ttlSeconds: number): Promise<void> {
    store.expectWrite({ key, tags: () => tags, snapshot: await store.snapshot() });
    await store.set(key, value, { ttl: ttlSeconds });
  }
  const members = (tag: string) => redis.zrange(`response-cache:tagged:${tag}`, 0, -1);

  it("drops a tag's expired entries on its next write, so a tag written all the time does not grow", async () => {
    for (let i = 0; i < 20; i++) await write(`short-${i}`, "{}", ["Query.products"], 2);
    expect(await members("Query.products")).toHaveLength(20);
    await eventually(async () => (await redis.exists("response-cache:entry:short-19")) === 0);
    await write("long", "{}", ["Query.products", "Product:1"], 60);
    expect(await members("Query.products")).toEqual([`${prefix}response-cache:entry:long`]);
    // A purge still finds what is live under the tag.
    expect(await store.purge(["Query.products"])).toBe(1);
    expect(await store.get("long")).toBeUndefined();
  });

  it("empties the previous release's plain tag sets too, as a purge during a rolling update must", async () => {
    // What a gateway of the previous release wrote: an entry filed under a plain set.
    await redis.set("response-cache:entry:old", "{}", "PX", 60_000);
    await redis.sadd("response-cache:tag:Product:2", `${prefix}response-cache:entry:old`);
    await write("new", "{}", ["Product:2"], 60);
    expect(await store.purge(["Product:2"])).toBe(2);
    expect(await redis.exists("response-cache:entry:old", "response-cache:tag:Product:2")).toBe(0);
    expect(await store.get("new")).toBeUndefined();
  });

  it("does not store a value over its size cap, and stores one at it", async () => {
    await write("large", "x".repeat(1_001), ["Product:1"], 60);
    await write("exact", "x".repeat(1_000), ["Product:1"], 60);
    expect(await store.get("large")).toBeUndefined();
    expect(await store.get("exact")).toHaveLength(1_000);
    expect(await members("Product:1")).toEqual([`${prefix}response-cache:entry:exact`]);
  });
});
