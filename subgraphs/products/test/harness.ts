import pg from "pg";
import { createLogger } from "@shopgraph/platform";
import { type RunningSubgraph } from "@shopgraph/subgraph";
import {
  dropDatabase,
  freshDatabaseUrl,
  graphqlClient,
  StatementCounter,
  testBaseConfig,
  type GraphQLClient,
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
  sql<T extends pg.QueryResultRow = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** A products config on a free port over a database of its own (created at start). */
export function testProductsConfig(overrides: Partial<ProductsConfig> = {}): ProductsConfig {
  return {
    ...testBaseConfig(),
    databaseUrl: freshDatabaseUrl("products"),
    seedDemoCatalog: false,
    imageOrigins: [],
    ...overrides,
  };
}

/** The products subgraph on a free port over a database of its own, dropped at close. */
export async function startProducts(overrides: Partial<ProductsConfig> = {}): Promise<ProductsUnderTest> {
  const config = testProductsConfig(overrides);
  const statements = new StatementCounter();
  const subgraph = await startProductsSubgraph(config, {
    log: createLogger("products", config.logLevel),
    onQuery: statements.onQuery,
  });
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 2 });
  return {
    subgraph,
    config,
    statements,
    client: (token) => graphqlClient(subgraph.url, token),
    sql: async (text, params) => (await pool.query(text, params)).rows,
    async close() {
      await pool.end();
      await subgraph.close();
      await dropDatabase(config.databaseUrl);
    },
  };
}
