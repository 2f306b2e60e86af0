import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer, type Server, type Socket } from "node:net";
import { promisify } from "node:util";
import { connect, type Channel, type ChannelModel } from "amqplib";
import { EVENT_PRODUCERS } from "@shopgraph/kernel";
import { amqpUserOf, type EventPublishers } from "@shopgraph/platform";
import { relayConnection } from "./tcp-relay.js";

export const TEST_AMQP_URL = process.env["AMQP_URL"] ?? "amqp://guest:guest@127.0.0.1:5672";

/** Every producer publishes as the test broker user, as in development (EVENT_PUBLISHERS unset). */
export const TEST_EVENT_PUBLISHERS: EventPublishers = Object.fromEntries(
  Object.values(EVENT_PRODUCERS).map((service) => [service, amqpUserOf(TEST_AMQP_URL)]),
);

export interface TestAmqpUser {
  user: string;
  /** TEST_AMQP_URL with this user's credentials. */
  url: string;
  /** Connections the broker has open for this user. */
  connections(): Promise<number>;
  remove(): Promise<void>;
}

/**
 * A broker user of its own (made with `rabbitmqctl`), allowed to configure, write and read
 * everything on the test vhost: a leaked credential, or a service that publishes what is not its
 * own. Remove it at the end of the test.
 */
export async function testAmqpUser(): Promise<TestAmqpUser> {
  const user = `test-${randomBytes(4).toString("hex")}`;
  const password = randomBytes(16).toString("hex");
  const url = new URL(TEST_AMQP_URL);
  const vhost = decodeURIComponent(url.pathname.slice(1)) || "/";
  const rabbitmqctl = (...args: string[]) => promisify(execFile)("rabbitmqctl", ["-q", ...args]);
  await rabbitmqctl("add_user", user, password);
  await rabbitmqctl("set_permissions", "-p", vhost, user, ".*", ".*", ".*");
  url.username = user;
  url.password = password;
  return {
    user,
    url: url.toString(),
    connections: async () =>
      (await rabbitmqctl("list_connections", "user")).stdout.split("\n").filter((line) => line.trim() === user).length,
    remove: async () => void (await rabbitmqctl("delete_user", user)),
  };
}

/** A name no other test uses, for exchanges and queues. */
export function uniqueName(prefix: string): string {
  return `test.${prefix}.${randomBytes(4).toString("hex")}`;
}

/** A plain channel for a test to inspect or clean up broker state. */
export async function testChannel(): Promise<{ channel: Channel; close(): Promise<void> }> {
  const connection: ChannelModel = await connect(TEST_AMQP_URL);
  const channel = await connection.createChannel();
  return { channel, close: () => connection.close() };
}

/**
 * A TCP proxy in front of a real service that a test can cut and restore, so "the broker is
 * down" is a real refused connection while the broker keeps serving other tests.
 */
export class TcpProxy {
  private server: Server | undefined;
  private sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetPort: number,
    private readonly targetHost = "127.0.0.1",
  ) {}

  static async start(targetPort: number): Promise<TcpProxy> {
    const proxy = new TcpProxy(targetPort);
    await proxy.resume();
    return proxy;
  }

  get url(): string {
    const url = new URL(TEST_AMQP_URL);
    url.port = String(this.port);
    return url.toString();
  }

  /** Accepts connections again, on the same port. */
  async resume(): Promise<void> {
    const server = createServer((client) => relayConnection(client, this.targetPort, this.targetHost, this.sockets));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Drops every open connection and refuses new ones. */
  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  close(): Promise<void> {
    return this.cut();
  }
}

/** Polls `check` until it returns a value that is not undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Events a test sees published, on a queue of its own. */
export interface RecordedEvents {
  /** Every event so far, parsed, in the order they arrived. */
  readonly events: Array<{ id: string; type: string; occurredAt: string; data: Record<string, any> }>;
  close(): Promise<void>;
}

/**
 * Records every event published to `exchange` under `routingKey` (a topic pattern) from now on,
 * through an exclusive queue that goes away with the connection at `close`.
 */
export async function recordEvents(exchange: string, routingKey: string): Promise<RecordedEvents> {
  const broker = await testChannel();
  const queue = uniqueName("recorded-events");
  const events: RecordedEvents["events"][number][] = [];
  await broker.channel.assertExchange(exchange, "topic", { durable: true });
  await broker.channel.assertQueue(queue, { exclusive: true });
  await broker.channel.bindQueue(queue, exchange, routingKey);
  await broker.channel.consume(queue, (message) => message && events.push(JSON.parse(message.content.toString())), {
    noAck: true,
  });
  return { events, close: () => broker.close() };
}
