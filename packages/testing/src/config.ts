import type { EventsConfig } from "@shopgraph/platform";
import type { BaseConfig } from "@shopgraph/subgraph";
import { TEST_AMQP_URL, TEST_EVENT_PUBLISHERS, testChannel, uniqueName } from "./amqp.js";
import { dropDatabase } from "./database.js";
import { testKeys } from "./keys.js";

/** Base config of a service under test: loopback, a free port, this process's test keys. */
export function testBaseConfig(overrides: Partial<BaseConfig> = {}): BaseConfig {
  const keys = testKeys();
  return {
    nodeEnv: "test",
    logLevel: process.env["TEST_LOG_LEVEL"] ?? "silent",
    host: "127.0.0.1",
    port: 0,
    jwtPublicKey: keys.jwtPublicKey,
    serviceTokenSecret: keys.serviceTokenSecret,
    jwtIssuer: "shopgraph",
    requestSigningSecret: keys.requestSigningSecret,
    allowUnsignedRequests: false,
    migrateOnStart: true,
    ...overrides,
  };
}

/**
 * The same as environment variables, for what reads its config from the environment (the
 * gateway, a subgraph started as `readConfig(env)`): every service under test shares them.
 */
export function testServiceEnv(): Record<string, string> {
  const keys = testKeys();
  return {
    NODE_ENV: "test",
    LOG_LEVEL: process.env["TEST_LOG_LEVEL"] ?? "silent",
    HOST: "127.0.0.1",
    PORT: "0",
    JWT_PUBLIC_KEY: keys.jwtPublicKey,
    JWT_PRIVATE_KEY: keys.jwtPrivateKey,
    SERVICE_TOKEN_SECRET: keys.serviceTokenSecret,
    REQUEST_SIGNING_SECRET: keys.requestSigningSecret,
    // Cheaper password hashing than production (2^15): same algorithm and code path.
    SCRYPT_LOG2_N: "10",
  };
}

/** The events of a service under test: the test broker, and an exchange of its own named after `name`. */
export function testEventsConfig(name: string): EventsConfig {
  return { amqpUrl: TEST_AMQP_URL, exchange: uniqueName(name), publishers: TEST_EVENT_PUBLISHERS };
}

/** Removes what a subgraph under test had of its own once it is closed: its database and its exchange. */
export async function dropSubgraphResources(config: {
  databaseUrl: string;
  events: { exchange: string };
}): Promise<void> {
  await dropDatabase(config.databaseUrl);
  const broker = await testChannel();
  try {
    await broker.channel.deleteExchange(config.events.exchange);
  } finally {
    await broker.close();
  }
}
