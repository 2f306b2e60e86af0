import { EventConsumer, OutboxRelay } from "@shopgraph/messaging";
import { createLogger } from "@shopgraph/platform";
import {
  runSubgraphMain,
  startSubgraph,
  type SubgraphOptions,
  tokenKeys,
  type RunningSubgraph,
} from "@shopgraph/subgraph";
import { Carts } from "./app/carts.js";
import { OrderUpdates } from "./app/order-updates.js";
import { readOrdersConfig, type OrdersConfig } from "./config.js";
import { entities } from "./entities/index.js";
import type { OrdersContext, OrdersServices } from "./graphql/context.js";
import { requestLoaders } from "./graphql/loaders.js";
import { currentOrders } from "./store/current-orders.js";
import { OrderFanout } from "./events/order-fanout.js";
import { LiveOrderFeed } from "./events/order-feed.js";
import { migrations } from "./migrations/index.js";
import { Checkout, type BeforeOrderInsert } from "./app/checkout.js";
import { OrderActions } from "./app/order-actions.js";
import { Payments } from "./app/payments.js";
import { Refunds } from "./app/refunds.js";
import { StockReleases } from "./app/stock-releases.js";
import { OrderSweeper } from "./app/sweeper.js";
import type { PaymentProvider } from "./adapters/payment-provider.js";
import { TestPaymentProvider } from "./adapters/test-payment-provider.js";
import { ProductsClient, type Products } from "./adapters/products-client.js";
import { buildOrdersSchema } from "./schema.js";
import { refundMetrics } from "./store/refund-metrics.js";
import { GuestOrders } from "./app/guest-orders.js";
import { accountEventsHandler, ORDERS_BINDINGS } from "./events/account-events.js";

export interface OrdersOptions extends SubgraphOptions {
  /** Defaults to the built-in test provider. */
  paymentProvider?: PaymentProvider;
  /** Defaults to the products subgraph at `config.productsUrl`. */
  products?: Products;
  /** Test seam: runs right before the order is stored; throwing makes storing it fail. */
  beforeOrderInsert?: BeforeOrderInsert;
}

/** This instance's `Subscription.orderUpdated` side, for tests and readiness checks. */
export interface LiveOrders {
  /** Subscriptions open on this instance. */
  subscriptions(): number;
  /** Websockets open on this instance. */
  sockets(): number;
  /** The instance's own RabbitMQ queue of `order.status_changed`. */
  queue: string;
  /** Consumers the broker counts on that queue (1 while connected). */
  queueConsumers(): Promise<number>;
  /** True once that queue is bound: changes committed from then on reach subscribers. */
  readonly connected: boolean;
}

export interface RunningOrders extends RunningSubgraph {
  sweeper: OrderSweeper;
  /** Consumes other services' events (user.email_verified claims guest orders). */
  consumer: EventConsumer;
  live: LiveOrders;
}

export async function startOrdersSubgraph(config: OrdersConfig, options: OrdersOptions = {}): Promise<RunningOrders> {
  const log = options.log ?? createLogger("orders", config.logLevel);
  return startSubgraph<OrdersContext, Pick<RunningOrders, "sweeper" | "consumer" | "live">>({
    name: "orders",
    config,
    log,
    database: { entities, migrations, onQuery: options.onQuery },
    async build(orm, metrics) {
      const relay = new OutboxRelay({ orm, databaseUrl: config.databaseUrl, ...config.events, log, metrics });
      refundMetrics(metrics, orm);
      const fanout = new OrderFanout(config.subscriptionBufferedEvents);
      const feed = new LiveOrderFeed(
        config.events,
        fanout,
        (scope, since) => currentOrders(orm.em.fork(), scope, since),
        log,
      );
      const products =
        options.products ??
        new ProductsClient(
          config.productsUrl,
          tokenKeys(config),
          config.requestSigningSecret,
          config.productsTimeoutMs,
        );
      const releases = new StockReleases(products, log);
      const paymentProvider = options.paymentProvider ?? new TestPaymentProvider();
      const refunds = new Refunds(paymentProvider, log);
      const checkout = new Checkout({
        products,
        releases,
        log,
        paymentTimeoutMinutes: config.paymentTimeoutMinutes,
        pricesIncludeTax: config.pricesIncludeTax,
        beforeOrderInsert: options.beforeOrderInsert,
        metrics,
      });
      const payments = new Payments(paymentProvider);
      const guestOrders = new GuestOrders(checkout, payments, config.orderLinkKey, log);
      const services: OrdersServices = {
        carts: new Carts(products),
        checkout,
        payments,
        guestOrders,
        actions: new OrderActions(releases, refunds),
        live: new OrderUpdates(fanout),
        catalog: products,
      };
      const sweeper = new OrderSweeper(orm, releases, refunds, config.sweepIntervalMs, log);
      // Other services' events orders acts on: a verified address claims guest orders.
      const consumer = new EventConsumer({
        exchange: config.events.exchange,
        queue: config.events.queue,
        bindings: ORDERS_BINDINGS,
        retryDelaysMs: config.events.retryDelaysMs,
        prefetch: 10,
        amqpUrl: config.events.amqpUrl,
        publishers: config.events.publishers,
        orm,
        log,
        metrics,
        handler: accountEventsHandler(guestOrders),
      });
      return {
        schema: await buildOrdersSchema(),
        subscriptions: { keepAliveMs: config.subscriptionKeepAliveMs },
        workers: [relay, feed, sweeper, consumer],
        context: (base) => ({ ...base, services, ...requestLoaders(base.em, services) }),
        expose: (served) => ({
          sweeper,
          consumer,
          live: {
            subscriptions: () => fanout.size,
            sockets: () => served.subscriptions?.sockets() ?? 0,
            queue: feed.queue,
            queueConsumers: () => feed.consumers(),
            get connected() {
              return feed.connected;
            },
          },
        }),
      };
    },
  });
}

if (import.meta.main) await runSubgraphMain("orders", readOrdersConfig, startOrdersSubgraph);
