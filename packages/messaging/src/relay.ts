import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
import type { ChannelModel, ConfirmChannel } from "amqplib";
import {
  amqpUserOf,
  assertExchange,
  openAmqpLink,
  reconnectWhenClosed,
  type AmqpLink,
  type Logger,
  contextFrom,
  SpanKind,
  trace,
  traceCarrier,
  tracer,
  type Metrics,
  type Span,
  type Worker,
} from "@shopgraph/platform";
import type { EventEnvelope } from "@shopgraph/kernel";
import { queryPrepared, sql, uuidArray, type Orm } from "@shopgraph/subgraph";
import { OUTBOX_CHANNEL } from "./outbox.js";
import { outboxMetrics } from "./outbox-metrics.js";

const relayWork = new AsyncLocalStorage<true>();

/**
 * Whether the caller runs inside a relay's batch: what counts a request's SQL statements (tests,
 * the bench) leaves out the relay's, which share the database on a schedule of their own.
 */
export const inRelayWork = (): boolean => relayWork.getStore() === true;

export interface OutboxRelayOptions {
  orm: Orm;
  /** The database the outbox lives in; the relay LISTENs there for new rows. */
  databaseUrl: string;
  amqpUrl: string;
  exchange: string;
  log: Logger;
  batchSize?: number;
  /** Safety net when a NOTIFY is missed (LISTEN connection down): poll this often. */
  pollIntervalMs?: number;
  /**
   * How long a transaction that published waits for the next event before it commits (default
   * 50 ms): under a steady stream, the next event is read without a new transaction's begin and lock.
   */
  lingerMs?: number;
  /** The outbox's backlog and what was published, for /metrics. */
  metrics?: Metrics;
}

/** Any 64-bit number works as long as every relay of one database uses the same one. */
const RELAY_LOCK_KEY = 0x5e4f_0b0c;

/**
 * Publishes outbox rows to RabbitMQ with publisher confirms, then marks them published. Each
 * batch runs in a transaction holding an advisory lock, so of several relay instances on one
 * database exactly one publishes at a time, in sequence order, and a row is marked only after the
 * broker confirmed it. A crash between confirm and commit republishes the batch: delivery is
 * at-least-once, and consumers are idempotent.
 */
export class OutboxRelay implements Worker {
  readonly name = "outbox relay";
  private channel: ConfirmChannel | undefined;
  private amqp: AmqpLink | undefined;
  private listener: pg.Client | undefined;
  private running = false;
  private draining: Promise<void> | undefined;
  private wakeRequested = false;
  /** Ends the wait of a transaction that lingers for the next event (see publishInOneTransaction). */
  private lingering: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly lingerMs: number;
  private readonly amqpUser: string;

  private readonly counted: { published(count: number): void } | undefined;

  constructor(private readonly options: OutboxRelayOptions) {
    this.amqpUser = amqpUserOf(options.amqpUrl);
    this.counted = options.metrics && outboxMetrics(options.metrics, options.orm);
    this.batchSize = options.batchSize ?? 200;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.lingerMs = options.lingerMs ?? 50;
  }

  async start(): Promise<void> {
    this.running = true;
    this.amqp = await openAmqpLink({
      url: this.options.amqpUrl,
      log: this.options.log,
      setup: (connection) => this.setupChannel(connection),
      onDisconnect: () => {
        this.channel = undefined;
      },
    });
    await this.listen();
    this.schedulePoll();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    this.lingering?.();
    await this.draining;
    await this.listener?.end().catch(() => undefined);
    await this.amqp?.close();
  }

  /** Publishes what is pending now (also called on NOTIFY and by the poll). */
  wake(): void {
    if (!this.running) return;
    if (this.draining) {
      this.wakeRequested = true;
      this.lingering?.();
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.wakeRequested) {
        this.wakeRequested = false;
        this.wake();
      }
    });
  }

  /** Resolves once nothing is pending or being published (tests and benchmarks wait on it). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async setupChannel(connection: ChannelModel): Promise<void> {
    const channel = await connection.createConfirmChannel();
    reconnectWhenClosed(connection, channel, this.options.log);
    await assertExchange(channel, this.options.exchange);
    this.channel = channel;
    this.wake();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.databaseUrl });
    client.on("notification", () => this.wake());
    client.on("error", (err) => {
      this.options.log.warn({ err }, "outbox LISTEN connection lost; polling until it is back");
      this.listener = undefined;
      setTimeout(() => this.running && void this.listen().catch(() => undefined), this.pollIntervalMs).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch (err) {
      this.options.log.warn({ err }, "cannot LISTEN for outbox rows; polling");
      await client.end().catch(() => undefined);
    }
  }

  private schedulePoll(): void {
    this.timer = setTimeout(() => {
      this.wake();
      if (this.running) this.schedulePoll();
    }, this.pollIntervalMs);
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    try {
      await relayWork.run(true, async () => {
        while (this.running && (await this.publishInOneTransaction()));
      });
    } catch (err) {
      this.options.log.warn({ err }, "outbox publish failed; will retry");
    }
  }

  /**
   * Publishes batch after batch in one transaction, holding the advisory lock, until nothing is
   * pending: each batch's mark and the next batch's read are one statement, so under a steady
   * stream of events a batch costs one round trip to the database (and one to the broker for
   * its confirms) rather than a transaction of five. Its statements are prepared (queryPrepared:
   * their few texts never vary, so Postgres plans each once per connection). Once it has
   * published something (so it holds the lock), it lingers `lingerMs` for the next NOTIFY before
   * it commits: an event that comes meanwhile is read at once, without a new transaction's begin
   * and lock. Ends the transaction after MAX_TRANSACTION_ROWS or MAX_TRANSACTION_MS (what a crash
   * before its commit republishes, and how long it holds back vacuum); returns true when it
   * stopped there with more to publish.
   */
  private async publishInOneTransaction(): Promise<boolean> {
    const channel = this.channel;
    if (!channel) return false;
    const em = this.options.orm.em.fork();
    return em.transactional(async (tx) => {
      const started = Date.now();
      let published = 0;
      let rows = await queryPrepared<OutboxRow>(
        tx,
        sql`with relay_lock as (select pg_try_advisory_xact_lock(${RELAY_LOCK_KEY}) as locked)
            select ${OUTBOX_COLUMNS} from "outbox", relay_lock
            where relay_lock.locked and "published_at" is null order by "sequence" limit ${this.batchSize}`,
      );
      const timeIsUp = () => Date.now() - started >= MAX_TRANSACTION_MS;
      for (;;) {
        while (rows.length > 0) {
          await this.publishRows(channel, rows);
          published += rows.length;
          this.counted?.published(rows.length);
          const ids = uuidArray(rows.map((row) => row.id));
          const mark = sql`update "outbox" set "published_at" = ${new Date()} where "id" = any(${ids})`;
          if (!this.running || published >= MAX_TRANSACTION_ROWS || timeIsUp()) {
            await queryPrepared(tx, mark);
            return this.running;
          }
          // The select sees the table as it was before the update: the rows just marked are left out by id.
          rows = await queryPrepared<OutboxRow>(
            tx,
            sql`with marked as (${mark})
                select ${OUTBOX_COLUMNS} from "outbox"
                where "published_at" is null and "id" <> all(${ids}) order by "sequence" limit ${this.batchSize}`,
          );
        }
        if (published === 0 || !this.running || timeIsUp() || !(await this.wokenWithin(this.lingerMs))) return false;
        rows = await queryPrepared<OutboxRow>(
          tx,
          sql`select ${OUTBOX_COLUMNS} from "outbox"
              where "published_at" is null order by "sequence" limit ${this.batchSize}`,
        );
      }
    });
  }

  /** True when woken (a NOTIFY, the poll) within `ms`, or since the last wake was taken; false on stop. */
  private wokenWithin(ms: number): Promise<boolean> {
    if (this.wakeRequested) {
      this.wakeRequested = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.lingering = undefined;
        resolve(false);
      }, ms);
      this.lingering = () => {
        clearTimeout(timer);
        this.lingering = undefined;
        this.wakeRequested = false;
        resolve(this.running);
      };
    });
  }

  /** Publishes `rows` in order and waits until the broker confirmed every one. */
  private async publishRows(channel: ConfirmChannel, rows: OutboxRow[]): Promise<void> {
    // Each publish is a span in the trace of the request that recorded the event; its context
    // goes with the message, for the consumer's span to continue.
    const spans = rows.map((row) => publishSpan(this.options.exchange, row.envelope));
    rows.forEach((row, i) => {
      channel.publish(this.options.exchange, row.type, Buffer.from(JSON.stringify(row.envelope)), {
        persistent: true,
        contentType: "application/json",
        messageId: row.envelope.id,
        // The broker checks it is this connection's user: consumers know who published it.
        userId: this.amqpUser,
        type: row.type,
        timestamp: Math.floor(Date.parse(row.envelope.occurredAt) / 1000),
        ...(row.envelope.correlationId ? { correlationId: row.envelope.correlationId } : {}),
        headers: traceCarrier(trace.setSpan(contextFrom(row.envelope.traceContext), spans[i]!)),
      });
    });
    try {
      await channel.waitForConfirms();
    } finally {
      for (const span of spans) span.end();
    }
  }
}

/** An outbox row as the relay reads it. */
interface OutboxRow {
  id: string;
  type: string;
  envelope: EventEnvelope;
}

const OUTBOX_COLUMNS = sql`"id", "type", "envelope"`;

/** One relay transaction publishes at most this many rows... */
const MAX_TRANSACTION_ROWS = 2_000;
/** ...and lasts about this long at most, so a long stream of events is committed as it goes. */
const MAX_TRANSACTION_MS = 1_000;

/** The PRODUCER span of one event's publish, a child of the span that recorded it (if traced). */
function publishSpan(exchange: string, envelope: EventEnvelope): Span {
  return tracer().startSpan(
    `publish ${envelope.type}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        "messaging.system": "rabbitmq",
        "messaging.operation.type": "send",
        "messaging.destination.name": exchange,
        "messaging.rabbitmq.destination.routing_key": envelope.type,
        "messaging.message.id": envelope.id,
      },
    },
    contextFrom(envelope.traceContext),
  );
}
