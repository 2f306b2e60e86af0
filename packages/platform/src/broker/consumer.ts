import type { ChannelModel, ConfirmChannel, ConsumeMessage } from "amqplib";
import { parseEnvelope, type AnyEventEnvelope } from "@shopgraph/kernel";
import { withRequestId, type Logger } from "../logger.js";
import type { Worker } from "../worker.js";
import { openAmqpLink, reconnectWhenClosed, type AmqpLink } from "./amqp.js";
import { amqpUserOf, PUBLISHED_BY_HEADER, publisherProblem, type EventPublishers } from "./publishers.js";
import type { Metrics } from "../metrics.js";
import { contextFrom, inSpan, SpanKind } from "../tracing/spans.js";
import { assertConsumerTopology, deadLetterQueueName, retryQueueName, type ConsumerTopology } from "./topology.js";

/**
 * What a handler throws for an event that can never be handled, however often it is retried (a
 * valid envelope whose data is not what the catalogue promises): the consumer parks it in the
 * dead-letter queue at once instead of running it through the retry queues first.
 */
export class PermanentEventError extends Error {
  override name = "PermanentEventError";
}

/** Handles one event with no database; throwing retries. Must be idempotent itself. */
export type IdempotentEventHandler = (event: AnyEventEnvelope) => Promise<void>;

/** Handles several events, in order, all or none (one transaction); idempotent like the handler. */
export type IdempotentBatchHandler = (events: AnyEventEnvelope[]) => Promise<void>;

export interface BrokerConsumerOptions extends ConsumerTopology {
  amqpUrl: string;
  /** Who may publish what: an event from any other AMQP user is dead-lettered unhandled. */
  publishers: EventPublishers;
  log: Logger;
  /** Messages in flight per consumer. */
  prefetch?: number;
  /**
   * Handle one message at a time, in the order the queue delivers them (the prefetched ones wait
   * their turn): with a single active consumer, events are handled in the order they were published.
   */
  ordered?: boolean;
  /**
   * For an `ordered` consumer: the messages that arrived while the previous turn ran are handled
   * together, in order, in one call (one transaction, one commit for all). If it throws, each is
   * handled on its own, so only the failing one is retried.
   */
  handleBatch?: IdempotentBatchHandler;
  /** Must be idempotent itself: a redelivered event runs it again. */
  handler: IdempotentEventHandler;
  /** Runs after the handler's work is done (its transaction committed, for a database consumer), before the ack. */
  afterCommit?: (event: AnyEventEnvelope) => Promise<void> | void;
  /** What happened to each event and how late it was, for /metrics. */
  metrics?: Metrics;
}

const ATTEMPT_HEADER = "x-attempt";

/**
 * Consumes a durable queue at least once: a message is acked only after its handler is done, so
 * the handler must make a redelivery harmless. A handler that throws is retried after
 * growing delays, then parked in the dead-letter queue; a message that is not an event at all, not
 * published by the event's producer, or one the handler refuses with a PermanentEventError, goes
 * there at once. A service with a database records what it handled with messaging's EventConsumer.
 */
export class BrokerConsumer implements Worker {
  readonly name = "event consumer";
  private amqp: AmqpLink | undefined;
  private inFlight = new Set<Promise<void>>();
  /** The last message's handling, which an `ordered` consumer's next one waits for. */
  private previous: Promise<void> = Promise.resolve();
  /** An `ordered` consumer's messages not taken by a turn yet, in delivery order. */
  private readonly waiting: { channel: ConfirmChannel; message: ConsumeMessage }[] = [];
  private readonly amqpUser: string;

  private readonly counted: ConsumerMetrics | undefined;

  constructor(private readonly options: BrokerConsumerOptions) {
    this.amqpUser = amqpUserOf(options.amqpUrl);
    this.counted = options.metrics && consumerMetrics(options.metrics, options.queue);
  }

  get connected(): boolean {
    return this.amqp?.connected ?? false;
  }

  async start(): Promise<void> {
    this.amqp = await openAmqpLink({
      url: this.options.amqpUrl,
      log: this.options.log,
      setup: (connection) => this.setup(connection),
    });
  }

  async stop(): Promise<void> {
    await this.amqp?.close();
    await Promise.allSettled(this.inFlight);
  }

  /** Resolves once no delivered message is being handled (tests and benchmarks wait on it). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async setup(connection: ChannelModel): Promise<void> {
    const channel = await connection.createConfirmChannel();
    reconnectWhenClosed(connection, channel, this.options.log);
    await assertConsumerTopology(channel, this.options);
    await channel.prefetch(this.options.prefetch ?? 20);
    await channel.consume(this.options.queue, (message) => {
      if (!message) return;
      let handling: Promise<void>;
      if (this.options.ordered) {
        // Each arrival adds a turn after the previous one; a turn takes every message waiting.
        this.waiting.push({ channel, message });
        const turn = () => this.handleWaiting();
        handling = this.previous.then(turn, turn);
        this.previous = handling;
      } else {
        handling = this.handle(channel, message);
      }
      handling = handling.finally(() => this.inFlight.delete(handling));
      this.inFlight.add(handling);
    });
  }

  /**
   * An ordered consumer's turn: the messages waiting, together when there are several (without a
   * span and request id per event: they share one transaction), else on their own as usual.
   */
  private async handleWaiting(): Promise<void> {
    const batch = this.waiting.splice(0);
    const events = batch.map(({ message }) => {
      const event = parseEnvelope(message.content);
      const believed =
        event && !publisherProblem(event.type, message.properties, this.options.publishers, this.amqpUser);
      return believed ? event : undefined;
    });
    const handleBatch = this.options.handleBatch;
    if (batch.length > 1 && handleBatch && events.every((event) => event !== undefined)) {
      const handled = await handleBatch(events).then(
        () => true,
        (err: unknown) => {
          this.options.log.debug({ err, events: events.length }, "batch failed; handling its events one by one");
          return false;
        },
      );
      if (handled) {
        for (const [index, { channel, message }] of batch.entries()) {
          const event = events[index]!;
          this.counted?.lag(event);
          try {
            await this.options.afterCommit?.(event);
            this.counted?.outcome(event.type, "handled");
            channel.ack(message);
          } catch (err) {
            this.options.log.warn({ err, eventId: event.id }, "ack failed after commit");
          }
        }
        return;
      }
    }
    for (const { channel, message } of batch) await this.handle(channel, message);
  }

  private async handle(channel: ConfirmChannel, message: ConsumeMessage): Promise<void> {
    const event = parseEnvelope(message.content);
    if (!event) {
      this.options.log.error({ messageId: message.properties.messageId }, "not an event; dead-lettered");
      this.counted?.outcome("unknown", "dead_lettered");
      await this.park(channel, message, "malformed event envelope");
      return;
    }
    const forged = publisherProblem(event.type, message.properties, this.options.publishers, this.amqpUser);
    if (forged) {
      this.options.log.error({ eventId: event.id, userId: message.properties.userId }, `${forged}; dead-lettered`);
      this.counted?.outcome(event.type, "dead_lettered");
      await this.park(channel, message, forged);
      return;
    }
    this.counted?.lag(event);
    // The CONSUMER span continues the publish's trace (its context came in the headers), so the
    // handler's SQL, and what it records for later, join the request that caused the event.
    const handled = (work: () => Promise<void>) =>
      inSpan(
        `process ${event.type}`,
        {
          kind: SpanKind.CONSUMER,
          parent: contextFrom(message.properties.headers),
          attributes: {
            "messaging.system": "rabbitmq",
            "messaging.operation.type": "process",
            "messaging.destination.name": this.options.queue,
            "messaging.message.id": event.id,
          },
        },
        work,
      );
    await withRequestId(event.correlationId ?? event.id, async () => {
      try {
        await handled(() => this.options.handler(event));
      } catch (err) {
        await this.retryOrPark(channel, message, event, err);
        return;
      }
      try {
        await this.options.afterCommit?.(event);
        this.counted?.outcome(event.type, "handled");
        channel.ack(message);
      } catch (err) {
        // Not acked: the broker redelivers, which the handler makes harmless.
        this.options.log.warn({ err, eventId: event.id }, "ack failed after commit");
      }
    });
  }

  private async retryOrPark(channel: ConfirmChannel, message: ConsumeMessage, event: AnyEventEnvelope, err: unknown) {
    const attempt = Number(message.properties.headers?.[ATTEMPT_HEADER] ?? 0) + 1;
    const reason = err instanceof Error ? err.message : String(err);
    if (err instanceof PermanentEventError) {
      this.options.log.error({ err, eventId: event.id, attempt }, "event cannot be handled; dead-lettered");
      this.counted?.outcome(event.type, "dead_lettered");
      await this.park(channel, message, reason);
      return;
    }
    if (attempt > this.options.retryDelaysMs.length) {
      this.options.log.error({ err, eventId: event.id, attempt }, "event handler kept failing; dead-lettered");
      this.counted?.outcome(event.type, "dead_lettered");
      await this.park(channel, message, reason);
      return;
    }
    this.options.log.warn({ err, eventId: event.id, attempt }, "event handler failed; will retry");
    this.counted?.outcome(event.type, "retried");
    await this.republish(channel, message, retryQueueName(this.options.queue, attempt), {
      [ATTEMPT_HEADER]: attempt,
      "x-last-error": reason.slice(0, 500),
    });
  }

  private park(channel: ConfirmChannel, message: ConsumeMessage, reason: string): Promise<void> {
    return this.republish(channel, message, deadLetterQueueName(this.options.queue), {
      "x-last-error": reason.slice(0, 500),
      "x-dead-lettered-at": new Date().toISOString(),
    });
  }

  /**
   * Moves the message to `queue`: acked here only once the broker confirmed the copy. The copy is
   * this consumer's publish, so it carries this consumer's `user_id` (the broker takes no other)
   * and keeps the original publisher in a header, which the retry's redelivery is checked against.
   */
  private async republish(
    channel: ConfirmChannel,
    message: ConsumeMessage,
    queue: string,
    headers: Record<string, unknown>,
  ): Promise<void> {
    const { userId, ...properties } = message.properties;
    const publishedBy = userId === this.amqpUser ? message.properties.headers?.[PUBLISHED_BY_HEADER] : userId;
    try {
      channel.sendToQueue(queue, message.content, {
        ...properties,
        userId: this.amqpUser,
        persistent: true,
        headers: {
          ...message.properties.headers,
          ...headers,
          [PUBLISHED_BY_HEADER]: typeof publishedBy === "string" ? publishedBy : null,
        },
      });
      await channel.waitForConfirms();
      channel.ack(message);
    } catch (err) {
      this.options.log.warn({ err }, "could not move message; the broker will redeliver it");
    }
  }
}

interface ConsumerMetrics {
  outcome(eventType: string, outcome: "handled" | "retried" | "dead_lettered"): void;
  lag(event: AnyEventEnvelope): void;
}

/**
 * Per queue: events handled, sent to retry and dead-lettered (OpenTelemetry's
 * `messaging.process` as a count by outcome), and the consumer's lag: from the event happening
 * to its handling starting.
 */
function consumerMetrics(metrics: Metrics, queue: string): ConsumerMetrics {
  const processed = metrics.counter("messaging_process_messages_total", "Events taken from a queue, by outcome", [
    "messaging_destination_name",
    "event_type",
    "outcome",
  ]);
  const lag = metrics.histogram(
    "messaging_process_lag_seconds",
    "From an event happening to its consumer starting on it",
    ["messaging_destination_name"],
    [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300],
  );
  return {
    outcome: (eventType, outcome) =>
      processed.inc({ messaging_destination_name: queue, event_type: eventType, outcome }),
    lag: (event) =>
      lag.observe(
        { messaging_destination_name: queue },
        Math.max(0, (Date.now() - Date.parse(event.occurredAt)) / 1000),
      ),
  };
}
