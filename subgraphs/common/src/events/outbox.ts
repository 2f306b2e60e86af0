import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { EntityManager } from "../database.js";
import { currentRequestId } from "../logger.js";
import type { EventCatalog, EventEnvelope, EventType } from "./catalog.js";

export const OUTBOX_CHANNEL = "outbox";

/**
 * The trigger that wakes relays: NOTIFY is delivered at commit, once per inserting statement, so
 * a relay publishes within milliseconds instead of at its next poll. Producers' outbox migrations
 * run this SQL; the entity declares the trigger by name so that the schema diff (which never
 * alters existing triggers, see `ignoreTriggers` in database.ts) neither drops nor recreates it.
 */
export const OUTBOX_NOTIFY_TRIGGER_SQL = [
  `create or replace function outbox_notify() returns trigger language plpgsql as $$ begin perform pg_notify('${OUTBOX_CHANNEL}', ''); return null; end $$;`,
  `create trigger outbox_notify after insert on "outbox" for each statement execute function outbox_notify();`,
];

/**
 * The transactional outbox: an event is a row written in the same transaction as the change it
 * describes, so it exists exactly when the change does. The relay publishes rows in `sequence`
 * order and stamps `publishedAt`.
 */
@Entity({
  tableName: "outbox",
  triggers: [
    {
      name: "outbox_notify",
      timing: "after",
      events: ["insert"],
      forEach: "statement",
      expression: OUTBOX_NOTIFY_TRIGGER_SQL.join("\n"),
    },
  ],
})
@Index({
  name: "outbox_unpublished_index",
  expression: 'create index "outbox_unpublished_index" on "outbox" ("sequence") where "published_at" is null',
})
export class OutboxEvent {
  [OptionalProps]?: "sequence" | "publishedAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  /**
   * Publication order. Events of one aggregate are recorded by transactions that lock that
   * aggregate's row first, so their sequence numbers follow their commit order.
   */
  @Property({ type: "bigint", autoincrement: true, unique: true })
  sequence!: string;

  @Property({ type: "text" })
  type!: EventType;

  @Property({ type: "text" })
  aggregateId!: string;

  @Property({ type: "jsonb" })
  envelope!: EventEnvelope;

  @Property({ type: "timestamptz", nullable: true })
  publishedAt: Date | null = null;
}

/**
 * A new event's envelope. The request id becomes the correlation id, so one request can be
 * followed through every service's logs.
 */
export function eventEnvelope<T extends EventType>(type: T, data: EventCatalog[T]): EventEnvelope<T> {
  return {
    id: randomUUID(),
    type,
    occurredAt: new Date().toISOString(),
    correlationId: currentRequestId() ?? null,
    data,
  };
}

/** Adds the event to the unit of work; it is written by the caller's flush, inside its transaction. */
export function recordEvent<T extends EventType>(
  em: EntityManager,
  type: T,
  aggregateId: string,
  data: EventCatalog[T],
): EventEnvelope<T> {
  const envelope = eventEnvelope(type, data);
  em.create(OutboxEvent, { id: envelope.id, type, aggregateId, envelope: envelope as EventEnvelope });
  return envelope;
}
