import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { EventCatalog, EventEnvelope, EventType } from "@shopgraph/kernel";
import { currentRequestId, traceCarrier } from "@shopgraph/platform";
import { emptySql, identifier, joinSql, jsonb, sql, type EntityManager, type Sql } from "@shopgraph/subgraph";

export const OUTBOX_CHANNEL = "outbox";
export const OUTBOX_TABLE = "outbox";

/**
 * The trigger that wakes relays: NOTIFY is delivered at commit, once per inserting statement, so
 * a relay publishes within milliseconds instead of at its next poll. Producers' outbox migrations
 * run this SQL; the entity declares the trigger by name so that the schema diff (which never
 * alters existing triggers, see `ignoreTriggers` in the subgraph package's database.ts) neither drops nor recreates it.
 */
export const OUTBOX_NOTIFY_TRIGGER_SQL = [
  `create or replace function outbox_notify() returns trigger language plpgsql as $$ begin perform pg_notify('${OUTBOX_CHANNEL}', ''); return null; end $$;`,
  `create trigger outbox_notify after insert on "${OUTBOX_TABLE}" for each statement execute function outbox_notify();`,
];

/**
 * The columns a new event fills in (the database numbers it and it is not published yet), named
 * here once: the entity takes its column names from this, and `insertOutboxEvent` writes them, so
 * SQL that records an event inside a larger statement cannot drift from the table.
 */
export const OUTBOX_INSERT_COLUMNS = {
  id: "id",
  type: "type",
  aggregateId: "aggregate_id",
  envelope: "envelope",
} as const satisfies Record<NewEventProperty, string>;

/** What a new event must be given: every property the entity does not declare optional. */
type NewEventProperty = Exclude<
  keyof OutboxEvent,
  typeof OptionalProps | NonNullable<OutboxEvent[typeof OptionalProps]>
>;

/**
 * The transactional outbox: an event is a row written in the same transaction as the change it
 * describes, so it exists exactly when the change does. The relay publishes rows in `sequence`
 * order and stamps `publishedAt`.
 */
@Entity({
  tableName: OUTBOX_TABLE,
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

  @PrimaryKey({ type: "uuid", fieldName: OUTBOX_INSERT_COLUMNS.id })
  id: string = randomUUID();

  /**
   * Publication order. Events of one aggregate are recorded by transactions that lock that
   * aggregate's row first, so their sequence numbers follow their commit order.
   */
  @Property({ type: "bigint", autoincrement: true, unique: true })
  sequence!: string;

  @Property({ type: "text", fieldName: OUTBOX_INSERT_COLUMNS.type })
  type!: EventType;

  @Property({ type: "text", fieldName: OUTBOX_INSERT_COLUMNS.aggregateId })
  aggregateId!: string;

  @Property({ type: "jsonb", fieldName: OUTBOX_INSERT_COLUMNS.envelope })
  envelope!: EventEnvelope;

  @Property({ type: "timestamptz", nullable: true })
  publishedAt: Date | null = null;
}

/**
 * A new event's envelope. The request id becomes the correlation id, so one request can be
 * followed through every service's logs.
 */
export function eventEnvelope<T extends EventType>(type: T, data: EventCatalog[T]): EventEnvelope<T> {
  const traceContext = traceCarrier();
  return {
    id: randomUUID(),
    type,
    occurredAt: new Date().toISOString(),
    correlationId: currentRequestId() ?? null,
    ...(Object.keys(traceContext).length > 0 ? { traceContext } : {}),
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

export interface OutboxInsert {
  /** The aggregate's id: a value, or an expression over the rows of `from`. */
  aggregateId: string | Sql;
  /** Rows to record the event for, once each (e.g. a CTE that may be empty); by default once. */
  from?: Sql;
  /** Completes the stored envelope (a jsonb expression) with what only the statement knows. */
  envelope?: (stored: Sql) => Sql;
}

/**
 * The SQL that records an event as part of a hand-written statement (e.g. a CTE that writes
 * with it), for where `recordEvent` and a flush cannot: the same row `recordEvent` writes.
 */
export function insertOutboxEvent(envelope: EventEnvelope, options: OutboxInsert): Sql {
  const stored = jsonb(envelope);
  const values: Record<keyof typeof OUTBOX_INSERT_COLUMNS, Sql> = {
    id: sql`${envelope.id}::uuid`,
    type: sql`${envelope.type}`,
    aggregateId: typeof options.aggregateId === "string" ? sql`${options.aggregateId}` : options.aggregateId,
    envelope: options.envelope ? options.envelope(stored) : stored,
  };
  const keys = Object.keys(OUTBOX_INSERT_COLUMNS) as (keyof typeof OUTBOX_INSERT_COLUMNS)[];
  const columns = joinSql(
    keys.map((key) => identifier(OUTBOX_INSERT_COLUMNS[key])),
    ", ",
  );
  const row = joinSql(
    keys.map((key) => values[key]),
    ", ",
  );
  const from = options.from ? sql` from ${options.from}` : emptySql;
  return sql`insert into ${identifier(OUTBOX_TABLE)} (${columns}) select ${row}${from}`;
}
