import type { Channel } from "amqplib";

/** Where events go: one topic exchange; per consumer a queue, retry queues and a dead-letter queue. */
export const DEFAULT_EXCHANGE = "shop.events";

export interface ConsumerTopology {
  exchange: string;
  queue: string;
  /** Routing key patterns, e.g. `order.*`. */
  bindings: readonly string[];
  /** Delay before each retry; its length is the number of retries before dead-lettering. */
  retryDelaysMs: readonly number[];
  /** Arguments of the main queue, e.g. `x-single-active-consumer` for a consumer that keeps order. */
  queueArguments?: Readonly<Record<string, unknown>>;
}

export const retryQueueName = (queue: string, attempt: number) => `${queue}.retry.${attempt}`;
export const deadLetterQueueName = (queue: string) => `${queue}.dead`;

export async function assertExchange(channel: Channel, exchange: string): Promise<void> {
  await channel.assertExchange(exchange, "topic", { durable: true });
}

/**
 * Declares the consumer's queues. A failed message is parked in `<queue>.retry.<n>`, whose TTL
 * dead-letters it back to `<queue>` through the default exchange: growing delays without a plugin.
 */
export async function assertConsumerTopology(channel: Channel, topology: ConsumerTopology): Promise<void> {
  await assertExchange(channel, topology.exchange);
  await channel.assertQueue(topology.queue, {
    durable: true,
    ...(topology.queueArguments && { arguments: { ...topology.queueArguments } }),
  });
  for (const pattern of topology.bindings) await channel.bindQueue(topology.queue, topology.exchange, pattern);
  for (const [index, delay] of topology.retryDelaysMs.entries()) {
    await channel.assertQueue(retryQueueName(topology.queue, index + 1), {
      durable: true,
      arguments: {
        "x-message-ttl": delay,
        "x-dead-letter-exchange": "",
        "x-dead-letter-routing-key": topology.queue,
      },
    });
  }
  await channel.assertQueue(deadLetterQueueName(topology.queue), { durable: true });
}

/** Removes what `assertConsumerTopology` declared (tests clean up after themselves with it). */
export async function deleteConsumerTopology(channel: Channel, topology: ConsumerTopology): Promise<void> {
  await channel.deleteQueue(topology.queue);
  for (const index of topology.retryDelaysMs.keys())
    await channel.deleteQueue(retryQueueName(topology.queue, index + 1));
  await channel.deleteQueue(deadLetterQueueName(topology.queue));
}
