import { connect, type Channel, type ChannelModel } from "amqplib";
import pg from "pg";
import { OUTBOX_TABLE } from "@shopgraph/messaging";
import { TEST_AMQP_URL } from "./amqp.js";
import { quietPool } from "./database.js";

/** What must be quiet before a test asserts that nothing more happens. */
export interface Settleable {
  /** Databases whose outbox must hold no unpublished row (one without an outbox table publishes nothing). */
  outboxes?: readonly string[];
  /**
   * Durable queues that must hold no ready message: a consumer's queue and its retry queues (a
   * failed event waits there for its delay). A queue not declared holds nothing.
   */
  queues?: readonly string[];
  /** In-process consumers and workers (EventConsumer, MailDispatcher...) that must be idle. */
  workers?: readonly { idle(): Promise<void> }[];
}

export interface SettleOptions {
  /**
   * How long every check must keep holding: covers what is between two places that are checked
   * (a message the broker sent to a consumer but the consumer has not received yet).
   */
  quietMs?: number;
  timeoutMs?: number;
}

/**
 * Waits until events stopped moving: every outbox drained, every queue empty, every worker idle,
 * and all of it still so `quietMs` later. Then a test may assert "no further event": whatever
 * those producers and consumers were going to do, they did.
 */
export async function settled(what: Settleable, options: SettleOptions = {}): Promise<void> {
  const { quietMs = 100, timeoutMs = 15_000 } = options;
  const databases = (what.outboxes ?? []).map((url) => quietPool(url, 1));
  const queues = new QueueDepths(what.queues ?? []);
  try {
    const deadline = Date.now() + timeoutMs;
    let quietSince: number | undefined;
    let quietChecks = 0;
    for (;;) {
      // Workers first: one that was busy may have written to an outbox or a retry queue since.
      const idle = Promise.all((what.workers ?? []).map((worker) => worker.idle()));
      if (!(await before(deadline, idle))) throw new Error(`not settled within ${timeoutMs} ms`);
      const quiet = (await queues.empty()) && (await outboxesDrained(databases));
      if (!quiet) {
        quietSince = undefined;
        quietChecks = 0;
      } else {
        quietSince ??= Date.now();
        quietChecks++;
        if (quietChecks >= 3 && Date.now() - quietSince >= quietMs) return;
      }
      if (Date.now() > deadline) throw new Error(`not settled within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await queues.close();
    await Promise.all(databases.map((pool) => pool.end()));
  }
}

/** Whether `work` finished before `deadline` (a stuck worker must not hang the test). */
async function before(deadline: number, work: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), deadline - Date.now())));
  try {
    return await Promise.race([work.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function outboxesDrained(databases: readonly pg.Pool[]): Promise<boolean> {
  const pending = await Promise.all(
    databases.map(async (pool) => {
      const [outbox] = (
        await pool.query<{ exists: boolean }>("select to_regclass($1) is not null as exists", [OUTBOX_TABLE])
      ).rows;
      if (!outbox?.exists) return 0;
      const { rows } = await pool.query<{ count: string }>(
        `select count(*) as count from "${OUTBOX_TABLE}" where published_at is null`,
      );
      return Number(rows[0]?.count ?? 0);
    }),
  );
  return pending.every((count) => count === 0);
}

/** Ready messages per queue, asked passively (a missing queue closes the channel: a new one is opened). */
class QueueDepths {
  private connection: Promise<ChannelModel> | undefined;
  private channel: Channel | undefined;
  /** Not declared at the first look: one settling does not see it declared later. */
  private readonly missing = new Set<string>();

  constructor(private readonly queues: readonly string[]) {}

  async empty(): Promise<boolean> {
    for (const queue of this.queues) {
      if (!this.missing.has(queue) && (await this.depth(queue)) > 0) return false;
    }
    return true;
  }

  private async depth(queue: string): Promise<number> {
    this.connection ??= connect(TEST_AMQP_URL);
    const connection = await this.connection;
    if (!this.channel) {
      this.channel = await connection.createChannel();
      // The broker closes the channel on a 404, which checkQueue rejects with; not an unhandled error.
      this.channel.on("error", () => undefined);
    }
    const channel = this.channel;
    try {
      return (await channel.checkQueue(queue)).messageCount;
    } catch (error) {
      this.channel = undefined;
      if ((error as { code?: number }).code !== 404) throw error;
      this.missing.add(queue);
      return 0;
    }
  }

  async close(): Promise<void> {
    if (this.connection) await (await this.connection).close();
  }
}
