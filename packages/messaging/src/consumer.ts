import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { AnyEventEnvelope } from "@shopgraph/kernel";
import { BrokerConsumer, type BrokerConsumerOptions, type IdempotentEventHandler } from "@shopgraph/platform";
import { query, sql, type EntityManager, type Orm } from "@shopgraph/subgraph";

/** The ids of events a consumer has handled: the unique key that makes redelivery harmless. */
@Entity({ tableName: "processed_events" })
export class ProcessedEvent {
  @PrimaryKey({ type: "uuid" })
  eventId!: string;

  @PrimaryKey({ type: "text" })
  consumer!: string;

  @Property({ type: "timestamptz" })
  processedAt: Date = new Date();
}

/**
 * Handles one event inside the consumer's transaction; throwing rolls it back and retries, or
 * dead-letters at once for a PermanentEventError.
 */
export type EventHandler = (event: AnyEventEnvelope, em: EntityManager) => Promise<void>;

export interface EventConsumerOptions extends Omit<BrokerConsumerOptions, "handler"> {
  orm: Orm;
  handler: EventHandler;
}

/**
 * Consumes a durable queue exactly once per event into the service's database: the event id is
 * inserted into `processed_events` in the same transaction as the handler's writes, and the
 * message is acked only after that commit. A redelivered event finds its id and is acked without
 * running the handler again. Retries and dead letters are BrokerConsumer's.
 */
export class EventConsumer extends BrokerConsumer {
  constructor(options: EventConsumerOptions) {
    super({ ...options, handler: recordingProcessed(options) });
  }
}

function recordingProcessed({ orm, queue, log, handler }: EventConsumerOptions): IdempotentEventHandler {
  return (event) =>
    orm.em.fork().transactional(async (tx) => {
      const inserted = await query<{ event_id: string }>(
        tx,
        sql`insert into processed_events (event_id, consumer, processed_at) values (${event.id}, ${queue}, now())
            on conflict do nothing returning event_id`,
      );
      if (inserted.length === 0) {
        log.debug({ eventId: event.id }, "event already processed");
        return;
      }
      await handler(event, tx);
    });
}
