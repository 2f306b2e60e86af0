import type { BaseConfig } from "@shopgraph/subgraph";
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
