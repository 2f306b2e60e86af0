import { createLogger, deleteConsumerTopology, orderLinkKey } from "@shopgraph/platform";
import { tokenKeys, type RunningSubgraph } from "@shopgraph/subgraph";
import {
  dropSubgraphResources,
  eventually,
  freshDatabaseUrl,
  graphqlClient,
  RequestStatementCounter,
  testBaseConfig,
  testDatabase,
  testChannel,
  testEventsConfig,
  testKeys,
  uniqueName,
  type GraphQLClient,
  type TestDatabase,
} from "@shopgraph/testing";
import { startProducts } from "../../products/test/harness.js";
import type { OrdersConfig } from "../src/config.js";
import { ProductsClient, type Products } from "../src/adapters/products-client.js";
import { startOrdersSubgraph, type OrdersOptions, type RunningOrders } from "../src/server.js";

export type Database = Omit<TestDatabase, "end">;

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

/** An orders config on a free port over a database (created at start) and an exchange of its own. */
export function testOrdersConfig(productsUrl: string, overrides: Partial<OrdersConfig> = {}): OrdersConfig {
  return {
    ...testBaseConfig(),
    databaseUrl: freshDatabaseUrl("orders"),
    events: { ...testEventsConfig("orders"), queue: uniqueName("orders"), retryDelaysMs: [50, 200] },
    productsUrl,
    // As notifications' test harness derives its own: the links it mails open here.
    orderLinkKey: orderLinkKey(testKeys().requestSigningSecret),
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
  // Products as its own tests start it, on a database named for these.
  const products = await startProducts({ databaseUrl: freshDatabaseUrl("orders_products") });
  const config = testOrdersConfig(products.subgraph.url, start.config);
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
  const ordersDb = testDatabase(config.databaseUrl, ordersStatements);
  const productsDb: Database = {
    url: products.config.databaseUrl,
    statements: products.statements,
    sql: products.sql,
  };
  return {
    orders,
    products: products.subgraph,
    config,
    ordersDb,
    productsDb,
    client: (token) => graphqlClient(orders.url, token),
    productsClient: products.client,
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
      await orders.close();
      await products.close();
      const broker = await testChannel();
      try {
        await deleteConsumerTopology(broker.channel, { ...config.events, bindings: [] });
      } finally {
        await broker.close();
      }
      await dropSubgraphResources(config);
    },
  };
}
