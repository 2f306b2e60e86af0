/**
 * Webhooks scenario of `npm run bench` (also `node bench/dist/webhooks.js` on its own): order
 * events committed to a producer's outbox and published by the real relay, recorded by the
 * notifications subgraph's webhooks consumer and POSTed, signed, to a partner's endpoint (a
 * node:http server on 127.0.0.1). Measured per event: producer commit -> the endpoint received
 * the POST, at a steady BENCH_WEBHOOK_RATE (100) events per second, BENCH_WEBHOOK_EVENTS (1,000)
 * events (orders placed, then paid), to BENCH_WEBHOOK_ENDPOINTS (1) endpoints subscribed to both.
 *
 * Producer, relay, subgraph and receiver share this process (one event loop): the figures include
 * that contention. Fresh databases, exchange and queues, removed at the end.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { loadavg } from "node:os";
import { MikroORM } from "@mikro-orm/postgresql";
import { Role, toGlobalId, type EventCatalog, type EventType } from "@shopgraph/kernel";
import { OutboxEvent, OutboxRelay, recordEvent } from "@shopgraph/messaging";
import { startNotificationsSubgraph, type NotificationsConfig } from "@shopgraph/notifications";
import { createLogger, deleteConsumerTopology, mailTokenKey, orderLinkKey } from "@shopgraph/platform";
import { ormOptions } from "@shopgraph/subgraph";
import {
  dropDatabase,
  eventually,
  freshDatabaseUrl,
  graphqlClient,
  TEST_AMQP_URL,
  TEST_EVENT_PUBLISHERS,
  testAccessToken,
  testBaseConfig,
  testOrder,
} from "@shopgraph/testing";
import { connect } from "amqplib";
import { runScenario, writeResults } from "./results.js";
import { percentile, round } from "./stats.js";

const EVENTS = Number(process.env["BENCH_WEBHOOK_EVENTS"] ?? 1_000);
const RATE = Number(process.env["BENCH_WEBHOOK_RATE"] ?? 100);
const ENDPOINTS = Number(process.env["BENCH_WEBHOOK_ENDPOINTS"] ?? 1);

const clock = () => performance.timeOrigin + performance.now();

export async function runWebhooksBench(): Promise<void> {
  const suffix = randomBytes(4).toString("hex");
  const notificationsUrl = freshDatabaseUrl("bench_webhooks");
  const outboxUrl = freshDatabaseUrl("bench_webhooks_outbox");
  const exchange = `bench.webhooks.${suffix}`;
  const queue = `bench.notifications.${suffix}`;
  const cleanup: Array<() => Promise<unknown>> = [];
  const committedAt = new Map<string, number>();
  /** Per endpoint path: event ids in arrival order, and each arrival's time. */
  const arrivals = new Map<string, { eventId: string; at: number }[]>();
  try {
    const receiver = createServer((req, res) => {
      const at = clock();
      const eventId = String(req.headers["shopgraph-event-id"]);
      req.resume().on("end", () => {
        const list = arrivals.get(req.url ?? "") ?? [];
        list.push({ eventId, at });
        arrivals.set(req.url ?? "", list);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    cleanup.push(() => new Promise((resolve) => receiver.close(resolve)));
    const port = (receiver.address() as { port: number }).port;

    const config: NotificationsConfig = {
      ...testBaseConfig({ logLevel: "warn" }),
      databaseUrl: notificationsUrl,
      databasePoolSize: 10,
      events: {
        amqpUrl: TEST_AMQP_URL,
        publishers: TEST_EVENT_PUBLISHERS,
        exchange,
        queue,
        retryDelaysMs: [1_000, 10_000, 60_000],
        prefetch: 20,
      },
      mail: {
        smtpUrl: undefined,
        from: "Shopgraph <no-reply@shopgraph.local>",
        dir: `/tmp/bench-webhooks-mail-${suffix}`,
        tokenKey: mailTokenKey(randomBytes(32).toString("hex")),
        orderLinkKey: orderLinkKey(randomBytes(32).toString("hex")),
        sinkPort: 0,
        maxAttempts: 5,
        retryBaseMs: 2_000,
        retryMaxMs: 300_000,
        pollIntervalMs: 5_000,
        batchSize: 50,
        connections: 5,
        claimTimeoutMs: 120_000,
        shopName: "Shopgraph",
        shopUrl: "http://localhost:4000",
        confirmationHoldMs: 0,
      },
      webhooks: {
        queue: `${queue}.webhooks`,
        secretKey: randomBytes(32).toString("hex"),
        requireHttps: false,
        // The bench's endpoint listens on 127.0.0.1, as in development.
        allowPrivateNetworks: true,
        timeoutMs: 10_000,
        retryBaseMs: 10_000,
        retryMaxMs: 3_600_000,
        retryWindowMs: 86_400_000,
        concurrency: 20,
        claimTimeoutMs: 120_000,
        pollIntervalMs: 5_000,
      },
    };
    // Dropped last, and even when starting fails (the database may exist by then).
    cleanup.push(() => dropDatabase(notificationsUrl));
    cleanup.push(() => dropDatabase(outboxUrl));
    const notifications = await startNotificationsSubgraph(config, { log: createLogger("bench-webhooks", "warn") });
    cleanup.push(async () => {
      const connection = await connect(TEST_AMQP_URL);
      const channel = await connection.createChannel();
      for (const name of [config.events.queue, config.webhooks.queue]) {
        await deleteConsumerTopology(channel, { ...config.events, queue: name, bindings: [] });
      }
      await channel.deleteExchange(exchange);
      await connection.close();
    });
    cleanup.push(() => notifications.close());
    await eventually(() => notifications.webhookConsumer.connected, 10_000);

    const producer = await MikroORM.init(ormOptions({ url: outboxUrl, entities: [OutboxEvent], migrations: [] }));
    await producer.schema.ensureDatabase();
    await producer.schema.create();
    const relay = new OutboxRelay({
      orm: producer,
      databaseUrl: outboxUrl,
      amqpUrl: TEST_AMQP_URL,
      exchange,
      log: createLogger("bench-producer", "warn"),
    });
    await relay.start();
    cleanup.push(() => producer.close());
    cleanup.push(() => relay.stop());
    const commit = async <T extends EventType>(type: T, aggregateId: string, data: EventCatalog[T]) => {
      const envelope = await producer.em.fork().transactional((tx) => recordEvent(tx, type, aggregateId, data));
      committedAt.set(envelope.id, clock());
      return envelope;
    };

    const appId = randomUUID();
    await producer.em
      .fork()
      .transactional((tx) =>
        recordEvent(tx, "partner_app.changed", appId, { appId, name: "Bench", disabled: false, deleted: false }),
      );
    const admin = graphqlClient(notifications.url, testAccessToken({ role: Role.ADMIN }));
    for (let n = 0; n < ENDPOINTS; n++) {
      await eventually(async () => {
        const response = await admin<{ createWebhookEndpoint: { endpoint: { id: string } | null } }>(
          `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }`,
          {
            input: {
              appId: toGlobalId("PartnerApp", appId),
              url: `http://127.0.0.1:${port}/endpoint-${n}`,
              events: ["order.placed", "order.status_changed"],
            },
          },
        );
        return response.data?.createWebhookEndpoint.endpoint ?? false;
      }, 10_000);
    }

    console.log(`webhooks: ${EVENTS} order events at ${RATE}/s to ${ENDPOINTS} endpoint(s)...`);
    const load = loadavg()[0]!;
    const cpuBefore = process.cpuUsage();
    const started = clock();
    const commits: Promise<unknown>[] = [];
    /** Each order's placed and paid event ids: the paid one must arrive after the placed one. */
    const pairs: [Promise<string>, Promise<string>][] = [];
    const at = (n: number) =>
      new Promise((resolve) => setTimeout(resolve, Math.max(0, started + (n * 1000) / RATE - clock())));
    for (let n = 0; n + 1 < EVENTS; n += 2) {
      await at(n);
      const orderData = testOrder(randomUUID());
      const placed = commit("order.placed", orderData.orderId, orderData).then((envelope) => envelope.id);
      // Paid one slot later, and never before the placed event is committed.
      const paid = Promise.all([placed, at(n + 1)]).then(() =>
        commit("order.status_changed", orderData.orderId, {
          ...orderData,
          status: "PAID",
          transition: { from: "PENDING_PAYMENT", to: "PAID", at: new Date().toISOString(), by: null, reason: null },
        }).then((envelope) => envelope.id),
      );
      commits.push(placed, paid);
      pairs.push([placed, paid]);
    }
    await Promise.all(commits);
    const expected = commits.length * ENDPOINTS;
    await eventually(() => [...arrivals.values()].reduce((sum, list) => sum + list.length, 0) >= expected, 120_000);
    const elapsedS = (clock() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    // The whole process (producer, relay, subgraph, receiver): CPU moves less with the machine's load than time does.
    const cpuMsPerEvent = (cpu.user + cpu.system) / 1000 / commits.length;

    const latencies: number[] = [];
    let duplicates = 0;
    let outOfOrder = 0;
    const resolvedPairs = await Promise.all(pairs.map((pair) => Promise.all(pair)));
    for (const list of arrivals.values()) {
      const position = new Map<string, number>();
      list.forEach(({ eventId, at: arrived }, index) => {
        if (position.has(eventId)) duplicates++;
        else position.set(eventId, index);
        latencies.push(arrived - committedAt.get(eventId)!);
      });
      for (const [placed, paid] of resolvedPairs) {
        if ((position.get(placed) ?? Infinity) > (position.get(paid) ?? -1)) outOfOrder++;
      }
    }
    latencies.sort((a, b) => a - b);
    // Where the time goes: commit -> the webhooks consumer recorded the delivery -> the POST.
    const stages = await notifications.orm.em
      .fork()
      .execute<{ event_id: string; created_at: string; last_attempt_at: string }[]>(
        "select event_id, created_at, last_attempt_at from webhook_deliveries",
      );
    const published = await producer.em
      .fork()
      .execute<{ id: string; published_at: string }[]>(
        "select id, published_at from outbox where published_at is not null",
      );
    const toPublished = published
      .filter((row) => committedAt.has(row.id))
      .map((row) => new Date(row.published_at).getTime() - committedAt.get(row.id)!)
      .sort((a, b) => a - b);
    const toRecorded = stages
      .map((row) => new Date(row.created_at).getTime() - committedAt.get(row.event_id)!)
      .sort((a, b) => a - b);
    const toSent = stages
      .map((row) => new Date(row.last_attempt_at).getTime() - new Date(row.created_at).getTime())
      .sort((a, b) => a - b);
    const result = {
      events: EVENTS,
      rate: RATE,
      endpoints: ENDPOINTS,
      deliveries: latencies.length,
      duplicates,
      outOfOrder,
      p50Ms: round(percentile(latencies, 50)),
      p99Ms: round(percentile(latencies, 99)),
      maxMs: round(latencies.at(-1) ?? NaN),
      publishedP50Ms: round(percentile(toPublished, 50)),
      publishedP99Ms: round(percentile(toPublished, 99)),
      recordedP50Ms: round(percentile(toRecorded, 50)),
      recordedP99Ms: round(percentile(toRecorded, 99)),
      claimedP50Ms: round(percentile(toSent, 50)),
      claimedP99Ms: round(percentile(toSent, 99)),
      elapsedS: round(elapsedS),
      cpuMsPerEvent: round(cpuMsPerEvent, 2),
      loadAverage: round(load, 2),
    };
    const text = [
      `webhooks: ${EVENTS} events at ${RATE}/s to ${ENDPOINTS} endpoint(s) (load average ${result.loadAverage} at start)`,
      `  commit -> endpoint received: p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms`,
      `  of which commit -> published by the relay: p50 ${result.publishedP50Ms} ms, p99 ${result.publishedP99Ms} ms; ` +
        `commit -> delivery recorded: p50 ${result.recordedP50Ms} ms, p99 ${result.recordedP99Ms} ms; ` +
        `recorded -> claimed for its POST: p50 ${result.claimedP50Ms} ms, p99 ${result.claimedP99Ms} ms`,
      `  ${result.deliveries} deliveries, ${duplicates} duplicates, ${outOfOrder} orders whose paid event came first, ${result.elapsedS} s, ` +
        `${result.cpuMsPerEvent} ms CPU per event (this whole process)`,
    ].join("\n");
    console.log(text);
    writeResults("webhooks-", result, text);
  } finally {
    for (const step of cleanup.reverse()) await step().catch((error: unknown) => console.error(error));
  }
}

if (import.meta.main) await runScenario(runWebhooksBench);
