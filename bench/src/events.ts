/**
 * Events scenario of `npm run bench` (also `node bench/dist/events.js` on its own): order events
 * committed to a producer's outbox and published by the real relay, consumed by the notifications
 * subgraph (in this process) and mailed to an SMTP server. The producer and the SMTP server run
 * in processes of their own (events-peers.ts). Measured per event: producer commit -> consumer
 * commit, and producer commit -> SMTP server accepted the mail.
 *
 * Two phases of BENCH_EVENTS (2,000) order events each (each order placed, then paid): a steady
 * BENCH_EVENTS_RATE (100) per second, for latency below saturation, then all at once, for
 * throughput. BENCH_MAIL_CONNECTIONS (5) is the SMTP pool size. Fresh databases, exchange and
 * queues, removed at the end. Every figure moves with other load on the machine: the report gives
 * the load average and the CPU and SQL statements per event, which move less.
 */
import { fork, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import {
  amqpUserOf,
  createLogger,
  deleteConsumerTopology,
  envReader,
  mailTokenKey,
  orderLinkKey,
} from "@shopgraph/platform";
import { readWebhooksConfig, startNotificationsSubgraph, type NotificationsConfig } from "@shopgraph/notifications";
import { connect } from "amqplib";
import pg from "pg";
import { clock, type PeerMessage, type ProducerCommand } from "./events-peers.js";
import { percentile, round } from "./stats.js";
import { runScenario, writeResults } from "./results.js";
import { accessTokenKeyPair } from "./stack-setup.js";

const EVENTS = Number(process.env["BENCH_EVENTS"] ?? 2_000);
const RATE = Number(process.env["BENCH_EVENTS_RATE"] ?? 100);
const USERS = 50;
const POSTGRES_URL = process.env["POSTGRES_URL"] ?? "postgres://postgres@127.0.0.1:5432";
const AMQP_URL = process.env["AMQP_URL"] ?? "amqp://guest:guest@127.0.0.1:5672";
const TARGETS = { consumerP99Ms: 100, smtpP99Ms: 250 };
const cpus = availableParallelism();

/** Per event: producer commit, consumer commit; per notification: SMTP acceptances. */
const committedAt = new Map<string, number>();
const consumedAt = new Map<string, number>();
const acceptedAt = new Map<string, number>();
const mailsPerNotification = new Map<string, number>();
let notificationStatements = 0;

interface Peer {
  child: ChildProcess;
  ready: Promise<PeerMessage>;
  /** Resolves with the next `done` message. */
  done(): Promise<number>;
}

function startPeer(role: "producer" | "smtp", env: Record<string, string>): Peer {
  const child = fork(join(import.meta.dirname, "events-peers.js"), [role], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let onDone: ((statements: number) => void) | undefined;
  let onReady: (message: PeerMessage) => void = () => undefined;
  const ready = new Promise<PeerMessage>((resolve, reject) => {
    onReady = resolve;
    child.once("exit", (code) => reject(new Error(`${role} exited (${code}) before it was ready`)));
  });
  child.on("message", (message: PeerMessage) => {
    if (message.kind === "ready") onReady(message);
    else if (message.kind === "committed") committedAt.set(message.eventId, message.at);
    else if (message.kind === "accepted") {
      if (!acceptedAt.has(message.notificationId)) acceptedAt.set(message.notificationId, message.at);
      mailsPerNotification.set(message.notificationId, (mailsPerNotification.get(message.notificationId) ?? 0) + 1);
    } else onDone?.(message.statements);
  });
  return { child, ready, done: () => new Promise((resolve) => (onDone = resolve)) };
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** User + system CPU ms of a process so far (Linux /proc; clock ticks of 10 ms). */
function cpuMsOf(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? NaN) };
}

interface Lookups {
  /** notification id -> event id, for these events. */
  notificationsOf(eventIds: string[]): Promise<Map<string, string>>;
  /** event id -> when the relay marked it published (epoch ms). */
  publishedAt(eventIds: string[]): Promise<Map<string, number>>;
}

interface PhaseResult {
  phase: string;
  events: number;
  /** One-minute load average of the machine before and after: other work slows everything. */
  load: [number, number];
  /** Events per second committed by the producer, committed by the consumer, mailed. */
  committedPerSecond: number;
  consumedPerSecond: number;
  mailedPerSecond: number;
  relayMs: ReturnType<typeof stats>;
  consumerMs: ReturnType<typeof stats>;
  /** The consumer's own share: from the relay marking the event published to the consumer's commit. */
  consumerAfterRelayMs: ReturnType<typeof stats>;
  /** The dispatcher's share: from the consumer's commit to the SMTP server accepting the mail. */
  smtpAfterConsumerMs: ReturnType<typeof stats>;
  smtpMs: ReturnType<typeof stats>;
  duplicateMails: number;
  /** CPU per event of each process: notifications (consumer, dispatcher, mail), producer, SMTP server. */
  cpuMsPerEvent: { notifications: number; producer: number; smtp: number };
  sqlPerEvent: { notifications: number; producer: number };
}

async function runPhase(
  phase: string,
  peers: { producer: Peer; smtp: Peer },
  command: Extract<ProducerCommand, { kind: "orders" }>,
  lookups: Lookups,
): Promise<PhaseResult> {
  const { producer, smtp } = peers;
  const committedBefore = new Set(committedAt.keys());
  const mailsBefore = acceptedAt.size;
  const statementsBefore = notificationStatements;
  const loadBefore = loadavg()[0]!;
  const cpuBefore = process.cpuUsage();
  const peersCpuBefore = [cpuMsOf(producer.child.pid), cpuMsOf(smtp.child.pid)];
  const start = clock();
  const done = producer.done();
  producer.child.send(command);
  const producerStatements = await done;
  const ids = [...committedAt.keys()].filter((id) => !committedBefore.has(id));
  await waitFor(() => ids.every((id) => consumedAt.has(id)), `${phase}: consumer commits`);
  await waitFor(() => acceptedAt.size >= mailsBefore + ids.length, `${phase}: mails`);
  const cpu = process.cpuUsage(cpuBefore);
  const peersCpu = [cpuMsOf(producer.child.pid), cpuMsOf(smtp.child.pid)].map((ms, i) => ms - peersCpuBefore[i]!);
  const loadAfter = loadavg()[0]!;
  const statements = notificationStatements - statementsBefore;
  const notificationOfEvent = new Map([...(await lookups.notificationsOf(ids))].map(([id, eventId]) => [eventId, id]));
  const published = await lookups.publishedAt(ids);
  if (!ids.every((id) => acceptedAt.has(notificationOfEvent.get(id) ?? ""))) {
    throw new Error(`${phase}: not every event made exactly one notification that was mailed`);
  }
  const last = (times: number[]) => Math.max(...times);
  const perSecond = (end: number) => Math.round((ids.length * 1000) / (end - start));
  const perEvent = (ms: number) => round(ms / ids.length, 2);
  return {
    phase,
    events: ids.length,
    load: [round(loadBefore), round(loadAfter)],
    committedPerSecond: perSecond(last(ids.map((id) => committedAt.get(id)!))),
    consumedPerSecond: perSecond(last(ids.map((id) => consumedAt.get(id)!))),
    mailedPerSecond: perSecond(last(ids.map((id) => acceptedAt.get(notificationOfEvent.get(id)!)!))),
    relayMs: stats(ids.map((id) => published.get(id)! - committedAt.get(id)!)),
    consumerMs: stats(ids.map((id) => consumedAt.get(id)! - committedAt.get(id)!)),
    consumerAfterRelayMs: stats(ids.map((id) => consumedAt.get(id)! - published.get(id)!)),
    smtpAfterConsumerMs: stats(ids.map((id) => acceptedAt.get(notificationOfEvent.get(id)!)! - consumedAt.get(id)!)),
    smtpMs: stats(ids.map((id) => acceptedAt.get(notificationOfEvent.get(id)!)! - committedAt.get(id)!)),
    duplicateMails: ids.reduce((sum, id) => sum + (mailsPerNotification.get(notificationOfEvent.get(id)!)! - 1), 0),
    cpuMsPerEvent: {
      notifications: perEvent((cpu.user + cpu.system) / 1000),
      producer: perEvent(peersCpu[0]!),
      smtp: perEvent(peersCpu[1]!),
    },
    sqlPerEvent: {
      notifications: round(statements / ids.length, 2),
      producer: round(producerStatements / ids.length, 2),
    },
  };
}

function report(results: PhaseResult[]): string {
  const triple = (s: ReturnType<typeof stats>) => `${s.p50} / ${s.p99} / ${s.max} ms`;
  const lines = [
    "",
    `events: ${EVENTS} order events per phase (each order placed, then paid) for ${USERS} users`,
    "  latencies are p50 / p99 / max from the producer's commit",
  ];
  for (const r of results) {
    lines.push(
      "",
      `  ${r.phase} (load average ${r.load[0]} -> ${r.load[1]} on ${String(cpus)} cores)`,
      `    events/s          committed ${r.committedPerSecond}, consumed ${r.consumedPerSecond}, mailed ${r.mailedPerSecond}`,
      `    published (relay) ${triple(r.relayMs)}`,
      `    consumer commit   ${triple(r.consumerMs)}`,
      `    SMTP accepted     ${triple(r.smtpMs)}`,
      `    shares            relay-published -> consumer commit ${triple(r.consumerAfterRelayMs)}; consumer commit -> SMTP ${triple(r.smtpAfterConsumerMs)}`,
      `    CPU ms/event      notifications ${r.cpuMsPerEvent.notifications}, producer+relay ${r.cpuMsPerEvent.producer}, SMTP server ${r.cpuMsPerEvent.smtp}`,
      `    SQL/event         notifications ${r.sqlPerEvent.notifications}, producer+relay ${r.sqlPerEvent.producer}; duplicate mails ${r.duplicateMails}`,
    );
  }
  const steady = results[0];
  if (steady) {
    const verdict = (value: number, target: number) =>
      `${value} ms (target < ${target}: ${value < target ? "met" : "MISSED"})`;
    lines.push(
      "",
      `  steady-rate p99: to consumer commit ${verdict(steady.consumerMs.p99, TARGETS.consumerP99Ms)}, ` +
        `to SMTP accepted ${verdict(steady.smtpMs.p99, TARGETS.smtpP99Ms)}`,
    );
  }
  return lines.join("\n");
}

export async function runEventsBench(): Promise<void> {
  const suffix = randomBytes(4).toString("hex");
  const databases = [`${POSTGRES_URL}/bench_notifications_${suffix}`, `${POSTGRES_URL}/bench_outbox_${suffix}`];
  const exchange = `bench.events.${suffix}`;
  const queue = `bench.notifications.${suffix}`;
  const cleanup: Array<() => Promise<unknown>> = [];
  try {
    const smtp = startPeer("smtp", {});
    cleanup.push(async () => smtp.child.kill());
    const { port } = (await smtp.ready) as { port: number };
    const { publicKey } = accessTokenKeyPair();
    const config: NotificationsConfig = {
      nodeEnv: "production",
      logLevel: "warn",
      host: "127.0.0.1",
      port: 0,
      jwtPublicKey: publicKey,
      serviceTokenSecret: randomBytes(32).toString("hex"),
      jwtIssuer: "shopgraph",
      requestSigningSecret: randomBytes(32).toString("hex"),
      allowUnsignedRequests: false,
      migrateOnStart: true,
      databaseUrl: databases[0]!,
      databasePoolSize: Number(process.env["BENCH_POOL"] ?? 25),
      events: {
        amqpUrl: AMQP_URL,
        exchange,
        publishers: { users: amqpUserOf(AMQP_URL), orders: amqpUserOf(AMQP_URL) },
        queue,
        retryDelaysMs: [1_000, 10_000, 60_000],
        prefetch: Number(process.env["BENCH_PREFETCH"] ?? 20),
      },
      mail: {
        smtpUrl: `smtp://127.0.0.1:${port}`,
        from: "Shopgraph <no-reply@shopgraph.local>",
        dir: join(tmpdir(), "bench-mail-unused"),
        sinkPort: 0,
        maxAttempts: 5,
        retryBaseMs: 2_000,
        retryMaxMs: 300_000,
        pollIntervalMs: 5_000,
        batchSize: 50,
        connections: Number(process.env["BENCH_MAIL_CONNECTIONS"] ?? 5),
        claimTimeoutMs: 120_000,
        shopName: "Shopgraph",
        shopUrl: "http://localhost:4000",
        confirmationHoldMs: 0,
        tokenKey: mailTokenKey(randomBytes(32).toString("hex")),
        orderLinkKey: orderLinkKey(randomBytes(32).toString("hex")),
      },
      // No endpoint is registered here: webhooks record nothing (bench/src/webhooks.ts measures them).
      webhooks: {
        ...readWebhooksConfig(envReader({}), "test"),
        queue: `${queue}.webhooks`,
        secretKey: randomBytes(32).toString("hex"),
      },
    };
    const notifications = await startNotificationsSubgraph(config, {
      log: createLogger("bench-notifications", "warn"),
      onQuery: () => notificationStatements++,
      afterCommit: (event) => {
        if (!consumedAt.has(event.id)) consumedAt.set(event.id, clock());
      },
    });
    cleanup.push(async () => {
      const connection = await connect(AMQP_URL);
      const channel = await connection.createChannel();
      await deleteConsumerTopology(channel, { ...config.events, bindings: [] });
      await deleteConsumerTopology(channel, { ...config.events, queue: config.webhooks.queue, bindings: [] });
      await channel.deleteExchange(exchange);
      await connection.close();
    });
    cleanup.push(() => notifications.close());
    await waitFor(() => notifications.consumer.connected, "the consumer to connect", 10_000);

    const producer = startPeer("producer", {
      BENCH_OUTBOX_URL: databases[1]!,
      AMQP_URL,
      EVENTS_EXCHANGE: exchange,
    });
    cleanup.push(async () => {
      producer.child.send({ kind: "stop" } satisfies ProducerCommand);
      await new Promise((resolve) => producer.child.once("exit", resolve));
    });
    await producer.ready;

    const outbox = new pg.Client({ connectionString: databases[1] });
    await outbox.connect();
    cleanup.push(() => outbox.end());
    const lookups: Lookups = {
      async notificationsOf(eventIds) {
        const rows = await notifications.orm.em
          .fork()
          .execute<{ id: string; event_id: string }[]>("select id, event_id from notifications where event_id in (?)", [
            eventIds,
          ]);
        return new Map(rows.map((row) => [row.id, row.event_id]));
      },
      async publishedAt(eventIds) {
        // The relay marks rows in a transaction it keeps open a while for the next event (its
        // linger): the consumer can be done with an event before that mark is committed.
        let rows: { id: string; published_at: Date }[] = [];
        await waitFor(async () => {
          ({ rows } = await outbox.query<{ id: string; published_at: Date }>(
            "select id, published_at from outbox where id = any($1::uuid[]) and published_at is not null",
            [eventIds],
          ));
          return rows.length === eventIds.length;
        }, "the relay to commit its marks");
        return new Map(rows.map((row) => [row.id, row.published_at.getTime()]));
      },
    };

    console.log(`events: projecting ${USERS} users, then ${EVENTS} order events at ${RATE}/s, then all at once...`);
    const users = Array.from({ length: USERS }, (_, n) => ({
      userId: randomUUID(),
      email: `bench${n}@example.com`,
      name: `Shopper ${n}`,
    }));
    const projected = producer.done();
    producer.child.send({ kind: "users", users } satisfies ProducerCommand);
    await projected;
    await waitFor(() => acceptedAt.size === USERS, "the welcome mails");

    const userIds = users.map((user) => user.userId);
    const results = [
      await runPhase(
        `steady ${RATE}/s`,
        { producer, smtp },
        { kind: "orders", userIds, count: EVENTS, offset: 0, ratePerSecond: RATE },
        lookups,
      ),
      await runPhase(
        "burst",
        { producer, smtp },
        { kind: "orders", userIds, count: EVENTS, offset: EVENTS, ratePerSecond: null },
        lookups,
      ),
    ];
    const text = report(results);
    console.log(text);
    writeResults("events-", { events: EVENTS, rate: RATE, results }, text);
  } finally {
    for (const step of cleanup.reverse()) await step().catch((error: unknown) => console.error(error));
    const client = new pg.Client({ connectionString: `${POSTGRES_URL}/postgres` });
    await client.connect();
    for (const url of databases) {
      await client.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    }
    await client.end();
  }
}

if (import.meta.main) await runScenario(runEventsBench);
