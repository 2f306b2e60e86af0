import type { ConsumeMessage } from "amqplib";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import {
  eventually,
  RequestStatementCounter,
  settled,
  StatementCounter,
  TcpProxy,
  testChannel,
  TEST_AMQP_URL,
  uniqueName,
} from "@shopgraph/testing";
import { recordEvent, OutboxEvent } from "../src/outbox.js";
import { OutboxRelay } from "../src/relay.js";
import { eventsDatabase, log } from "./fixtures.js";

let db: Awaited<ReturnType<typeof eventsDatabase>>;
const everyStatement = new StatementCounter();
const requestStatements = new RequestStatementCounter();
let broker: Awaited<ReturnType<typeof testChannel>>;
let exchange: string;
let queue: string;
let received: ConsumeMessage[];
const relays: OutboxRelay[] = [];

beforeAll(async () => {
  db = await eventsDatabase((sql) => {
    everyStatement.onQuery(sql);
    requestStatements.onQuery(sql);
  });
  broker = await testChannel();
});
afterAll(async () => {
  await broker.close();
  await db.close();
});

beforeEachTest();
function beforeEachTest() {
  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.stop()));
    await broker.channel.deleteQueue(queue);
    await broker.channel.deleteExchange(exchange);
    await db.orm.em.fork().nativeDelete(OutboxEvent, {});
  });
}

async function listen() {
  exchange = uniqueName("exchange");
  queue = uniqueName("queue");
  received = [];
  await broker.channel.assertExchange(exchange, "topic", { durable: true });
  await broker.channel.assertQueue(queue, { durable: false });
  await broker.channel.bindQueue(queue, exchange, "#");
  await broker.channel.consume(queue, (message) => message && received.push(message), { noAck: true });
}

async function startRelay(
  amqpUrl = TEST_AMQP_URL,
  { batchSize, lingerMs }: { batchSize?: number; lingerMs?: number } = {},
) {
  const relay = new OutboxRelay({
    orm: db.orm,
    databaseUrl: db.url,
    amqpUrl,
    exchange,
    log,
    pollIntervalMs: 60_000,
    ...(batchSize ? { batchSize } : {}),
    ...(lingerMs ? { lingerMs } : {}),
  });
  relays.push(relay);
  await relay.start();
  return relay;
}

async function placeOrder(n: number, aggregateId = `order-${n}`) {
  await db.orm.em.fork().transactional(async (tx) => {
    recordEvent(tx, "user.updated", aggregateId, { userId: aggregateId, email: `${n}@example.com`, name: `#${n}` });
  });
}

/**
 * Everything the relays published has arrived: they are idle with nothing left to publish, and a
 * marker sent after their confirmed messages came out of the queue behind them.
 */
async function allArrived() {
  await settled({ outboxes: [db.url], workers: relays });
  const marker = uniqueName("marker");
  broker.channel.publish(exchange, "test.marker", Buffer.from(marker));
  await eventually(() => received.some((message) => message.content.toString() === marker));
  received = received.filter((message) => message.fields.routingKey !== "test.marker");
}

const names = () => received.map((message) => JSON.parse(message.content.toString()).data.name);

test("a committed event is published promptly (NOTIFY, not the 60 s poll) as a persistent JSON envelope", async () => {
  await listen();
  const relay = await startRelay();
  await placeOrder(1);
  await eventually(() => received.length === 1);
  // The row is marked once the broker confirmed: the message can arrive before that commits.
  await relay.idle();
  const [message] = received;
  expect(message!.fields.routingKey).toBe("user.updated");
  expect(message!.properties).toMatchObject({ contentType: "application/json", deliveryMode: 2, type: "user.updated" });
  const envelope = JSON.parse(message!.content.toString());
  expect(envelope).toMatchObject({ type: "user.updated", data: { userId: "order-1", name: "#1" } });
  expect(message!.properties.messageId).toBe(envelope.id);
  const [row] = await db.orm.em.fork().find(OutboxEvent, {});
  expect(row!.publishedAt).toBeInstanceOf(Date);
});

test("a request's statement count leaves out the relay's, whatever it runs meanwhile", async () => {
  await listen();
  await startRelay();
  everyStatement.reset();
  requestStatements.reset();
  await placeOrder(1);
  await allArrived();
  // The relay's transaction (begin, lock, read, mark, commit) is counted by the plain counter only.
  expect(everyStatement.count).toBeGreaterThan(requestStatements.count);
  expect(requestStatements.statements).toEqual(everyStatement.statements.slice(0, requestStatements.count));
  expect(requestStatements.statements.some((statement) => /outbox/i.test(statement))).toBe(true);
  expect(requestStatements.statements.some((statement) => /advisory/.test(statement))).toBe(false);
});

test("publishes what is pending batch after batch in one transaction, each next batch read by the statement that marks the last", async () => {
  await listen();
  for (let n = 1; n <= 20; n++) await placeOrder(n, "one-aggregate");
  everyStatement.reset();
  await startRelay(TEST_AMQP_URL, { batchSize: 5 });
  await eventually(() => received.length === 20);
  await allArrived();
  const relayStatements = everyStatement.statements
    .filter((statement) => /outbox|advisory/i.test(statement))
    .map((statement) =>
      /pg_try_advisory_xact_lock/.test(statement)
        ? "lock, read"
        : /update "outbox"/.test(statement)
          ? "mark, read"
          : statement,
    );
  // One lock (so one transaction), read with the first batch; then 4 marks, each with the next
  // read (the last finds nothing). Before, each batch was a transaction of its own: 4 statements and a begin and commit.
  expect(relayStatements).toEqual(["lock, read", "mark, read", "mark, read", "mark, read", "mark, read"]);
  expect(names()).toEqual(Array.from({ length: 20 }, (_, i) => `#${i + 1}`));
  expect(await db.orm.em.fork().count(OutboxEvent, { publishedAt: null })).toBe(0);
});

test("an event committed while the relay lingers after publishing is read in the same transaction, under the same lock", async () => {
  await listen();
  // Lingering long enough for the second event to come; stop() ends the wait.
  const relay = await startRelay(TEST_AMQP_URL, { lingerMs: 60_000 });
  everyStatement.reset();
  await placeOrder(1);
  await eventually(() => received.length === 1);
  await placeOrder(2);
  await eventually(() => received.length === 2);
  await relay.stop();
  const relayStatements = everyStatement.statements
    .filter((statement) => /outbox|advisory/i.test(statement) && !/insert/i.test(statement))
    .map((statement) =>
      /pg_try_advisory_xact_lock/.test(statement)
        ? "lock, read"
        : /update "outbox"/.test(statement)
          ? "mark, read"
          : "read",
    );
  expect(relayStatements).toEqual(["lock, read", "mark, read", "read", "mark, read"]);
  expect(names()).toEqual(["#1", "#2"]);
  expect(await db.orm.em.fork().count(OutboxEvent, { publishedAt: null })).toBe(0);
});

test("an event of a rolled back transaction is never published", async () => {
  await listen();
  const relay = await startRelay();
  await db.orm.em
    .fork()
    .transactional(async (tx) => {
      recordEvent(tx, "user.updated", "x", { userId: "x", email: "x@example.com", name: "rolled back" });
      await tx.flush();
      throw new Error("abort");
    })
    .catch(() => undefined);
  await placeOrder(2);
  await eventually(() => received.length === 1);
  await relay.idle();
  expect(names()).toEqual(["#2"]);
});

test("with the broker unreachable events wait in the outbox, then each is delivered exactly once, in order", async () => {
  await listen();
  const proxy = await TcpProxy.start(Number(new URL(TEST_AMQP_URL).port));
  await proxy.cut();
  await startRelay(proxy.url);
  for (let n = 1; n <= 20; n++) await placeOrder(n, "one-aggregate");
  const pending = await db.orm.em.fork().count(OutboxEvent, { publishedAt: null });
  expect(pending).toBe(20);
  expect(received).toHaveLength(0);

  await proxy.resume();
  await eventually(() => received.length === 20, 15_000);
  await allArrived();
  expect(names()).toEqual(Array.from({ length: 20 }, (_, i) => `#${i + 1}`));
  expect(await db.orm.em.fork().count(OutboxEvent, { publishedAt: null })).toBe(0);
  await proxy.close();
});

test("the broker dropping the connection mid-stream loses nothing", async () => {
  await listen();
  const proxy = await TcpProxy.start(Number(new URL(TEST_AMQP_URL).port));
  await startRelay(proxy.url);
  for (let n = 1; n <= 5; n++) await placeOrder(n);
  await eventually(() => received.length === 5);
  await proxy.cut();
  for (let n = 6; n <= 10; n++) await placeOrder(n);
  await proxy.resume();
  await eventually(() => received.length >= 10, 15_000);
  expect(new Set(names())).toEqual(new Set(Array.from({ length: 10 }, (_, i) => `#${i + 1}`)));
  await proxy.close();
});

test("three relays on one database publish every event exactly once", async () => {
  await listen();
  await Promise.all([startRelay(), startRelay(), startRelay()]);
  await Promise.all(Array.from({ length: 60 }, (_, i) => placeOrder(i + 1)));
  await eventually(() => received.length >= 60);
  await allArrived();
  expect(received).toHaveLength(60);
  const rows = await db.orm.em.fork().find(OutboxEvent, {});
  expect(received.map((message) => message.properties.messageId).sort()).toEqual(rows.map((row) => row.id).sort());
});
