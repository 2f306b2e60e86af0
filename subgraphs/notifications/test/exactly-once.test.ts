import pg from "pg";
import { afterEach, expect, test } from "vitest";
import { assertConsumerTopology, deadLetterQueueName, retryQueueName } from "@shopgraph/platform";
import { eventually, TcpProxy, TEST_AMQP_URL, TEST_POSTGRES_URL } from "@shopgraph/testing";
import type { NotificationsConfig } from "../src/config.js";
import { Notification, NotificationKind, NotificationStatus } from "../src/entities/index.js";
import { NOTIFICATION_BINDINGS } from "../src/server.js";
import { orderPlaced, testOrder, testUser, userRegistered } from "./events.js";
import { startNotifications, type NotificationsUnderTest } from "./harness.js";
import { TestProducer } from "./outbox.js";

/** Nothing lost, nothing doubled: every event makes its notification and its mail exactly once. */

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

async function start(options: Parameters<typeof startNotifications>[0] = {}): Promise<NotificationsUnderTest> {
  const service = await startNotifications(options);
  cleanup.push(() => service.close());
  return service;
}

test("the same message delivered twice makes one notification and one mail", async () => {
  const service = await start();
  const user = testUser();
  const order = testOrder(user.userId);
  const placed = orderPlaced(order);
  await service.publish(userRegistered(user));
  // Two copies in flight together, then a third once the first is done.
  await service.publish(placed, placed);
  await eventually(() => service.smtp.to(user.email).length === 2);
  await service.publish(placed);
  await service.settle();

  const rows = await service.notifications({ userId: user.userId, kind: NotificationKind.ORDER_CONFIRMATION });
  expect(rows).toHaveLength(1);
  expect(rows[0]!.status).toBe(NotificationStatus.SENT);
  expect(service.smtp.to(user.email).filter((mail) => mail.subject.includes(order.number))).toHaveLength(1);
});

test("a consumer killed after its commit and before its ack: the redelivered event makes no second notification or mail", async () => {
  const user = testUser();
  const placed = orderPlaced(testOrder(user.userId));
  let killed = false;
  const service: NotificationsUnderTest = await start({
    afterCommit: (event) => {
      if (event.id !== placed.id || killed) return;
      killed = true;
      // The process dies here: its connection goes, the message stays unacked.
      void service.subgraph.consumer.stop();
      throw new Error("killed before ack");
    },
  });
  await service.publish(userRegistered(user));
  await eventually(() => service.smtp.to(user.email).length === 1);
  await service.publish(placed);
  await eventually(() => killed && service.smtp.to(user.email).length === 2);

  const redelivered: string[] = [];
  const survivor = await service.startInstance({ afterCommit: (event) => void redelivered.push(event.id) });
  await eventually(() => redelivered.includes(placed.id));
  await survivor.consumer.idle();
  await service.settle();

  expect(await service.notifications({ userId: user.userId, kind: NotificationKind.ORDER_CONFIRMATION })).toHaveLength(
    1,
  );
  expect(service.smtp.to(user.email)).toHaveLength(2);
  expect(await service.broker.queueDepth(service.config.events.queue)).toBe(0);
});

test("an event with bad data is dead-lettered on its first delivery, without the retries, and does not hold up the queue", async () => {
  const service = await start();
  const user = testUser();
  await service.publish(userRegistered(user));
  const poison = orderPlaced({ ...testOrder(user.userId), lines: [] });
  await service.publish(poison);
  await service.broker.publishRaw("order.placed", "{ not json");
  const healthy = Array.from({ length: 5 }, () => orderPlaced(testOrder(user.userId)));
  await service.publish(...healthy);

  await eventually(() => service.smtp.to(user.email).length === 1 + healthy.length);
  const deadLetters = deadLetterQueueName(service.config.events.queue);
  await eventually(async () => (await service.broker.queueDepth(deadLetters)) === 2);
  const parked = [await service.broker.channel.get(deadLetters), await service.broker.channel.get(deadLetters)];
  const poisonCopy = parked
    .filter((message) => message !== false)
    .find((message) => message.properties.messageId === poison.id);
  // Never sent through a retry queue: the error is in the data, another attempt cannot help.
  expect(poisonCopy?.properties.headers).not.toHaveProperty("x-attempt");
  expect(String(poisonCopy?.properties.headers?.["x-last-error"])).toContain("is not as the event catalogue describes");
  for (let attempt = 1; attempt <= service.config.events.retryDelaysMs.length; attempt++) {
    expect(await service.broker.queueDepth(retryQueueName(service.config.events.queue, attempt))).toBe(0);
  }
  expect(await service.notifications({ kind: NotificationKind.ORDER_CONFIRMATION })).toHaveLength(healthy.length);
});

test("with RabbitMQ unreachable events wait in the producer's outbox; when it is back each is handled once", async () => {
  const proxy = await TcpProxy.start(Number(new URL(TEST_AMQP_URL).port));
  cleanup.push(() => proxy.close());
  await proxy.cut();
  const service = await start({
    config: (config) => ({ ...config, events: { ...config.events, amqpUrl: proxy.url } }),
    waitForBroker: false,
  });
  // The queue exists from earlier runs, as it would in production: events routed while this
  // consumer is away wait in it.
  await assertConsumerTopology(service.broker.channel, { ...service.config.events, bindings: NOTIFICATION_BINDINGS });
  const producer = await TestProducer.start({ amqpUrl: proxy.url, exchange: service.config.events.exchange });
  cleanup.push(() => producer.close());

  const users = Array.from({ length: 3 }, () => testUser());
  for (const user of users) {
    await producer.commit("user.registered", user.userId, user);
    await producer.commit("order.placed", user.userId, testOrder(user.userId));
  }
  expect(await producer.unpublished()).toBe(6);
  expect(service.subgraph.consumer.connected).toBe(false);
  expect(await service.notifications()).toHaveLength(0);

  await proxy.resume();
  await eventually(async () => (await producer.unpublished()) === 0, 15_000);
  await eventually(() => service.smtp.messages.length === 6, 15_000);
  await service.settle();
  const rows = await service.notifications();
  expect(rows).toHaveLength(6);
  expect(rows.every((row) => row.status === NotificationStatus.SENT && row.attempts === 1)).toBe(true);
  for (const user of users) expect(service.smtp.to(user.email)).toHaveLength(2);
});

test("two instances on one database send every mail exactly once", async () => {
  const service = await start();
  await service.startInstance();
  const users = Array.from({ length: 10 }, () => testUser());
  await service.publish(...users.map((user) => userRegistered(user)));
  await service.publish(...users.flatMap((user) => [1, 2, 3].map(() => orderPlaced(testOrder(user.userId)))));
  await eventually(() => service.smtp.messages.length >= 40);
  await service.settle();
  expect(service.smtp.messages).toHaveLength(40);
  const ids = service.smtp.messages.map((mail) => mail.headers.get("x-shopgraph-notification")?.[0]);
  expect(new Set(ids).size).toBe(40);
  const rows = await service.notifications();
  expect(rows.filter((row) => row.status === NotificationStatus.SENT)).toHaveLength(40);
});

/**
 * Takes the service's database away and brings it back, as a restart would: connections are cut and
 * refused meanwhile. One connection of the test's own stays, to watch rows through.
 */
async function databaseSwitch(databaseUrl: string) {
  const database = new URL(databaseUrl).pathname.slice(1);
  // A database is closed to connections from another one.
  const watcher = new pg.Client({ connectionString: databaseUrl });
  const admin = new pg.Client({ connectionString: `${TEST_POSTGRES_URL}/postgres` });
  await Promise.all([watcher.connect(), admin.connect()]);
  const { rows } = await watcher.query<{ pid: number }>("select pg_backend_pid() as pid");
  const allowConnections = (allow: boolean) => admin.query(`alter database "${database}" allow_connections ${allow}`);
  cleanup.push(async () => {
    await allowConnections(true);
    await Promise.all([watcher.end(), admin.end()]);
  });
  return {
    async down() {
      await allowConnections(false);
      await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> $2", [
        database,
        rows[0]!.pid,
      ]);
    },
    up: () => allowConnections(true),
    /** Once the user's notification's claim has timed out: from then on it could be claimed and sent again. */
    async claimTimedOut(userId: string) {
      await eventually(async () => {
        const due = await watcher.query<{ due: boolean }>(
          "select next_attempt_at <= now() as due from notifications where user_id = $1",
          [userId],
        );
        return due.rows[0]?.due === true;
      });
    },
  };
}

/** A short claim timeout and poll: a row whose outcome is not written would be claimed and sent again at once. */
const impatient = (config: NotificationsConfig): NotificationsConfig => ({
  ...config,
  mail: { ...config.mail, claimTimeoutMs: 300, pollIntervalMs: 50 },
});

test("a mail SMTP accepted while the database restarted is recorded SENT once it is back, and not sent again", async () => {
  const service = await start({ config: impatient });
  const database = await databaseSwitch(service.config.databaseUrl);
  const user = testUser();
  service.smtp.beforeAccepting = async (mail) => {
    if (!mail.to.includes(user.email)) return;
    service.smtp.beforeAccepting = undefined;
    // The database goes away while SMTP accepts the message: the service can write nothing until it is back.
    await database.down();
  };
  await service.publish(userRegistered(user));
  await eventually(() => service.smtp.to(user.email).length === 1);
  await database.claimTimedOut(user.userId);
  await database.up();

  await eventually(
    async () => (await service.notifications({ userId: user.userId }))[0]?.status === NotificationStatus.SENT,
  );
  await service.settle();
  expect(service.smtp.to(user.email)).toHaveLength(1);
});

test("with the embedded sink, a mail accepted by a process that died before writing SENT is not sent again by the next one", async () => {
  const user = testUser();
  let dying: Promise<void> | undefined;
  const service: NotificationsUnderTest = await start({
    config: (config) => impatient({ ...config, mail: { ...config.mail, smtpUrl: undefined } }),
    wrapTransport: (transport) => ({
      sendMail: async (message) => {
        const info = await transport.sendMail(message);
        if (JSON.stringify(message.to).includes(user.email)) {
          // Accepted; the database goes, and the process with it, before SENT is written.
          await database.down();
          dying = service.subgraph.close();
        }
        return info;
      },
      close: () => transport.close(),
      accepted: (messageId) => transport.accepted?.(messageId) ?? Promise.resolve(false),
    }),
  });
  const database = await databaseSwitch(service.config.databaseUrl);
  await service.publish(userRegistered(user));
  await eventually(() => dying !== undefined);
  await dying;
  await database.claimTimedOut(user.userId);
  await database.up();

  const next = await service.startInstance();
  const rows = () => next.orm.em.fork().find(Notification, { userId: user.userId });
  await eventually(async () => (await rows())[0]?.status === NotificationStatus.SENT);
  await next.dispatcher.idle();
  expect((await rows())[0]!.attempts).toBe(2);
  const kept = (await next.mailSink!.list(100)).filter((mail) => mail.recipient === user.email);
  expect(kept).toHaveLength(1);
});
