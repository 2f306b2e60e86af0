import { resolve } from "node:path";
import { createLogger, mailTokenKey } from "@shopgraph/platform";
import { type RunningSubgraph } from "@shopgraph/subgraph";
import {
  dropSubgraphResources,
  freshDatabaseUrl,
  graphqlClient,
  RequestStatementCounter,
  testBaseConfig,
  testEventsConfig,
  testKeys,
  type GraphQLClient,
  type StatementCounter,
} from "@shopgraph/testing";
import type { UsersConfig } from "../src/config.js";
import { startUsersSubgraph } from "../src/server.js";

export interface UsersUnderTest {
  subgraph: RunningSubgraph;
  config: UsersConfig;
  statements: StatementCounter;
  /** A client for `token`, or an anonymous one. */
  client(token?: string): GraphQLClient;
  close(): Promise<void>;
}

/** A users config on a free port over a database (created at start) and an exchange of its own. */
export function testUsersConfig(overrides: Partial<UsersConfig> = {}): UsersConfig {
  return {
    ...testBaseConfig(),
    databaseUrl: freshDatabaseUrl("users"),
    events: testEventsConfig("users"),
    jwtPrivateKey: testKeys().jwtPrivateKey,
    accessTokenTtlSeconds: 900,
    appAccessTokenTtlSeconds: 300,
    refreshTokenTtlDays: 30,
    // Cheaper than production (2^15) so suites stay quick; same algorithm and code path.
    scryptCost: { log2N: 10, r: 8, p: 1 },
    admin: undefined,
    apiSchemaPath: resolve(import.meta.dirname, "../../../schema/api.graphql"),
    appOperationMaxBytes: 16_384,
    sessionCookieSecure: true,
    mailTokenKey: mailTokenKey(testKeys().requestSigningSecret),
    passwordResetTtlMinutes: 30,
    emailVerificationTtlHours: 48,
    ...overrides,
  };
}

/** The users subgraph on a free port over a database of its own, dropped at close. */
export async function startUsers(overrides: Partial<UsersConfig> = {}): Promise<UsersUnderTest> {
  const config = testUsersConfig(overrides);
  const statements = new RequestStatementCounter();
  const subgraph = await startUsersSubgraph(config, {
    log: createLogger("users", config.logLevel),
    onQuery: statements.onQuery,
  });
  return {
    subgraph,
    config,
    statements,
    client: (token) => graphqlClient(subgraph.url, token),
    async close() {
      await subgraph.close();
      await dropSubgraphResources(config);
    },
  };
}
