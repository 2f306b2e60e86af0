import { createLogger, deleteConsumerTopology } from "@shopgraph/platform";
import { type RunningSubgraph } from "@shopgraph/subgraph";
import {
  dropDatabase,
  freshDatabaseUrl,
  graphqlClient,
  type GraphQLClient,
  RequestStatementCounter,
  testChannel,
  testServiceEnv,
  uniqueName,
} from "@shopgraph/testing";
import { readProductsConfig, startProductsSubgraph } from "@shopgraph/products";
import { readUsersConfig, startUsersSubgraph } from "@shopgraph/users";
import { readGatewayConfig } from "../../../gateway/src/config.js";
import { RETRY_DELAYS_MS as REVOCATION_RETRY_DELAYS_MS } from "../../../gateway/src/revocation/consumer.js";
import { startGateway, type RunningGateway } from "../../../gateway/src/server.js";
import { deleteRedisKeys } from "../../../gateway/test/harness.js";
import { readOrdersConfig } from "../src/config.js";
import { startOrdersSubgraph } from "../src/server.js";

type Counted = "users" | "products" | "orders";

export interface ShopUnderTest {
  gateway: RunningGateway;
  subgraphs: Record<Counted, RunningSubgraph>;
  /** SQL statements each subgraph ran for requests (outbox relays left out). */
  statements: Record<Counted, RequestStatementCounter>;
  /** A client of the gateway. */
  client(token?: string): GraphQLClient;
  close(): Promise<void>;
}

/**
 * users, products and orders behind the real gateway (from the committed supergraph), each
 * subgraph counting its statements, and orders calling this products. Unlike the gateway's
 * harness it counts statements and wires PRODUCTS_URL; notifications is not started (nothing
 * here asks it anything).
 */
export async function startShop(): Promise<ShopUnderTest> {
  const exchange = uniqueName("shop");
  const databases = {
    users: freshDatabaseUrl("shop_users"),
    products: freshDatabaseUrl("shop_products"),
    orders: freshDatabaseUrl("shop_orders"),
  };
  const env: Record<string, string> = {
    ...testServiceEnv(),
    EVENTS_EXCHANGE: exchange,
    USERS_DATABASE_URL: databases.users,
    PRODUCTS_DATABASE_URL: databases.products,
    ORDERS_DATABASE_URL: databases.orders,
    // Orders consumes users' events from a queue of its own: never another test's.
    ORDERS_QUEUE: uniqueName("shop-orders"),
    // So does the gateway (revocations, cache purges), and it keeps its Redis keys under a prefix
    // of its own: with the defaults, every shop shared (and left behind) `gateway` and `shopgraph:`.
    GATEWAY_QUEUE: uniqueName("shop-gateway"),
    REDIS_KEY_PREFIX: `${uniqueName("shop")}:`,
  };
  const statements = {
    users: new RequestStatementCounter(),
    products: new RequestStatementCounter(),
    orders: new RequestStatementCounter(),
  };
  const log = (name: string) => createLogger(name, env["LOG_LEVEL"]);
  const started: Array<{ close(): Promise<void> }> = [];
  const close = async () => {
    for (const service of started.reverse()) await service.close();
    await Promise.all(Object.values(databases).map((url) => dropDatabase(url)));
    const broker = await testChannel();
    const ordersEvents = readOrdersConfig(env).events;
    await deleteConsumerTopology(broker.channel, { ...ordersEvents, bindings: [] });
    await deleteConsumerTopology(broker.channel, {
      queue: env["GATEWAY_QUEUE"]!,
      exchange,
      bindings: [],
      retryDelaysMs: REVOCATION_RETRY_DELAYS_MS,
    });
    await broker.channel.deleteExchange(exchange);
    await broker.close();
    await deleteRedisKeys(env["REDIS_KEY_PREFIX"]!);
  };
  try {
    const users = await startUsersSubgraph(readUsersConfig(env), {
      log: log("users"),
      onQuery: statements.users.onQuery,
    });
    started.push(users);
    const products = await startProductsSubgraph(readProductsConfig(env), {
      log: log("products"),
      onQuery: statements.products.onQuery,
    });
    started.push(products);
    const orders = await startOrdersSubgraph(readOrdersConfig({ ...env, PRODUCTS_URL: products.url }), {
      log: log("orders"),
      onQuery: statements.orders.onQuery,
    });
    started.push(orders);
    const gateway = await startGateway(
      readGatewayConfig({ ...env, USERS_URL: users.url, PRODUCTS_URL: products.url, ORDERS_URL: orders.url }),
      { log: log("gateway") },
    );
    started.push(gateway);
    return {
      gateway,
      subgraphs: { users, products, orders },
      statements,
      client: (token) => graphqlClient(gateway.url, token),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
