import { randomBytes } from "node:crypto";
import type { Channel, ChannelModel, ConsumeMessage } from "amqplib";
import { parseEnvelope } from "@shopgraph/kernel";
import {
  amqpUserOf,
  assertExchange,
  linkFrom,
  openAmqpLink,
  publisherProblem,
  reconnectWhenClosed,
  SpanKind,
  tracer,
  type AmqpLink,
  type EventsConfig,
  type Logger,
  type Worker,
} from "@shopgraph/platform";
import { orderAtTransition } from "./order-data.js";
import type { OrderView } from "../domain/order-view.js";
import type { HeldSubscriptions, OrderFanout, OrderScope } from "./order-fanout.js";

const STATUS_CHANGED = "order.status_changed";

/**
 * How long before a lost broker connection was noticed changes count as possibly missed. A
 * connection that dies silently is noticed after two missed heartbeats (RabbitMQ proposes 60 s),
 * and an event reaches the exchange a moment after the commit that stamped the order's
 * `updated_at`.
 */
export const FEED_GAP_MARGIN_MS = 150_000;

/** The current state of the orders a scope covers (see currentOrders). */
export type ReadCurrentOrders = (scope: OrderScope, changedSince: Date) => Promise<OrderView[]>;

/**
 * Feeds this instance's subscriptions from RabbitMQ, so a change made on any orders instance
 * reaches subscribers on every instance. Each instance reads `order.status_changed` through a
 * queue of its own: exclusive and auto-delete, since a subscriber only wants what happens while
 * it is connected; the broker drops it with the connection, and a reconnect declares it again.
 * One queue and one consumer keep the broker's order, which is commit order per order.
 *
 * Changes made while the queue is gone (the broker down or unreachable, the queue deleted) never
 * reach it, so every time it is bound again the subscribers catch up: each is held (what the
 * queue delivers from then on waits), the database is read, and each gets the current state of
 * what it follows (see catchUp) before the changes that waited. Whatever the gap, a subscriber
 * that stays ends on the orders' current state.
 */
export class LiveOrderFeed implements Worker {
  readonly name = "live order feed";
  readonly queue = `orders.live.${randomBytes(6).toString("hex")}`;
  private amqp: AmqpLink | undefined;
  private channel: Channel | undefined;
  /**
   * Since when changes may have been missed; undefined while the feed is known complete. From
   * the start: subscriptions can open before the queue is first bound.
   */
  private gapFrom: Date | undefined = new Date();
  private losses = 0;
  private stopped = false;
  private readonly amqpUser: string;

  constructor(
    private readonly events: EventsConfig,
    private readonly fanout: OrderFanout,
    private readonly readCurrent: ReadCurrentOrders,
    private readonly log: Logger,
  ) {
    this.amqpUser = amqpUserOf(events.amqpUrl);
  }

  /** True once the queue is bound: changes committed from then on reach subscribers. */
  get connected(): boolean {
    return this.amqp?.connected ?? false;
  }

  async start(): Promise<void> {
    this.amqp = await openAmqpLink({
      url: this.events.amqpUrl,
      log: this.log,
      setup: (connection) => this.setup(connection),
      onDisconnect: () => {
        this.channel = undefined;
        this.losses++;
        this.gapFrom ??= new Date(Date.now() - FEED_GAP_MARGIN_MS);
        this.log.warn({ queue: this.queue }, "live order feed lost its queue; subscribers catch up once it is back");
      },
    });
  }

  /**
   * Consumers the broker counts on the queue: 1 while connected, 0 otherwise. Asked on the feed's
   * own connection, since an exclusive queue answers no other.
   */
  async consumers(): Promise<number> {
    return this.channel ? (await this.channel.checkQueue(this.queue)).consumerCount : 0;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.amqp?.close();
  }

  private async setup(connection: ChannelModel): Promise<void> {
    const channel = await connection.createChannel();
    reconnectWhenClosed(connection, channel, this.log);
    await assertExchange(channel, this.events.exchange);
    await channel.assertQueue(this.queue, { exclusive: true, autoDelete: true, durable: false });
    await channel.bindQueue(this.queue, this.events.exchange, STATUS_CHANGED);
    // Held before the first delivery: what the queue brings from now on comes after the catch-up.
    const gapFrom = this.gapFrom;
    const held = gapFrom && this.fanout.hold();
    try {
      await channel.consume(
        this.queue,
        (message) => {
          if (message) return this.deliver(message);
          // The broker cancelled the consumer (its queue was deleted): reconnecting declares it again.
          this.log.warn({ queue: this.queue }, "live order feed's queue was cancelled; reconnecting");
          connection.close().catch(() => undefined);
        },
        { noAck: true },
      );
    } catch (err) {
      // The setup runs again, and holds them again, on the next connection; the gap stays open.
      if (held && gapFrom) held.release([], gapFrom);
      throw err;
    }
    this.channel = channel;
    if (held) void this.catchUp(held, gapFrom);
  }

  /** Reads the current state after the gap (again and again while the database cannot answer) and releases `held`. */
  private async catchUp(held: HeldSubscriptions, changedSince: Date): Promise<void> {
    const losses = this.losses;
    for (let attempt = 1; ; attempt++) {
      try {
        const orders = await this.readCurrent(held.scope, changedSince);
        held.release(orders, changedSince);
        // A loss meanwhile opened a gap that the next binding's catch-up covers.
        if (this.losses === losses) this.gapFrom = undefined;
        this.log.info({ queue: this.queue, orders: orders.length, changedSince }, "live order feed caught up");
        return;
      } catch (err) {
        if (this.stopped) {
          held.release([], changedSince);
          return;
        }
        this.log.warn({ err, attempt }, "live order feed could not read orders to catch up; retrying");
        await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 100 * 2 ** attempt)).unref());
      }
    }
  }

  private deliver(message: ConsumeMessage): void {
    const event = parseEnvelope(message.content);
    if (event?.type !== STATUS_CHANGED) {
      this.log.warn(
        { messageId: message.properties.messageId },
        "live order feed skipped a message that is no order.status_changed",
      );
      return;
    }
    // Subscribers see only what orders really published (its queue has no dead-letter queue: skipped).
    const forged = publisherProblem(event.type, message.properties, this.events.publishers, this.amqpUser);
    if (forged) {
      this.log.error({ eventId: event.id, userId: message.properties.userId }, `live order feed skipped: ${forged}`);
      return;
    }
    // Its own trace (one change reaches every subscriber), linked to the request that made it.
    const span = tracer().startSpan("relay order.status_changed", {
      kind: SpanKind.CONSUMER,
      links: linkFrom(message.properties.headers),
      attributes: {
        "messaging.system": "rabbitmq",
        "messaging.operation.type": "process",
        "messaging.message.id": event.id,
      },
    });
    try {
      this.fanout.publish(orderAtTransition(event.data));
    } catch (err) {
      this.log.warn({ err, eventId: event.id }, "live order feed skipped an order.status_changed it could not read");
    } finally {
      span.end();
    }
  }
}
