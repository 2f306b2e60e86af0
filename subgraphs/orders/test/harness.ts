import pg from "pg";
import { createLogger } from "@shopgraph/platform";
import { tokenKeys, type RunningSubgraph } from "@shopgraph/subgraph";
import {
  dropDatabase,
  eventually,
  freshDatabaseUrl,
  graphqlClient,
  RequestStatementCounter,
  rowParams,
  StatementCounter,
  TEST_AMQP_URL,
  TEST_EVENT_PUBLISHERS,
  testBaseConfig,
  testChannel,
  uniqueName,
  type GraphQLClient,
} from "@shopgraph/testing";
import { startProductsSubgraph } from "@shopgraph/products";
import type { OrdersConfig } from "../src/config.js";
import { ProductsClient, type Products } from "../src/adapters/products-client.js";
import { startOrdersSubgraph, type OrdersOptions, type RunningOrders } from "../src/server.js";

export interface Database {
  url: string;
  statements: StatementCounter;
  sql<T extends pg.QueryResultRow = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface OrdersUnderTest {
  orders: RunningOrders;
  products: RunningSubgraph;
  config: OrdersConfig;
  ordersDb: Database;
  productsDb: Database;
  /** A client of the orders subgraph for `token`, or an anonymous one. */
  client(token?: string): GraphQLClient;
  /** A client of the products subgraph (its admin API sets up the catalog). */
  productsClient(token?: string): GraphQLClient;
  /**
   * Another orders instance over the same database, products and exchange, unless `config` says
   * otherwise; closed by `close` unless the test closed it.
   */
  startInstance(config?: Partial<OrdersConfig>): Promise<RunningOrders>;
  close(): Promise<void>;
}

export interface StartOptions {
  config?: Partial<OrdersConfig>;
  options?: Omit<OrdersOptions, "log" | "onQuery" | "products">;
  /** Puts something between orders and the real products client (to make calls fail). */
  wrapProducts?: (products: Products) => Products;
}

function database(url: string, statements: StatementCounter): Database & { end(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    url,
    statements,
    sql: async (text, params) => (await pool.query(text, rowParams(params))).rows,
    end: () => pool.end(),
  };
}

/** An orders config on a free port over a database (created at start) and an exchange of its own. */
export function testOrdersConfig(productsUrl: string, overrides: Partial<OrdersConfig> = {}): OrdersConfig {
  return {
    ...testBaseConfig(),
    databaseUrl: freshDatabaseUrl("orders"),
    events: { amqpUrl: TEST_AMQP_URL, exchange: uniqueName("orders"), publishers: TEST_EVENT_PUBLISHERS },
    productsUrl,
    paymentTimeoutMinutes: 30,
    // Tests sweep when they mean to (orders.sweeper.sweep()); the timer stays out of their way.
    sweepIntervalMs: 3_600_000,
    productsTimeoutMs: 5_000,
    subscriptionKeepAliveMs: 12_000,
    subscriptionBufferedEvents: 100,
    ...overrides,
  };
}

/**
 * The real products subgraph and the orders subgraph pointed at it, each on a free port over a
 * database of its own (dropped at close); orders publishes to an exchange of its own.
 */
export async function startOrders(start: StartOptions = {}): Promise<OrdersUnderTest> {
  const base = testBaseConfig();
  const productsStatements = new RequestStatementCounter();
  const productsConfig = {
    ...base,
    databaseUrl: freshDatabaseUrl("orders_products"),
    events: { amqpUrl: TEST_AMQP_URL, exchange: uniqueName("products"), publishers: TEST_EVENT_PUBLISHERS },
    seedDemoCatalog: false,
    imageOrigins: [],
  };
  const products = await startProductsSubgraph(productsConfig, {
    log: createLogger("products", base.logLevel),
    onQuery: productsStatements.onQuery,
  });
  const config = testOrdersConfig(products.url, start.config);
  const ordersStatements = new RequestStatementCounter();
  const client = new ProductsClient(
    config.productsUrl,
    tokenKeys(config),
    config.requestSigningSecret,
    config.productsTimeoutMs,
  );
  const orders = await startOrdersSubgraph(config, {
    log: createLogger("orders", config.logLevel),
    onQuery: ordersStatements.onQuery,
    products: start.wrapProducts?.(client) ?? client,
    ...start.options,
  });
  // Changes committed before the live feed bound its queue would reach no subscriber.
  await eventually(() => orders.live.connected);
  const instances: RunningOrders[] = [];
  const ordersDb = database(config.databaseUrl, ordersStatements);
  const productsDb = database(productsConfig.databaseUrl, productsStatements);
  return {
    orders,
    products,
    config,
    ordersDb,
    productsDb,
    client: (token) => graphqlClient(orders.url, token),
    productsClient: (token) => graphqlClient(products.url, token),
    async startInstance(overrides = {}) {
      const running = await startOrdersSubgraph(
        { ...config, ...overrides },
        {
          log: createLogger("orders", config.logLevel),
          products: client,
        },
      );
      let closing: Promise<void> | undefined;
      const instance = { ...running, close: () => (closing ??= running.close()) };
      instances.push(instance);
      await eventually(() => instance.live.connected);
      return instance;
    },
    async close() {
      for (const instance of instances) await instance.close();
      await ordersDb.end();
      await productsDb.end();
      await orders.close();
      await products.close();
      await dropDatabase(config.databaseUrl);
      await dropDatabase(productsConfig.databaseUrl);
      const broker = await testChannel();
      await broker.channel.deleteExchange(config.events.exchange);
      await broker.channel.deleteExchange(productsConfig.events.exchange);
      await broker.close();
    },
  };
}
