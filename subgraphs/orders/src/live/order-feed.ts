import { randomBytes } from "node:crypto";
import type { Channel, ChannelModel, ConsumeMessage } from "amqplib";
import {
  amqpUserOf,
  assertExchange,
  openAmqpLink,
  parseEnvelope,
  publisherProblem,
  reconnectWhenClosed,
  type AmqpLink,
  type EventsConfig,
  type Logger,
} from "@shopgraph/common";
import { orderAtTransition } from "../orders/order-data.js";
import type { OrderFanout } from "./order-fanout.js";

const STATUS_CHANGED = "order.status_changed";

/**
 * Feeds this instance's subscriptions from RabbitMQ, so a change made on any orders instance
 * reaches subscribers on every instance. Each instance reads `order.status_changed` through a
 * queue of its own: exclusive and auto-delete, since a subscriber only wants what happens while
 * it is connected; the broker drops it with the connection, and a reconnect declares it again.
 * One queue and one consumer keep the broker's order, which is commit order per order.
 */
export class LiveOrderFeed {
  readonly queue = `orders.live.${randomBytes(6).toString("hex")}`;
  private amqp: AmqpLink | undefined;
  private channel: Channel | undefined;
  private readonly amqpUser: string;

  constructor(
    private readonly events: EventsConfig,
    private readonly fanout: OrderFanout,
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
        this.log.warn({ queue: this.queue }, "live order feed lost its queue; changes until it is back are missed");
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
    await this.amqp?.close();
  }

  private async setup(connection: ChannelModel): Promise<void> {
    const channel = await connection.createChannel();
    reconnectWhenClosed(connection, channel, this.log);
    await assertExchange(channel, this.events.exchange);
    await channel.assertQueue(this.queue, { exclusive: true, autoDelete: true, durable: false });
    await channel.bindQueue(this.queue, this.events.exchange, STATUS_CHANGED);
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
    this.channel = channel;
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
    try {
      this.fanout.publish(orderAtTransition(event.data));
    } catch (err) {
      this.log.warn({ err, eventId: event.id }, "live order feed skipped an order.status_changed it could not read");
    }
  }
}
