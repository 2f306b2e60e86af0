import {
  envReader,
  readEventsConfig,
  readOrderLinkKey,
  type Env,
  type EventsConfig,
  type OrderLinkKey,
} from "@shopgraph/platform";
import { databaseUrl, DEFAULT_KEEP_ALIVE_MS, readBaseConfig, type BaseConfig } from "@shopgraph/subgraph";
import { ORDERS_RETRY_DELAYS_MS } from "./events/retry-delays.js";

export interface OrdersConfig extends BaseConfig {
  databaseUrl: string;
  events: EventsConfig & {
    /** Orders' durable queue of other services' events (user.email_verified). */
    queue: string;
    /** Delay before each redelivery of an event whose handling failed; then the dead-letter queue. */
    retryDelaysMs: readonly number[];
  };
  /** Signs and checks the links that open guest orders (ORDER_LINK_SECRET, the same as notifications'). */
  orderLinkKey: OrderLinkKey;
  /** The products subgraph's GraphQL endpoint, called directly (not through the gateway). */
  productsUrl: string;
  /** How long an order waits for payment before the sweeper cancels it. */
  paymentTimeoutMinutes: number;
  /** How often the sweeper looks for expired orders and stock releases to retry. */
  sweepIntervalMs: number;
  /** Time allowed for one call to the products subgraph. */
  productsTimeoutMs: number;
  /** Websocket keep-alive: each socket is pinged this often and cut when it missed the last pong. */
  subscriptionKeepAliveMs: number;
  /** Order changes a subscriber may fall behind by before its subscription is ended. */
  subscriptionBufferedEvents: number;
  /** PRICES_INCLUDE_TAX: catalog and shipping prices are gross, tax included (true), or net, tax added (false). */
  pricesIncludeTax: boolean;
}

export function readOrdersConfig(source: Env = process.env): OrdersConfig {
  const env = envReader(source);
  return {
    ...readBaseConfig(env, 4003),
    databaseUrl: databaseUrl(env, "orders"),
    events: {
      ...readEventsConfig(env),
      queue: env.string("ORDERS_QUEUE", "orders"),
      retryDelaysMs: ORDERS_RETRY_DELAYS_MS,
    },
    orderLinkKey: readOrderLinkKey(env),
    productsUrl: env.url("PRODUCTS_URL", "http://127.0.0.1:4002/graphql", ["http", "https"]),
    paymentTimeoutMinutes: env.int("ORDER_PAYMENT_TIMEOUT_MINUTES", 30, { min: 1, max: 7 * 24 * 60 }),
    sweepIntervalMs: env.int("ORDER_SWEEP_INTERVAL_MS", 30_000, { min: 100, max: 3_600_000 }),
    productsTimeoutMs: env.int("PRODUCTS_TIMEOUT_MS", 5_000, { min: 100, max: 60_000 }),
    subscriptionKeepAliveMs: env.int("SUBSCRIPTION_KEEPALIVE_MS", DEFAULT_KEEP_ALIVE_MS, { min: 100, max: 600_000 }),
    subscriptionBufferedEvents: env.int("SUBSCRIPTION_BUFFERED_EVENTS", 100, { min: 1, max: 100_000 }),
    pricesIncludeTax: env.bool("PRICES_INCLUDE_TAX", true),
  };
}
