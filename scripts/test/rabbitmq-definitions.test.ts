import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { connect, type ChannelModel } from "amqplib";
import { TEST_AMQP_URL } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../src/supergraph.js";

/**
 * docker/rabbitmq/definitions.json loaded into the test broker (rabbitmqctl) under a vhost and
 * user names of this run's own, then used the way the services use the broker.
 */
const rabbitmqctl = (...args: string[]) => promisify(execFile)("rabbitmqctl", ["-q", ...args]);
const run = randomBytes(4).toString("hex");
const vhost = `test-definitions-${run}`;
const userOf = (service: string) => `test-${run}-${service}`;
const password = randomBytes(16).toString("hex");
const connections: ChannelModel[] = [];

async function connectAs(service: string): Promise<ChannelModel> {
  const url = new URL(TEST_AMQP_URL);
  url.username = userOf(service);
  url.password = password;
  url.pathname = `/${encodeURIComponent(vhost)}`;
  const connection = await connect(url.toString());
  connections.push(connection);
  return connection;
}

/** Resolves with the broker's refusal (the channel closes), or "published" once it confirmed. */
async function publishAs(service: string, routingKey: string, options: Record<string, unknown> = {}) {
  const connection = await connectAs(service);
  const channel = await connection.createConfirmChannel();
  const closed = new Promise<string>((resolve) => channel.once("error", (error: Error) => resolve(error.message)));
  channel.publish("shop.events", routingKey, Buffer.from("{}"), { userId: userOf(service), ...options });
  return Promise.race([channel.waitForConfirms().then(() => "published"), closed]);
}

beforeAll(async () => {
  const template = readFileSync(join(ROOT, "docker/rabbitmq/definitions.json"), "utf8");
  const definitions = JSON.parse(template.replace(/"@RABBITMQ_\w+_PASSWORD@"/g, JSON.stringify(password))) as {
    vhosts: Array<{ name: string }>;
    users: Array<{ name: string }>;
    [key: string]: unknown;
  };
  const rename = (entry: { user?: string; vhost?: string; name?: string }) => ({
    ...entry,
    ...(entry.user ? { user: userOf(entry.user) } : {}),
    ...(entry.vhost ? { vhost } : {}),
  });
  const ours = JSON.stringify({
    vhosts: [{ name: vhost }],
    users: definitions.users.map((user) => ({ ...user, name: userOf(user.name) })),
    permissions: (definitions["permissions"] as object[]).map(rename),
    topic_permissions: (definitions["topic_permissions"] as object[]).map(rename),
    exchanges: (definitions["exchanges"] as object[]).map(rename),
  });
  // Readable by all: Debian's rabbitmqctl runs as the rabbitmq user.
  const dir = mkdtempSync(join(tmpdir(), "rabbitmq-definitions-"));
  chmodSync(dir, 0o755);
  const file = join(dir, "definitions.json");
  writeFileSync(file, ours, { mode: 0o644 });
  try {
    await rabbitmqctl("import_definitions", file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

afterAll(async () => {
  await Promise.allSettled(connections.map((connection) => connection.close()));
  await rabbitmqctl("delete_vhost", vhost).catch(() => undefined);
  for (const service of ["users", "products", "orders", "notifications", "gateway"]) {
    await rabbitmqctl("delete_user", userOf(service)).catch(() => undefined);
  }
}, 60_000);

describe("docker/rabbitmq/definitions.json on a real broker", { timeout: 30_000 }, () => {
  it("lets users publish user.*, products the catalog events and orders order.*, under their own user_id", async () => {
    expect(await publishAs("users", "user.registered")).toBe("published");
    for (const type of ["product.changed", "variant.changed", "stock.changed"]) {
      expect(await publishAs("products", type)).toBe("published");
    }
    expect(await publishAs("orders", "order.status_changed")).toBe("published");
  });

  it("refuses a service publishing another's events, or naming another user_id", async () => {
    expect(await publishAs("users", "order.status_changed")).toMatch(/ACCESS_REFUSED/);
    expect(await publishAs("orders", "user.registered")).toMatch(/ACCESS_REFUSED/);
    expect(await publishAs("products", "order.placed")).toMatch(/ACCESS_REFUSED/);
    expect(await publishAs("orders", "stock.changed")).toMatch(/ACCESS_REFUSED/);
    expect(await publishAs("notifications", "order.status_changed")).toMatch(/ACCESS_REFUSED/);
    expect(await publishAs("gateway", "user.sessions_revoked")).toMatch(/ACCESS_REFUSED/);
    expect(await publishAs("users", "user.registered", { userId: userOf("orders") })).toMatch(/PRECONDITION_FAILED/);
  });

  it("lets notifications set up and use its queues as the consumer does, and orders its live queue", async () => {
    const notifications = await (await connectAs("notifications")).createConfirmChannel();
    await notifications.assertExchange("shop.events", "topic", { durable: true });
    await notifications.assertQueue("notifications", { durable: true });
    await notifications.assertQueue("notifications.retry.1", {
      durable: true,
      arguments: { "x-message-ttl": 1000, "x-dead-letter-exchange": "", "x-dead-letter-routing-key": "notifications" },
    });
    await notifications.assertQueue("notifications.dead", { durable: true });
    for (const pattern of ["user.*", "order.*"]) await notifications.bindQueue("notifications", "shop.events", pattern);
    await notifications.consume("notifications", () => undefined);
    notifications.sendToQueue("notifications.dead", Buffer.from("{}"), { userId: userOf("notifications") });
    await notifications.waitForConfirms();

    const orders = await (await connectAs("orders")).createChannel();
    await orders.assertExchange("shop.events", "topic", { durable: true });
    const live = `orders.live.${run}`;
    await orders.assertQueue(live, { exclusive: true, autoDelete: true, durable: false });
    await orders.bindQueue(live, "shop.events", "order.status_changed");
    await orders.consume(live, () => undefined, { noAck: true });
  });

  it("lets the gateway set up its queues and read user.sessions_revoked and the catalog events, and no other event", async () => {
    const gateway = await (await connectAs("gateway")).createConfirmChannel();
    await gateway.assertExchange("shop.events", "topic", { durable: true });
    await gateway.assertQueue("gateway", { durable: true });
    await gateway.assertQueue("gateway.dead", { durable: true });
    for (const type of ["user.sessions_revoked", "product.changed", "variant.changed", "stock.changed"]) {
      await gateway.bindQueue("gateway", "shop.events", type);
    }
    await gateway.consume("gateway", () => undefined);
    gateway.sendToQueue("gateway.dead", Buffer.from("{}"), { userId: userOf("gateway") });
    await gateway.waitForConfirms();

    const other = await (await connectAs("gateway")).createChannel();
    const refused = new Promise<string>((resolve) => other.once("error", (error: Error) => resolve(error.message)));
    await other.bindQueue("gateway", "shop.events", "order.placed").catch(() => undefined);
    expect(await refused).toMatch(/ACCESS_REFUSED/);
  });
});
