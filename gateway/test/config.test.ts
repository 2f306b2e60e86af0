import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError } from "@shopgraph/platform";
import { testKeys } from "@shopgraph/testing";
import { describe, expect, it } from "vitest";
import { readGatewayConfig, subgraphsOf } from "../src/config.js";

const supergraphSdl = readFileSync(join(import.meta.dirname, "../../schema/supergraph.graphql"), "utf8");
/** The one variable without a default: the key that verifies websocket connections' tokens. */
const required = { JWT_PUBLIC_KEY: testKeys().jwtPublicKey, REQUEST_SIGNING_SECRET: testKeys().requestSigningSecret };

describe("gateway configuration", () => {
  it("routes each subgraph where composition put it, unless <NAME>_URL says otherwise", () => {
    const config = readGatewayConfig({ ...required, USERS_URL: "http://users:4001/graphql" });
    const users = config.subgraphs.find((s) => s.name === "users");
    const products = config.subgraphs.find((s) => s.name === "products");
    expect(users?.url).toBe("http://users:4001/graphql");
    expect(products?.url).toBe("http://127.0.0.1:4002/graphql");
    expect(config.subgraphs.map((s) => s.name)).toEqual(subgraphsOf(supergraphSdl).map((s) => s.name));
  });

  it("has sane request limits by default and reads them from the environment", () => {
    expect(readGatewayConfig(required).limits).toEqual({
      maxBodyBytes: 100_000,
      maxDepth: 12,
      maxAliases: 30,
      maxFields: 1_000,
    });
    expect(readGatewayConfig({ ...required, MAX_QUERY_DEPTH: "20" }).limits.maxDepth).toBe(20);
  });

  it("caches responses unless RESPONSE_CACHE is off, and refuses what is neither on nor off", () => {
    expect(readGatewayConfig(required).responseCache).toBe(true);
    expect(readGatewayConfig({ ...required, RESPONSE_CACHE: "off" }).responseCache).toBe(false);
    expect(() => readGatewayConfig({ ...required, RESPONSE_CACHE: "sometimes" })).toThrow(ConfigError);
    expect(readGatewayConfig(required).cacheRedisUrl).toBeUndefined();
    expect(readGatewayConfig({ ...required, CACHE_REDIS_URL: "redis://cache:6379" }).cacheRedisUrl).toBe(
      "redis://cache:6379",
    );
    expect(() => readGatewayConfig({ ...required, CACHE_REDIS_URL: "http://cache" })).toThrow(ConfigError);
    expect(() => readGatewayConfig({ ...required, RESPONSE_CACHE_MAX_ENTRY_BYTES: "10" })).toThrow(ConfigError);
  });

  it("caps subscriptions per connection and connections per user, from the environment too", () => {
    expect(readGatewayConfig(required).subscriptions).toEqual({
      maxSubscriptionsPerConnection: 25,
      maxConnectionsPerUser: 10,
      keepAliveMs: 12_000,
      upstreamRetryAttempts: 20,
      bufferedEvents: 100,
      entityBatchWindowMs: 0,
    });
    const config = readGatewayConfig({ ...required, MAX_CONNECTIONS_PER_USER: "3", SUBSCRIPTION_ENTITY_BATCH_MS: "5" });
    expect(config.subscriptions.maxConnectionsPerUser).toBe(3);
    expect(config.subscriptions.entityBatchWindowMs).toBe(5);
  });

  it("allows product images from no other origin by default, and from IMAGE_ORIGINS when set", () => {
    expect(readGatewayConfig(required).imageOrigins).toEqual([]);
    const config = readGatewayConfig({
      ...required,
      IMAGE_ORIGINS: " https://cdn.example.com, https://Images.Example.org/ ,http://localhost:9000",
    });
    expect(config.imageOrigins).toEqual([
      "https://cdn.example.com",
      "https://images.example.org",
      "http://localhost:9000",
    ]);
  });

  it.each<[Record<string, string>, RegExp]>([
    ...[
      "http://cdn.example.com",
      "https://cdn.example.com/images",
      "cdn.example.com",
      "https://u:p@cdn.example.com",
      "*",
    ].map((origin): [Record<string, string>, RegExp] => [
      { ...required, IMAGE_ORIGINS: origin },
      /IMAGE_ORIGINS must be comma-separated https origins/,
    ]),
    [{ ...required, MAX_QUERY_DEPTH: "deep" }, /MAX_QUERY_DEPTH must be an integer/],
    [{ ...required, USERS_URL: "users:4001" }, /USERS_URL must be a URL/],
    [{ ...required, SUPERGRAPH_PATH: "/nowhere/supergraph.graphql" }, /SUPERGRAPH_PATH: cannot read \/nowhere/],
    [{ ...required, MAX_SUBSCRIPTIONS_PER_CONNECTION: "0" }, /MAX_SUBSCRIPTIONS_PER_CONNECTION/],
    [{ ...required, SUBSCRIPTION_ENTITY_BATCH_MS: "5000" }, /SUBSCRIPTION_ENTITY_BATCH_MS/],
    [{}, /JWT_PUBLIC_KEY/],
  ])("refuses %j with a message naming the variable", (env, message) => {
    expect(() => readGatewayConfig(env)).toThrow(ConfigError);
    expect(() => readGatewayConfig(env)).toThrow(message);
  });
});
