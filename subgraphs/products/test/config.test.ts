import { ConfigError } from "@shopgraph/platform";
import { testKeys } from "@shopgraph/testing";
import { describe, expect, test } from "vitest";
import { readProductsConfig } from "../src/config.js";

const required = {
  JWT_PUBLIC_KEY: testKeys().jwtPublicKey,
  SERVICE_TOKEN_SECRET: "secret",
  REQUEST_SIGNING_SECRET: "x".repeat(32),
};

describe("readProductsConfig", () => {
  test("defaults: port 4002, products_db on the default server, no demo catalog", () => {
    const config = readProductsConfig(required);
    expect(config.port).toBe(4002);
    expect(config.databaseUrl).toBe("postgres://postgres@127.0.0.1:5432/products_db");
    expect(config.seedDemoCatalog).toBe(false);
    expect(config.imageOrigins).toEqual([]);
  });

  test("IMAGE_ORIGINS: comma-separated https origins (http only on loopback)", () => {
    expect(
      readProductsConfig({
        ...required,
        IMAGE_ORIGINS: "https://cdn.example.com, https://Img.Example.org/,http://localhost:5173",
      }).imageOrigins,
    ).toEqual(["https://cdn.example.com", "https://img.example.org", "http://localhost:5173"]);
    for (const entry of ["http://cdn.example.com", "https://cdn.example.com/images", "cdn.example.com", "*"]) {
      expect(() => readProductsConfig({ ...required, IMAGE_ORIGINS: entry })).toThrow(/IMAGE_ORIGINS/);
    }
  });

  test("reads the database, port and SEED_DEMO_CATALOG", () => {
    const config = readProductsConfig({
      ...required,
      PORT: "5002",
      POSTGRES_URL: "postgres://shop:pw@db:5432",
      SEED_DEMO_CATALOG: "true",
    });
    expect(config).toMatchObject({
      port: 5002,
      databaseUrl: "postgres://shop:pw@db:5432/products_db",
      seedDemoCatalog: true,
    });
    expect(readProductsConfig({ ...required, PRODUCTS_DATABASE_URL: "postgres://x@h/catalog" }).databaseUrl).toBe(
      "postgres://x@h/catalog",
    );
  });

  test("names the variable that is wrong", () => {
    expect(() => readProductsConfig({ ...required, SEED_DEMO_CATALOG: "sometimes" })).toThrow(
      new ConfigError('SEED_DEMO_CATALOG must be true or false, got "sometimes"'),
    );
    expect(() => readProductsConfig({ SERVICE_TOKEN_SECRET: "s" })).toThrow(/JWT_PUBLIC_KEY/);
  });
});
