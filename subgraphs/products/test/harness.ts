import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "@shopgraph/platform";
import { type RunningSubgraph } from "@shopgraph/subgraph";
import {
  dropSubgraphResources,
  freshDatabaseUrl,
  graphqlClient,
  RequestStatementCounter,
  StatementCounter,
  testBaseConfig,
  testDatabase,
  testEventsConfig,
  type GraphQLClient,
  type TestDatabase,
} from "@shopgraph/testing";
import type { ProductsConfig } from "../src/config.js";
import { startProductsSubgraph } from "../src/server.js";

export interface ProductsUnderTest {
  subgraph: RunningSubgraph;
  config: ProductsConfig;
  statements: StatementCounter;
  /** A client for `token`, or an anonymous one. */
  client(token?: string): GraphQLClient;
  /** Reads the subgraph's database directly, for what the API does not show (the stock ledger). */
  sql: TestDatabase["sql"];
  close(): Promise<void>;
}

/** A products config on a free port over a database (created at start) and an exchange of its own. */
export function testProductsConfig(overrides: Partial<ProductsConfig> = {}): ProductsConfig {
  return {
    ...testBaseConfig(),
    databaseUrl: freshDatabaseUrl("products"),
    events: testEventsConfig("products"),
    seedDemoCatalog: false,
    seedDemoMedia: false,
    imageOrigins: [],
    // Small limits, so tests of the limits send small bodies; a directory of its own, removed at close.
    media: {
      storage: { kind: "disk", directory: join(tmpdir(), `products-media-${randomUUID()}`), publicBaseUrl: "" },
      maxUploadBytes: 2_000_000,
      maxInputPixels: 4_000_000,
      sweepIntervalMs: 3_600_000,
    },
    ...overrides,
  };
}

/** The products subgraph on a free port over a database of its own, dropped at close. */
export async function startProducts(overrides: Partial<ProductsConfig> = {}): Promise<ProductsUnderTest> {
  const config = testProductsConfig(overrides);
  const statements = new RequestStatementCounter();
  const subgraph = await startProductsSubgraph(config, {
    log: createLogger("products", config.logLevel),
    onQuery: statements.onQuery,
  });
  const database = testDatabase(config.databaseUrl, statements);
  return {
    subgraph,
    config,
    statements,
    client: (token) => graphqlClient(subgraph.url, token),
    sql: database.sql,
    async close() {
      await database.end();
      await subgraph.close();
      await dropSubgraphResources(config);
      if (config.media.storage.kind === "disk")
        await rm(config.media.storage.directory, { recursive: true, force: true });
    },
  };
}
