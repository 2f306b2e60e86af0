import { MikroORM } from "@mikro-orm/postgresql";
import { type EventCatalog, type EventEnvelope, type EventType } from "@shopgraph/kernel";
import { OutboxEvent, OutboxRelay, recordEvent } from "@shopgraph/messaging";
import { createLogger } from "@shopgraph/platform";
import { ormOptions } from "@shopgraph/subgraph";
import { dropDatabase, freshDatabaseUrl } from "@shopgraph/testing";

/**
 * A producer in miniature: an outbox table in a database of its own and a real relay publishing
 * it, the way users and orders publish their events.
 */
export class TestProducer {
  private constructor(
    readonly url: string,
    readonly orm: MikroORM,
    readonly relay: OutboxRelay,
  ) {}

  static async start(options: { amqpUrl: string; exchange: string }): Promise<TestProducer> {
    const url = freshDatabaseUrl("producer");
    const orm = await MikroORM.init(ormOptions({ url, entities: [OutboxEvent], migrations: [] }));
    await orm.schema.ensureDatabase();
    await orm.schema.create();
    const log = createLogger("producer", process.env["TEST_LOG_LEVEL"] ?? "silent");
    const relay = new OutboxRelay({ orm, databaseUrl: url, ...options, log, pollIntervalMs: 500 });
    await relay.start();
    return new TestProducer(url, orm, relay);
  }

  /** Commits one event in its own transaction, as a producer's use case would. */
  async commit<T extends EventType>(type: T, aggregateId: string, data: EventCatalog[T]): Promise<EventEnvelope<T>> {
    return this.orm.em.fork().transactional(async (tx) => recordEvent(tx, type, aggregateId, data));
  }

  unpublished(): Promise<number> {
    return this.orm.em.fork().count(OutboxEvent, { publishedAt: null });
  }

  async close(): Promise<void> {
    await this.relay.stop();
    await this.orm.close();
    await dropDatabase(this.url);
  }
}
