import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { AnyEventEnvelope } from "@shopgraph/kernel";
import { BrokerConsumer, type BrokerConsumerOptions } from "@shopgraph/platform";
import { query, sql, uuidArray, type EntityManager, type Orm } from "@shopgraph/subgraph";

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

/** Handles several events (none handled before), in order, inside one transaction. */
export type EventBatchHandler = (events: AnyEventEnvelope[], em: EntityManager) => Promise<void>;

export interface EventConsumerOptions extends Omit<BrokerConsumerOptions, "handler" | "handleBatch"> {
  orm: Orm;
  handler: EventHandler;
  /**
   * For an `ordered` consumer: what handles the events waiting together (fewer statements than
   * `handler` once per event); without it, `handler` runs for each in the one transaction.
   */
  batchHandler?: EventBatchHandler;
}

/**
 * Consumes a durable queue exactly once per event into the service's database: the event id is
 * inserted into `processed_events` in the same transaction as the handler's writes, and the
 * message is acked only after that commit. A redelivered event finds its id and is acked without
 * running the handler again. Retries and dead letters are BrokerConsumer's.
 */
export class EventConsumer extends BrokerConsumer {
  constructor(options: EventConsumerOptions) {
    const once = handledOnce(options);
    super({
      ...options,
      handler: (event) => options.orm.em.fork().transactional((tx) => once(event, tx)),
      // An ordered consumer's waiting events share one transaction (and one commit).
      handleBatch: (events) =>
        options.orm.em.fork().transactional(async (tx) => {
          const fresh = await firstTime(tx, options.queue, events);
          if (options.batchHandler) await options.batchHandler(fresh, tx);
          else for (const event of fresh) await options.handler(event, tx);
        }),
    });
  }
}

/** The events not handled before, in their order, each now recorded as handled (one statement). */
async function firstTime(tx: EntityManager, queue: string, events: AnyEventEnvelope[]): Promise<AnyEventEnvelope[]> {
  const inserted = await query<{ event_id: string }>(
    tx,
    sql`insert into processed_events (event_id, consumer, processed_at)
        select id, ${queue}, now() from unnest(${uuidArray(events.map((event) => event.id))}) as id
        on conflict do nothing returning event_id`,
  );
  const fresh = new Set(inserted.map((row) => row.event_id));
  // The same event twice in one batch (a duplicate publish) is handled once.
  return events.filter((event) => fresh.delete(event.id));
}

function handledOnce({ queue, log, handler }: EventConsumerOptions): EventHandler {
  return async (event, tx) => {
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
  };
}
