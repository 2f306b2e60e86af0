import { afterAll, beforeAll, expect, test } from "vitest";
import { settled, testChannel, uniqueName } from "@shopgraph/testing";
import { OutboxEvent, recordEvent } from "../src/outbox.js";
import { eventsDatabase } from "./fixtures.js";

let db: Awaited<ReturnType<typeof eventsDatabase>>;
let broker: Awaited<ReturnType<typeof testChannel>>;

beforeAll(async () => {
  db = await eventsDatabase();
  broker = await testChannel();
});
afterAll(async () => {
  await broker.close();
  await db.close();
});

/** settled's outcome after `timeoutMs`: "settled", or the error it failed with. */
const outcome = (promise: Promise<void>) =>
  promise.then(
    () => "settled",
    (error: Error) => error.message,
  );

test("is not settled while an outbox row is unpublished, and is once it is published", async () => {
  await db.orm.em.fork().transactional(async (tx) => {
    recordEvent(tx, "user.updated", "u1", { userId: "u1", email: "u1@example.com", name: "U" });
  });
  expect(await outcome(settled({ outboxes: [db.url] }, { timeoutMs: 300 }))).toBe("not settled within 300 ms");

  await db.orm.em.fork().nativeUpdate(OutboxEvent, {}, { publishedAt: new Date() });
  expect(await outcome(settled({ outboxes: [db.url] }, { timeoutMs: 300 }))).toBe("settled");
});

test("is not settled while a queue holds a message, and is once it was taken; a queue never declared holds nothing", async () => {
  const queue = uniqueName("settled");
  await broker.channel.assertQueue(queue, { durable: false, autoDelete: false });
  try {
    broker.channel.sendToQueue(queue, Buffer.from("waiting"));
    const queues = [queue, uniqueName("never-declared")];
    expect(await outcome(settled({ queues }, { timeoutMs: 300 }))).toBe("not settled within 300 ms");

    expect(await broker.channel.get(queue, { noAck: true })).toBeTruthy();
    expect(await outcome(settled({ queues }, { timeoutMs: 300 }))).toBe("settled");
  } finally {
    await broker.channel.deleteQueue(queue);
  }
});

test("is not settled while a worker is busy, and is once it is idle", async () => {
  let finish: () => void = () => undefined;
  const work = new Promise<void>((resolve) => (finish = resolve));
  const worker = { idle: () => work };
  expect(await outcome(settled({ workers: [worker] }, { timeoutMs: 300 }))).toBe("not settled within 300 ms");

  finish();
  expect(await outcome(settled({ workers: [worker] }, { timeoutMs: 300 }))).toBe("settled");
});
