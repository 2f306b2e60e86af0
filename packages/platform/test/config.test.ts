import { describe, expect, test } from "vitest";
import { databaseUrl, readBaseConfig } from "@shopgraph/subgraph";
import { ConfigError, envReader, readEventsConfig } from "../src/config.js";

describe("envReader", () => {
  test("reads typed values and falls back to defaults", () => {
    const env = envReader({ PORT: "4010", DEBUG: "yes", MODE: "b", EMPTY: "  " });
    expect(env.int("PORT", 1)).toBe(4010);
    expect(env.int("MISSING", 7)).toBe(7);
    expect(env.bool("DEBUG", false)).toBe(true);
    expect(env.oneOf("MODE", ["a", "b"], "a")).toBe("b");
    expect(env.string("EMPTY", "fallback")).toBe("fallback");
  });

  test.each([
    [
      { PORT: "abc" },
      (env: ReturnType<typeof envReader>) => env.int("PORT", 1, { min: 0, max: 65535 }),
      'PORT must be an integer between 0 and 65535, got "abc"',
    ],
    [
      { PORT: "70000" },
      (env: ReturnType<typeof envReader>) => env.int("PORT", 1, { min: 0, max: 65535 }),
      "PORT must be an integer between 0 and 65535",
    ],
    [
      { FLAG: "maybe" },
      (env: ReturnType<typeof envReader>) => env.bool("FLAG", true),
      'FLAG must be true or false, got "maybe"',
    ],
    [
      { AMQP_URL: "localhost:5672" },
      (env: ReturnType<typeof envReader>) => env.url("AMQP_URL", "", ["amqp"]),
      "AMQP_URL must be a URL",
    ],
    [
      { AMQP_URL: "http://x" },
      (env: ReturnType<typeof envReader>) => env.url("AMQP_URL", "", ["amqp"]),
      "AMQP_URL must be a URL with protocol amqp",
    ],
    [{}, (env: ReturnType<typeof envReader>) => env.string("JWT_PUBLIC_KEY"), "JWT_PUBLIC_KEY is required but not set"],
  ])("a malformed value names its variable: %j", (source, read, message) => {
    const env = envReader(source);
    expect(() => read(env)).toThrow(ConfigError);
    expect(() => read(env)).toThrow(message);
  });

  test("a subgraph's database is <name>_db on POSTGRES_URL unless its own URL is set", () => {
    expect(databaseUrl(envReader({}), "users")).toBe("postgres://postgres@127.0.0.1:5432/users_db");
    expect(databaseUrl(envReader({ POSTGRES_URL: "postgres://app:pw@db:5432" }), "orders")).toBe(
      "postgres://app:pw@db:5432/orders_db",
    );
    expect(databaseUrl(envReader({ USERS_DATABASE_URL: "postgresql://u@h/custom" }), "users")).toBe(
      "postgresql://u@h/custom",
    );
    expect(() => databaseUrl(envReader({ USERS_DATABASE_URL: "mysql://h/db" }), "users")).toThrow(
      "USERS_DATABASE_URL must be a URL with protocol postgres or postgresql",
    );
  });

  test("the base config accepts PEM keys with escaped newlines", () => {
    const config = readBaseConfig(
      envReader({
        JWT_PUBLIC_KEY: "-----BEGIN PUBLIC KEY-----\\nabc\\n-----END PUBLIC KEY-----",
        SERVICE_TOKEN_SECRET: "s",
        REQUEST_SIGNING_SECRET: "x".repeat(32),
      }),
      4001,
    );
    expect(config.jwtPublicKey).toBe("-----BEGIN PUBLIC KEY-----\nabc\n-----END PUBLIC KEY-----");
    expect(config).toMatchObject({ port: 4001, nodeEnv: "development", host: "0.0.0.0" });
  });

  test("requests must be signed unless ALLOW_UNSIGNED_REQUESTS, with a REQUEST_SIGNING_SECRET of 32 characters or more", () => {
    const base = { JWT_PUBLIC_KEY: "k", SERVICE_TOKEN_SECRET: "s", REQUEST_SIGNING_SECRET: "x".repeat(32) };
    expect(readBaseConfig(envReader(base), 4001).allowUnsignedRequests).toBe(false);
    expect(readBaseConfig(envReader({ ...base, ALLOW_UNSIGNED_REQUESTS: "true" }), 4001).allowUnsignedRequests).toBe(
      true,
    );
    expect(() => readBaseConfig(envReader({ ...base, REQUEST_SIGNING_SECRET: undefined }), 4001)).toThrow(
      "REQUEST_SIGNING_SECRET is required but not set",
    );
    expect(() => readBaseConfig(envReader({ ...base, REQUEST_SIGNING_SECRET: "short" }), 4001)).toThrow(
      "REQUEST_SIGNING_SECRET must be at least 32 characters",
    );
  });

  test("EVENT_PUBLISHERS names each producer's broker user; unset, every producer is this service's own user", () => {
    expect(readEventsConfig(envReader({ AMQP_URL: "amqp://notifications:pw@rabbitmq:5672" })).publishers).toEqual({
      users: "notifications",
      orders: "notifications",
      products: "notifications",
    });
    expect(readEventsConfig(envReader({})).publishers).toEqual({ users: "guest", orders: "guest", products: "guest" });
    expect(
      readEventsConfig(envReader({ EVENT_PUBLISHERS: "users=shop-users, orders=shop-orders, products=shop-products" }))
        .publishers,
    ).toEqual({ users: "shop-users", orders: "shop-orders", products: "shop-products" });
    for (const value of ["users=users,orders=orders", "users=users,orders=orders,payments=payments", "users"]) {
      expect(() => readEventsConfig(envReader({ EVENT_PUBLISHERS: value }))).toThrow(ConfigError);
    }
  });
});
