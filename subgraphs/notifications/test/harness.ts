import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, type ChannelModel, type ConfirmChannel } from "amqplib";
import { type AnyEventEnvelope, type EventEnvelope } from "@shopgraph/kernel";
import {
  amqpUserOf,
  createLogger,
  deleteConsumerTopology,
  mailTokenKey,
  orderLinkKey,
  retryQueueName,
} from "@shopgraph/platform";
import {
  dropDatabase,
  eventually,
  freshDatabaseUrl,
  graphqlClient,
  settled,
  StatementCounter,
  TEST_AMQP_URL,
  testBaseConfig,
  testEventsConfig,
  testKeys,
  uniqueName,
  type GraphQLClient,
} from "@shopgraph/testing";
import type { NotificationsConfig } from "../src/config.js";
import { Notification, NotificationStatus } from "../src/entities/index.js";
import {
  NOTIFICATION_BINDINGS,
  startNotificationsSubgraph,
  type NotificationsOptions,
  type RunningNotifications,
} from "../src/server.js";
import { TestSmtpServer } from "./smtp.js";

/**
 * A confirm channel that publishes envelopes the way the outbox relay does: as the broker user it
 * connected with (`url`, the producers' own by default), named in `user_id`.
 */
export class Publisher {
  private constructor(
    private readonly connection: ChannelModel,
    readonly channel: ConfirmChannel,
    readonly exchange: string,
    private readonly userId: string,
  ) {}

  static async open(exchange: string, url = TEST_AMQP_URL): Promise<Publisher> {
    const connection = await connect(url);
    const channel = await connection.createConfirmChannel();
    await channel.assertExchange(exchange, "topic", { durable: true });
    return new Publisher(connection, channel, exchange, amqpUserOf(url));
  }

  async publish(...events: (AnyEventEnvelope | EventEnvelope)[]): Promise<void> {
    for (const event of events) {
      this.channel.publish(this.exchange, event.type, Buffer.from(JSON.stringify(event)), {
        persistent: true,
        contentType: "application/json",
        messageId: event.id,
        type: event.type,
        userId: this.userId,
      });
    }
    await this.channel.waitForConfirms();
  }

  /** Anything at all, as a broken producer might send it. */
  async publishRaw(routingKey: string, body: string): Promise<void> {
    this.channel.publish(this.exchange, routingKey, Buffer.from(body), { persistent: true });
    await this.channel.waitForConfirms();
  }

  async queueDepth(queue: string): Promise<number> {
    return (await this.channel.checkQueue(queue)).messageCount;
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}

export interface NotificationsUnderTest {
  subgraph: RunningNotifications;
  config: NotificationsConfig;
  smtp: TestSmtpServer;
  broker: Publisher;
  statements: StatementCounter;
  client(token?: string): GraphQLClient;
  publish: Publisher["publish"];
  /** Rows, read directly from the database. */
  notifications(where?: Partial<Notification>): Promise<Notification[]>;
  /** Waits until every event published so far is handled and every mail that can go has gone. */
  settle(): Promise<void>;
  /** Starts another instance over the same database and queue (closed with this one). */
  startInstance(options?: HarnessOptions): Promise<RunningNotifications>;
  close(): Promise<void>;
}

export interface HarnessOptions extends NotificationsOptions {
  config?: (config: NotificationsConfig) => NotificationsConfig;
  /** Wait until the consumer is connected before returning (not when the broker is cut off). */
  waitForBroker?: boolean;
}

/**
 * A notifications config on a free port over a database, exchange and queue of its own, sending
 * to `mail.smtpUrl` (or, without one, to the embedded sink writing to `mail.dir`).
 */
export function testNotificationsConfig(mail: { smtpUrl: string | undefined; dir: string }): NotificationsConfig {
  return {
    ...testBaseConfig(),
    databaseUrl: freshDatabaseUrl("notifications"),
    databasePoolSize: 10,
    events: {
      ...testEventsConfig("events"),
      queue: uniqueName("notifications"),
      retryDelaysMs: [50, 100],
      prefetch: 20,
    },
    mail: {
      smtpUrl: mail.smtpUrl,
      from: "Shopgraph <no-reply@shop.test>",
      dir: mail.dir,
      sinkPort: 0,
      maxAttempts: 3,
      retryBaseMs: 50,
      retryMaxMs: 200,
      // Long: tests prove mail goes out on the in-process wake-up, not on a poll.
      pollIntervalMs: 60_000,
      batchSize: 50,
      connections: 2,
      claimTimeoutMs: 30_000,
      shopName: "Shopgraph",
      shopUrl: "http://shop.test",
      confirmationHoldMs: 0,
      tokenKey: mailTokenKey(testKeys().requestSigningSecret),
      orderLinkKey: orderLinkKey(testKeys().requestSigningSecret),
    },
    webhooks: {
      queue: uniqueName("notifications.webhooks"),
      secretKey: randomBytes(32).toString("hex"),
      requireHttps: false,
      // The tests' receivers listen on 127.0.0.1; webhooks.test.ts turns this off for the SSRF rules.
      allowPrivateNetworks: true,
      timeoutMs: 2_000,
      retryBaseMs: 20,
      retryMaxMs: 100,
      retryWindowMs: 60_000,
      concurrency: 20,
      claimTimeoutMs: 30_000,
      // Long: tests prove webhooks go out on the in-process wake-up, not on a poll.
      pollIntervalMs: 60_000,
    },
  };
}

/**
 * The notifications subgraph on a free port over a database, exchange and queues of its own,
 * sending to a test SMTP server; all removed at close.
 */
export async function startNotifications(options: HarnessOptions = {}): Promise<NotificationsUnderTest> {
  const smtp = await TestSmtpServer.start();
  const mailDir = await mkdtemp(join(tmpdir(), "notifications-mail-"));
  const defaults = testNotificationsConfig({ smtpUrl: smtp.url, dir: mailDir });
  const config = options.config ? options.config(defaults) : defaults;
  const statements = new StatementCounter();
  const log = createLogger("notifications", config.logLevel);
  const instances: RunningNotifications[] = [];
  const start = async (instanceOptions: HarnessOptions = {}) => {
    const instance = await startNotificationsSubgraph(config, { log, ...instanceOptions });
    instances.push(instance);
    if (instanceOptions.waitForBroker ?? true) await eventually(() => instance.consumer.connected);
    return instance;
  };
  const subgraph = await start({ ...options, onQuery: statements.onQuery });
  const broker = await Publisher.open(config.events.exchange);
  const topology = { ...config.events, bindings: NOTIFICATION_BINDINGS };
  const webhookTopology = { ...config.events, queue: config.webhooks.queue, bindings: [] };

  const notifications = (where: Partial<Notification> = {}) =>
    subgraph.orm.em.fork().find(Notification, where, { orderBy: { createdAt: "asc" } });

  return {
    subgraph,
    config,
    smtp,
    broker,
    statements,
    client: (token) => graphqlClient(subgraph.url, token),
    publish: (...events) => broker.publish(...events),
    notifications,
    async settle() {
      await settled({
        queues: [
          config.events.queue,
          ...config.events.retryDelaysMs.map((_, i) => retryQueueName(config.events.queue, i + 1)),
        ],
        workers: instances.map((instance) => instance.consumer),
      });
      await eventually(async () => {
        const due = await subgraph.orm.em.fork().count(Notification, {
          status: NotificationStatus.QUEUED,
          recipient: { $ne: null },
          nextAttemptAt: { $lte: new Date() },
        });
        return due === 0;
      });
      await Promise.all(instances.map((instance) => instance.dispatcher.idle()));
    },
    startInstance: start,
    async close() {
      await Promise.allSettled(instances.map((instance) => instance.close()));
      await deleteConsumerTopology(broker.channel, topology);
      await deleteConsumerTopology(broker.channel, webhookTopology);
      await broker.channel.deleteExchange(config.events.exchange);
      await broker.close();
      await smtp.close();
      await dropDatabase(config.databaseUrl);
      await rm(mailDir, { recursive: true, force: true });
    },
  };
}
