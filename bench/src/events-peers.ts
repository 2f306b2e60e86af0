/**
 * The notifications subgraph's neighbours in the events benchmark, each in a process of its own
 * so that neither takes the subgraph's event loop: `producer` (an outbox and the real relay, as
 * orders has) and `smtp` (the mail provider). They talk to the benchmark over IPC and stamp times
 * as `performance.timeOrigin + performance.now()`, comparable across processes on one machine.
 */
import { MikroORM } from "@mikro-orm/postgresql";
import { type EventCatalog, type EventType } from "@shopgraph/kernel";
import { OutboxEvent, OutboxRelay, recordEvent } from "@shopgraph/messaging";
import { createLogger } from "@shopgraph/platform";
import { ormOptions } from "@shopgraph/subgraph";
import { testOrder } from "@shopgraph/testing";
import { SMTPServer } from "smtp-server";

export const clock = () => performance.timeOrigin + performance.now();

export type ProducerCommand =
  | { kind: "users"; users: Array<{ userId: string; email: string; name: string }> }
  | { kind: "orders"; userIds: string[]; count: number; offset: number; ratePerSecond: number | null }
  | { kind: "stop" };

export type PeerMessage =
  | { kind: "ready"; port?: number }
  | { kind: "accepted"; notificationId: string; at: number }
  | { kind: "committed"; eventId: string; at: number }
  | { kind: "done"; statements: number };

const BURST_PRODUCERS = 8;

function tell(message: PeerMessage): void {
  process.send?.(message);
}

/** Accepts every message and reports when, by the notification id in its header. */
async function runSmtp(): Promise<void> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const at = clock();
        const id = /^X-Shopgraph-Notification: (\S+)/im.exec(Buffer.concat(chunks).toString("utf8"))?.[1];
        if (id) tell({ kind: "accepted", notificationId: id, at });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  tell({ kind: "ready", port: (server.server.address() as { port: number }).port });
  process.on("disconnect", () => server.close(() => process.exit(0)));
}

type Commit = () => Promise<void>;

/** Commits events one transaction each, as orders does, and reports each commit. */
async function runProducer(): Promise<void> {
  const databaseUrl = process.env["BENCH_OUTBOX_URL"]!;
  let statements = 0;
  const orm = await MikroORM.init(
    ormOptions({ url: databaseUrl, entities: [OutboxEvent], migrations: [], onQuery: () => statements++ }),
  );
  await orm.schema.ensureDatabase();
  await orm.schema.create();
  const relay = new OutboxRelay({
    orm,
    databaseUrl,
    amqpUrl: process.env["AMQP_URL"]!,
    exchange: process.env["EVENTS_EXCHANGE"]!,
    log: createLogger("bench-producer", "warn"),
  });
  await relay.start();

  const commit =
    <T extends EventType>(type: T, aggregateId: string, data: EventCatalog[T]): Commit =>
    async () => {
      const envelope = await orm.em.fork().transactional(async (tx) => recordEvent(tx, type, aggregateId, data));
      tell({ kind: "committed", eventId: envelope.id, at: clock() });
    };

  const paced = async (commits: Commit[], ratePerSecond: number) => {
    const start = performance.now();
    const pending: Promise<void>[] = [];
    for (const [index, next] of commits.entries()) {
      const due = start + (index * 1000) / ratePerSecond;
      if (due > performance.now()) await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
      pending.push(next());
    }
    await Promise.all(pending);
  };
  const burst = async (commits: Commit[]) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: BURST_PRODUCERS }, async () => {
        while (next < commits.length) await commits[next++]!();
      }),
    );
  };

  process.on("message", async (command: ProducerCommand) => {
    const before = statements;
    if (command.kind === "stop") {
      await relay.stop();
      await orm.close();
      process.exit(0);
    } else if (command.kind === "users") {
      await Promise.all(command.users.map((user) => commit("user.registered", user.userId, user)()));
    } else {
      // Each order placed, then paid.
      const commits: Commit[] = [];
      for (let n = 0; commits.length < command.count; n++) {
        const data = testOrder(command.userIds[n % command.userIds.length]!, { number: `B-${command.offset + n}` });
        commits.push(commit("order.placed", data.orderId, data));
        const transition = {
          from: "PENDING_PAYMENT",
          to: "PAID",
          at: new Date().toISOString(),
          by: null,
          reason: null,
        };
        commits.push(commit("order.status_changed", data.orderId, { ...data, status: "PAID", transition }));
      }
      commits.length = command.count;
      await (command.ratePerSecond ? paced(commits, command.ratePerSecond) : burst(commits));
    }
    tell({ kind: "done", statements: statements - before });
  });
  tell({ kind: "ready" });
}

if (import.meta.main) {
  await (process.argv[2] === "smtp" ? runSmtp() : runProducer());
}
