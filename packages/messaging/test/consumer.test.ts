import { randomUUID } from "node:crypto";
import { connect } from "amqplib";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import type { AnyEventEnvelope } from "@shopgraph/kernel";
import { deadLetterQueueName, deleteConsumerTopology, PermanentEventError } from "@shopgraph/platform";
import { query, sql } from "@shopgraph/subgraph";
import { EventConsumer, type EventHandler } from "../src/consumer.js";
import {
  eventually,
  testChannel,
  TEST_AMQP_URL,
  settled,
  TEST_EVENT_PUBLISHERS,
  testAmqpUser,
  uniqueName,
} from "@shopgraph/testing";
import { eventsDatabase, Handled, log } from "./fixtures.js";

let db: Awaited<ReturnType<typeof eventsDatabase>>;
let broker: Awaited<ReturnType<typeof testChannel>>;
const consumers: EventConsumer[] = [];
let topology: { exchange: string; queue: string; bindings: string[]; retryDelaysMs: number[] };

beforeAll(async () => {
  db = await eventsDatabase();
  broker = await testChannel();
});
afterAll(async () => {
  await broker.close();
  await db.close();
});
afterEach(async () => {
  await Promise.all(consumers.splice(0).map((consumer) => consumer.stop()));
  await deleteConsumerTopology(broker.channel, topology);
  await broker.channel.deleteExchange(topology.exchange);
});

/** The handler under test records each call; `behaviour` may throw to simulate failures. */
let calls: string[] = [];
function recordingHandler(behaviour: (event: AnyEventEnvelope, call: number) => void = () => undefined): EventHandler {
  calls = [];
  return async (event, em) => {
    calls.push(event.id);
    behaviour(event, calls.filter((id) => id === event.id).length);
    em.create(Handled, { eventId: event.id });
  };
}

async function startConsumer(
  handler: EventHandler,
  extra: Partial<ConstructorParameters<typeof EventConsumer>[0]> = {},
) {
  const consumer = new EventConsumer({
    ...topology,
    orm: db.orm,
    amqpUrl: TEST_AMQP_URL,
    publishers: TEST_EVENT_PUBLISHERS,
    log,
    handler,
    ...extra,
  });
  consumers.push(consumer);
  await consumer.start();
  await eventually(() => consumer.connected);
  return consumer;
}

function newTopology() {
  topology = {
    exchange: uniqueName("exchange"),
    queue: uniqueName("consumer"),
    bindings: ["user.*"],
    retryDelaysMs: [50, 100],
  };
}

function envelope(name = "Ada"): AnyEventEnvelope {
  return {
    id: randomUUID(),
    type: "user.registered",
    occurredAt: new Date().toISOString(),
    correlationId: null,
    data: { userId: randomUUID(), email: "ada@example.com", name },
  };
}

function publish(event: AnyEventEnvelope | string) {
  const body = typeof event === "string" ? event : JSON.stringify(event);
  // As users' relay publishes it: its broker user in user_id.
  broker.channel.publish(topology.exchange, "user.registered", Buffer.from(body), {
    persistent: true,
    userId: TEST_EVENT_PUBLISHERS["users"],
  });
}

const handledCount = async (eventId: string) => db.orm.em.fork().count(Handled, { eventId });
const queueDepth = async (queue: string) => (await broker.channel.checkQueue(queue)).messageCount;

test("handles an event once and records its id in the same transaction", async () => {
  newTopology();
  await startConsumer(recordingHandler());
  const event = envelope();
  publish(event);
  await eventually(async () => (await handledCount(event.id)) === 1);
  const processed = await query(db.orm.em.fork(), sql`select * from processed_events where event_id = ${event.id}`);
  expect(processed).toHaveLength(1);
});

test("the same message delivered twice is handled once", async () => {
  newTopology();
  await startConsumer(recordingHandler());
  const event = envelope();
  publish(event);
  publish(event);
  const marker = envelope("marker");
  publish(marker);
  await eventually(async () => (await handledCount(marker.id)) === 1);
  // Deliveries are handled concurrently: the marker says nothing of the second copy's handling.
  await settled({ queues: [topology.queue], workers: consumers });
  expect(await handledCount(event.id)).toBe(1);
  expect(calls.filter((id) => id === event.id)).toHaveLength(1);
});

test("a consumer that dies after its commit and before its ack does not handle the redelivery again", async () => {
  newTopology();
  const event = envelope();
  const dying = await startConsumer(recordingHandler(), {
    // Simulates the process dying: the connection goes, the message stays unacked.
    afterCommit: () => {
      void dying.stop();
      throw new Error("killed before ack");
    },
  });
  publish(event);
  await eventually(async () => (await handledCount(event.id)) === 1);
  await eventually(async () => (await queueDepth(topology.queue)) === 1);

  const successor = await startConsumer(recordingHandler());
  // Taken off the queue is not yet handled: the successor must also be done with it.
  await settled({ queues: [topology.queue], workers: [successor] });
  expect(calls).toEqual([]);
  expect(await handledCount(event.id)).toBe(1);
});

test("a failing handler is retried after a delay, and its writes from failed attempts are rolled back", async () => {
  newTopology();
  await startConsumer(
    recordingHandler((_, call) => {
      if (call < 3) throw new Error(`transient failure ${call}`);
    }),
  );
  const event = envelope();
  publish(event);
  await eventually(async () => (await handledCount(event.id)) === 1);
  expect(calls.filter((id) => id === event.id)).toHaveLength(3);
});

test("a poison message ends in the dead-letter queue after the retry limit and does not block the queue", async () => {
  newTopology();
  await startConsumer(
    recordingHandler((event) => {
      if ("name" in event.data && event.data.name === "poison") throw new Error("cannot handle this one");
    }),
  );
  const poison = envelope("poison");
  publish(poison);
  const healthy = Array.from({ length: 5 }, () => envelope());
  for (const event of healthy) publish(event);

  for (const event of healthy) await eventually(async () => (await handledCount(event.id)) === 1);
  await eventually(async () => (await queueDepth(deadLetterQueueName(topology.queue))) === 1);
  expect(calls.filter((id) => id === poison.id)).toHaveLength(3);
  expect(await handledCount(poison.id)).toBe(0);

  const dead = await broker.channel.get(deadLetterQueueName(topology.queue));
  expect(dead && JSON.parse(dead.content.toString()).id).toBe(poison.id);
  expect(dead && dead.properties.headers?.["x-last-error"]).toBe("cannot handle this one");
});

test("an event the handler refuses with a PermanentEventError goes to the dead-letter queue on its first delivery", async () => {
  newTopology();
  await startConsumer(
    recordingHandler((event) => {
      if ("name" in event.data && event.data.name === "invalid")
        throw new PermanentEventError("data is not as the catalogue describes");
    }),
  );
  const invalid = envelope("invalid");
  publish(invalid);
  await eventually(async () => (await queueDepth(deadLetterQueueName(topology.queue))) === 1);
  expect(calls).toEqual([invalid.id]);
  const dead = await broker.channel.get(deadLetterQueueName(topology.queue));
  expect(dead && dead.properties.headers).toMatchObject({ "x-last-error": "data is not as the catalogue describes" });
  expect(dead && dead.properties.headers).not.toHaveProperty("x-attempt");
});

test("a message that is not an event goes straight to the dead-letter queue", async () => {
  newTopology();
  await startConsumer(recordingHandler());
  publish("{ not json");
  publish(JSON.stringify({ id: "x", type: "unknown.event", data: {} }));
  await eventually(async () => (await queueDepth(deadLetterQueueName(topology.queue))) === 2);
  expect(calls).toEqual([]);
});

// rabbitmqctl takes a second or two per call.
describe("who published an event", { timeout: 30_000 }, () => {
  test("an event that its producer's broker user did not publish goes straight to the dead-letter queue, unhandled", async () => {
    newTopology();
    await startConsumer(recordingHandler());
    // Another service's broker user, or a leaked one, allowed to write to the exchange.
    const forger = await testAmqpUser();
    const connection = await connect(forger.url);
    try {
      const channel = await connection.createConfirmChannel();
      const forged = envelope("forged");
      const claimingToBeRetried = envelope("claims a retry");
      const send = (event: AnyEventEnvelope, options: Record<string, unknown>) =>
        channel.publish(topology.exchange, event.type, Buffer.from(JSON.stringify(event)), {
          persistent: true,
          ...options,
        });
      send(forged, { userId: forger.user });
      send(claimingToBeRetried, { userId: forger.user, headers: { "x-published-by": TEST_EVENT_PUBLISHERS["users"] } });
      await channel.waitForConfirms();
      // No user_id at all: whoever published it, the broker vouches for no one.
      const anonymous = envelope("anonymous");
      broker.channel.publish(topology.exchange, "user.registered", Buffer.from(JSON.stringify(anonymous)));
      const genuine = envelope("genuine");
      publish(genuine);

      await eventually(async () => (await handledCount(genuine.id)) === 1);
      await eventually(async () => (await queueDepth(deadLetterQueueName(topology.queue))) === 3);
      expect(calls).toEqual([genuine.id]);
      const errors: unknown[] = [];
      for (let dead; (dead = await broker.channel.get(deadLetterQueueName(topology.queue)));) {
        errors.push(dead.properties.headers?.["x-last-error"]);
        broker.channel.ack(dead);
      }
      expect(errors).toEqual([
        expect.stringContaining(`published by AMQP user "${forger.user}"`),
        expect.stringContaining(`published by AMQP user "${forger.user}"`),
        expect.stringContaining("carries no user_id"),
      ]);
    } finally {
      await connection.close();
      await forger.remove();
    }
  });

  test("a consumer on a broker user of its own moves an event through its retries and dead-letter queue, believing its producer throughout", async () => {
    newTopology();
    const own = await testAmqpUser();
    try {
      // Producers publish as the test user (guest); this consumer connects as another, as in production.
      await startConsumer(
        recordingHandler(() => {
          throw new Error("cannot handle this one");
        }),
        { amqpUrl: own.url },
      );
      const event = envelope();
      publish(event);
      await eventually(async () => (await queueDepth(deadLetterQueueName(topology.queue))) === 1);
      // Once, then each retry: every copy came back from a retry queue and was believed.
      expect(calls).toEqual([event.id, event.id, event.id]);
      const dead = await broker.channel.get(deadLetterQueueName(topology.queue));
      expect(dead && dead.properties.userId).toBe(own.user);
      expect(dead && dead.properties.headers?.["x-published-by"]).toBe(TEST_EVENT_PUBLISHERS["users"]);
      expect(dead && dead.properties.headers?.["x-last-error"]).toBe("cannot handle this one");
    } finally {
      await Promise.all(consumers.splice(0).map((consumer) => consumer.stop()));
      await own.remove();
    }
  });
});

describe("an ordered consumer", () => {
  test("handles events one at a time in the order they were published, several in one transaction when they wait", async () => {
    newTopology();
    let running = 0;
    let overlapped = false;
    const batches: number[] = [];
    await startConsumer(
      recordingHandler(() => {
        if (++running > 1) overlapped = true;
        running--;
      }),
      {
        ordered: true,
        prefetch: 20,
        queueArguments: { "x-single-active-consumer": true },
        batchHandler: async (events, em) => {
          batches.push(events.length);
          for (const event of events) {
            calls.push(event.id);
            em.create(Handled, { eventId: event.id });
          }
          // Slow enough that the next events wait and go together.
          await new Promise((resolve) => setTimeout(resolve, 30));
        },
      },
    );
    const events = Array.from({ length: 60 }, (_, n) => envelope(`n${n}`));
    for (const event of events) publish(event);
    publish(events[3]!);
    await eventually(async () => (await handledCount(events.at(-1)!.id)) === 1);
    await settled({ queues: [topology.queue], workers: consumers });
    expect(calls).toEqual(events.map((event) => event.id));
    expect(overlapped).toBe(false);
    expect(batches.some((size) => size > 1)).toBe(true);
    for (const event of events) expect(await handledCount(event.id)).toBe(1);
  });

  test("a batch with an event that fails commits nothing of it; its events are then handled one by one and only the failing one is retried", async () => {
    newTopology();
    const poison = envelope("poison");
    await startConsumer(
      recordingHandler((event) => {
        if ("name" in event.data && event.data.name === "poison") throw new Error("cannot handle this one");
      }),
      {
        ordered: true,
        prefetch: 20,
        batchHandler: async (events, em) => {
          for (const event of events) {
            if ("name" in event.data && event.data.name === "poison") throw new Error("cannot handle this one");
            em.create(Handled, { eventId: event.id });
          }
          await new Promise((resolve) => setTimeout(resolve, 30));
        },
      },
    );
    const before = Array.from({ length: 10 }, () => envelope());
    const after = Array.from({ length: 10 }, () => envelope());
    for (const event of [...before, poison, ...after]) publish(event);
    await eventually(async () => (await queueDepth(deadLetterQueueName(topology.queue))) === 1);
    await settled({ queues: [topology.queue], workers: consumers });
    for (const event of [...before, ...after]) expect(await handledCount(event.id)).toBe(1);
    expect(await handledCount(poison.id)).toBe(0);
  });
});
