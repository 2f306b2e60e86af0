import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError } from "@shopgraph/common";
import { describe, expect, it } from "vitest";
import { readGatewayConfig, subgraphsOf } from "../src/config.js";

const supergraphSdl = readFileSync(join(import.meta.dirname, "../../schema/supergraph.graphql"), "utf8");

describe("gateway configuration", () => {
  it("routes each subgraph where composition put it, unless <NAME>_URL says otherwise", () => {
    const config = readGatewayConfig({ USERS_URL: "http://users:4001/graphql" });
    const users = config.subgraphs.find((s) => s.name === "users");
    const products = config.subgraphs.find((s) => s.name === "products");
    expect(users?.url).toBe("http://users:4001/graphql");
    expect(products?.url).toBe("http://127.0.0.1:4002/graphql");
    expect(config.subgraphs.map((s) => s.name)).toEqual(subgraphsOf(supergraphSdl).map((s) => s.name));
  });

  it("has sane request limits by default and reads them from the environment", () => {
    expect(readGatewayConfig({}).limits).toEqual({
      maxBodyBytes: 100_000,
      maxDepth: 12,
      maxAliases: 30,
      maxFields: 1_000,
    });
    expect(readGatewayConfig({ MAX_QUERY_DEPTH: "20" }).limits.maxDepth).toBe(20);
  });

  it.each([
    [{ MAX_QUERY_DEPTH: "deep" }, /MAX_QUERY_DEPTH must be an integer/],
    [{ USERS_URL: "users:4001" }, /USERS_URL must be a URL/],
    [{ SUPERGRAPH_PATH: "/nowhere/supergraph.graphql" }, /SUPERGRAPH_PATH: cannot read \/nowhere/],
  ])("refuses %j with a message naming the variable", (env, message) => {
    expect(() => readGatewayConfig(env)).toThrow(ConfigError);
    expect(() => readGatewayConfig(env)).toThrow(message);
  });
});
