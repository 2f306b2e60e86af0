import pg from "pg";
import { createLogger } from "@shopgraph/platform";
import { type RunningSubgraph } from "@shopgraph/subgraph";
import {
  dropDatabase,
  freshDatabaseUrl,
  graphqlClient,
  type GraphQLClient,
  RequestStatementCounter,
  rowParams,
  StatementCounter,
  TEST_AMQP_URL,
  TEST_EVENT_PUBLISHERS,
  testBaseConfig,
  testChannel,
  uniqueName,
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

/** A products config on a free port over a database (created at start) and an exchange of its own. */
export function testProductsConfig(overrides: Partial<ProductsConfig> = {}): ProductsConfig {
  return {
    ...testBaseConfig(),
    databaseUrl: freshDatabaseUrl("products"),
    events: { amqpUrl: TEST_AMQP_URL, exchange: uniqueName("products"), publishers: TEST_EVENT_PUBLISHERS },
    seedDemoCatalog: false,
    imageOrigins: [],
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
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 2 });
  return {
    subgraph,
    config,
    statements,
    client: (token) => graphqlClient(subgraph.url, token),
    sql: async (text, params) => (await pool.query(text, rowParams(params))).rows,
    async close() {
      await pool.end();
      await subgraph.close();
      await dropDatabase(config.databaseUrl);
      const broker = await testChannel();
      await broker.channel.deleteExchange(config.events.exchange);
      await broker.close();
    },
  };
}
