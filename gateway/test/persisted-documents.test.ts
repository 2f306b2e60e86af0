import { stripIgnoredCharacters } from "graphql";
import { createLogger } from "@shopgraph/platform";
import { uniqueName } from "@shopgraph/testing";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApqStore } from "../src/persisted/apq-store.js";
import { PersistedDocuments, PersistedRefusal } from "../src/persisted/documents.js";
import { ManifestOperations } from "../src/persisted/manifest.js";
import { sha256Hex, type AppOperations, type PersistedOperation } from "../src/persisted/operations.js";
import type { Caller, OperationsMode } from "../src/persisted/policy.js";

const SHOP = "query ShopCategories { categories { slug } }";
const APP = "query PartnerCategories { categories { name } }";
const OTHER = "query Other { categories { id } }";

/** The apps' registry as it will plug in: each app's named operations, by hash. */
class InMemoryAppOperations implements AppOperations {
  constructor(private readonly byApp: Record<string, string[]>) {}
  lookup(appId: string, hash: string): Promise<PersistedOperation | undefined> {
    const document = this.byApp[appId]?.find((text) => sha256Hex(text) === hash);
    return Promise.resolve(document === undefined ? undefined : { hash, document, source: "app" });
  }
}

const apqOf = (text: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256Hex(text) } });
const byHash = (text: string) => ({ query: undefined, documentId: undefined, extensions: apqOf(text) });
const whole = (text: string) => ({ query: text, documentId: undefined, extensions: undefined });
const registration = (text: string) => ({ query: text, documentId: undefined, extensions: apqOf(text) });

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PersistedRefusal) return error.code;
    throw error;
  }
  return "ran";
}

describe("persisted documents: sources and who may use them", () => {
  let redis: Redis;
  let apq: ApqStore;
  const apps = new InMemoryAppOperations({ partner: [APP], strict: [APP] });
  const shop = new ManifestOperations([[`sha256:${sha256Hex(SHOP)}`, SHOP]]);
  const documents = (mode: OperationsMode) => new PersistedDocuments(mode, shop, apq, apps);

  const anonymous: Caller = { browser: false, credentialed: false };
  const partner: Caller = { browser: false, credentialed: true, app: { id: "partner", safelistedOnly: false } };
  const strict: Caller = { browser: false, credentialed: true, app: { id: "strict", safelistedOnly: true } };

  beforeAll(() => {
    redis = new Redis(process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379", {
      keyPrefix: `${uniqueName("persisted")}:`,
    });
    apq = new ApqStore(redis, { ttlSeconds: 60, maxDocumentBytes: 200 }, createLogger("test", "silent"));
  });
  afterAll(async () => {
    const keys = await redis.keys(`${redis.options.keyPrefix}*`);
    if (keys.length > 0) await new Redis(process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379").del(...keys);
    redis.disconnect();
  });

  it("runs an app's registered operations for that app only, in every mode", async () => {
    for (const mode of ["any", "credentialed", "persisted-only"] as const) {
      expect((await documents(mode).resolve(byHash(APP), partner)).persisted).toEqual({
        hash: sha256Hex(APP),
        source: "app",
      });
      expect(await refusal(documents(mode).resolve(byHash(APP), anonymous))).toBe("PERSISTED_QUERY_NOT_FOUND");
      // The shop's operations stay open to an app that is not safelisted-only.
      expect((await documents(mode).resolve(byHash(SHOP), partner)).persisted?.source).toBe("shop");
    }
  });

  it("runs nothing but its own operations for an app flagged safelisted-only, even where OPERATIONS=any", async () => {
    const any = documents("any");
    expect((await any.resolve(byHash(APP), strict)).query).toBe(APP);
    expect(await refusal(any.resolve(byHash(SHOP), strict))).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(await refusal(any.resolve(whole(OTHER), strict))).toBe("PERSISTED_QUERY_REQUIRED");
    expect(await refusal(any.resolve(registration(OTHER), strict))).toBe("PERSISTED_QUERY_REQUIRED");
    // Its own document sent whole with its hash is its own operation.
    expect((await any.resolve(registration(APP), strict)).persisted?.source).toBe("app");
  });

  it("keeps APQ registrations in Redis with a TTL, and none longer than the cap", async () => {
    const any = documents("any");
    const resolved = await any.resolve(registration(OTHER), anonymous);
    expect(resolved.register).toEqual({ hash: sha256Hex(OTHER), document: OTHER });
    expect(await any.register(resolved.register!)).toBe(true);
    // Stored without its spacing: the same operation.
    expect((await any.resolve(byHash(OTHER), anonymous)).query).toBe(stripIgnoredCharacters(OTHER));
    const ttl = await redis.ttl(`apq:${sha256Hex(OTHER)}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60);
    // Kept without comments and spacing: padding costs Redis nothing, and the cap (200 bytes) counts what is left.
    const padded = `${OTHER}${" # padding\n".repeat(1_000)}`;
    expect(await any.register({ hash: sha256Hex(padded), document: padded })).toBe(true);
    expect(await redis.get(`apq:${sha256Hex(padded)}`)).toBe(stripIgnoredCharacters(OTHER));
    const long = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    expect(stripIgnoredCharacters(long).length).toBeGreaterThan(200);
    expect(await any.register({ hash: sha256Hex(long), document: long })).toBe(false);
    expect(await redis.exists(`apq:${sha256Hex(long)}`)).toBe(0);
    // Where the anonymous may send no document, the store is not read for them.
    expect(await refusal(documents("credentialed").resolve(byHash(OTHER), anonymous))).toBe(
      "PERSISTED_QUERY_NOT_FOUND",
    );
  });

  it("refuses a manifest whose hash is not its document's SHA-256", () => {
    expect(() => new ManifestOperations([[`sha256:${sha256Hex(SHOP)}`, OTHER]])).toThrow(/not the SHA-256/);
    expect(() => new ManifestOperations([["sha1:abc", SHOP]])).toThrow(/not the SHA-256/);
  });
});
