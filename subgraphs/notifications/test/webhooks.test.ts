import { randomUUID } from "node:crypto";
import { afterEach, expect, test } from "vitest";
import { Role, toGlobalId } from "@shopgraph/kernel";
import { eventually, TcpProxy, TEST_AMQP_URL, testAccessToken } from "@shopgraph/testing";
import type { HostResolver } from "../src/adapters/webhook-http.js";
import { PartnerAppProjection, WebhookDelivery } from "../src/entities/index.js";
import { orderPlaced, statusChanged, testOrder } from "./events.js";
import type { HarnessOptions } from "./harness.js";
import { TestProducer } from "./outbox.js";
import { partnerVerifies } from "./receiver.js";
import { REDELIVER, startWebhooks, type WebhooksUnderTest } from "./webhooks.js";

/** Webhooks end to end: a real broker, a real outbox relay, a real HTTP receiver on 127.0.0.1. */

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

async function start(options: HarnessOptions = {}): Promise<WebhooksUnderTest> {
  const webhooks = await startWebhooks(options);
  cleanup.push(() => webhooks.close());
  return webhooks;
}

const ORDER_EVENTS = ["order.placed", "order.status_changed"];
const nowSeconds = () => Math.floor(Date.now() / 1000);

function paidEvent(order: ReturnType<typeof testOrder>) {
  return {
    ...order,
    status: "PAID",
    transition: { from: "PENDING_PAYMENT", to: "PAID", at: new Date().toISOString(), by: null, reason: null },
  };
}

test("an order placed then paid reaches the endpoint as two signed events, in order", async () => {
  const hooks = await start();
  const producer = await TestProducer.start({ amqpUrl: TEST_AMQP_URL, exchange: hooks.service.config.events.exchange });
  cleanup.push(() => producer.close());
  const appId = randomUUID();
  await producer.commit("partner_app.changed", appId, { appId, name: "Acme", disabled: false, deleted: false });
  const em = hooks.service.subgraph.orm.em;
  await eventually(async () => (await em.fork().findOne(PartnerAppProjection, appId)) !== null);
  const { id: endpointId, secret } = await hooks.endpoint(appId, ORDER_EVENTS);

  const order = testOrder(randomUUID());
  const placed = await producer.commit("order.placed", order.orderId, order);
  const paid = await producer.commit("order.status_changed", order.orderId, paidEvent(order));

  await eventually(() => hooks.receiver.received.length === 2);
  await hooks.settle();
  expect(hooks.receiver.eventIds).toEqual([placed.id, paid.id]);
  for (const [request, event] of [
    [hooks.receiver.received[0]!, placed],
    [hooks.receiver.received[1]!, paid],
  ] as const) {
    expect(partnerVerifies(secret, request, nowSeconds())).toBe(true);
    expect(request.headers["shopgraph-event-id"]).toBe(event.id);
    expect(request.headers["shopgraph-event-type"]).toBe(event.type);
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["shopgraph-signature"]).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    // The catalogue's envelope, nothing more (no trace context).
    expect(JSON.parse(request.body)).toEqual({
      id: event.id,
      type: event.type,
      occurredAt: event.occurredAt,
      correlationId: event.correlationId,
      data: JSON.parse(JSON.stringify(event.data)),
    });
    // The independent check fails for another secret, a changed body, or a timestamp out of the window.
    expect(partnerVerifies(`${secret}x`, request, nowSeconds())).toBe(false);
    expect(partnerVerifies(secret, { ...request, body: `${request.body} ` }, nowSeconds())).toBe(false);
    expect(partnerVerifies(secret, request, nowSeconds() + 301)).toBe(false);
  }

  const deliveries = await hooks.deliveries(endpointId);
  expect(deliveries.map((d) => [d.eventType, d.status, d.attempts, d.responseStatus, d.responseExcerpt])).toEqual([
    ["order.status_changed", "DELIVERED", 1, 200, "ok"],
    ["order.placed", "DELIVERED", 1, 200, "ok"],
  ]);
  expect(deliveries.every((d) => d.id.startsWith("WebhookDelivery_") && d.endpointId === endpointId)).toBe(true);
  expect(deliveries.every((d) => typeof d.latencyMs === "number")).toBe(true);
});

test("an endpoint down for a while gets every event once it is up, exactly once per event id and in order", async () => {
  const hooks = await start();
  const appId = await hooks.app();
  const { id: endpointId } = await hooks.endpoint(appId, ORDER_EVENTS);
  await hooks.receiver.down();

  const events = Array.from({ length: 6 }, () => testOrder(randomUUID())).flatMap((order) => [
    orderPlaced(order),
    statusChanged(order, "PENDING_PAYMENT", "PAID"),
  ]);
  await hooks.service.publish(...events);
  // The first is being retried (connection refused); the others wait behind it.
  const em = hooks.service.subgraph.orm.em;
  await eventually(async () => (await em.fork().count(WebhookDelivery, { attempts: { $gte: 3 } })) > 0);
  await eventually(async () => (await hooks.deliveries(endpointId)).length === events.length);
  const waiting = await hooks.deliveries(endpointId);
  expect(waiting).toHaveLength(events.length);
  expect(waiting.every((d) => d.status === "PENDING")).toBe(true);
  expect(waiting.filter((d) => d.attempts > 0)).toHaveLength(1);
  expect(waiting.at(-1)!.lastError).toMatch(/ECONNREFUSED/);
  // A delivery still being sent is not redelivered on top.
  const pending = await hooks.admin<{ redeliverWebhook: { userErrors: { code: string }[] } }>(REDELIVER, {
    deliveryId: waiting[0]!.id,
  });
  expect(pending.data?.redeliverWebhook.userErrors.map((e) => e.code)).toEqual(["DELIVERY_PENDING"]);

  await hooks.receiver.up();
  await eventually(() => hooks.receiver.received.length === events.length);
  await hooks.settle();
  expect(hooks.receiver.eventIds).toEqual(events.map((event) => event.id));
  const after = await hooks.deliveries(endpointId);
  expect(after.every((d) => d.status === "DELIVERED")).toBe(true);
});

test("two instances: each endpoint gets its events once and in order, whichever instance sends them", async () => {
  const hooks = await start();
  const second = await hooks.service.startInstance();
  const appId = await hooks.app();
  const paths = ["/a", "/b", "/c"];
  for (const path of paths) await hooks.endpoint(appId, ORDER_EVENTS, `http://127.0.0.1:${hooks.receiver.port}${path}`);
  const events = Array.from({ length: 20 }, () => testOrder(randomUUID())).flatMap((order) => [
    orderPlaced(order),
    statusChanged(order, "PENDING_PAYMENT", "PAID"),
  ]);
  // In several publishes, so that deliveries are recorded while others are being sent.
  for (let n = 0; n < events.length; n += 5) await hooks.service.publish(...events.slice(n, n + 5));
  await eventually(() => hooks.receiver.received.length === events.length * paths.length, 15_000);
  await hooks.settle();
  await second.webhookDispatcher.idle();
  for (const path of paths) {
    const received = hooks.receiver.received.filter((request) => request.path === path).map((r) => r.eventId);
    expect([path, received]).toEqual([path, events.map((event) => event.id)]);
  }
});

test("RabbitMQ cut off mid-way: events wait in the outbox, and each is delivered once, in order, when it is back", async () => {
  const proxy = await TcpProxy.start(Number(new URL(TEST_AMQP_URL).port));
  cleanup.push(() => proxy.close());
  const hooks = await start({
    config: (config) => ({ ...config, events: { ...config.events, amqpUrl: proxy.url } }),
  });
  const producer = await TestProducer.start({ amqpUrl: proxy.url, exchange: hooks.service.config.events.exchange });
  cleanup.push(() => producer.close());
  const appId = await hooks.app();
  await hooks.endpoint(appId, ORDER_EVENTS);

  const orders = Array.from({ length: 10 }, () => testOrder(randomUUID()));
  const committed = [];
  for (const order of orders.slice(0, 5)) committed.push(await producer.commit("order.placed", order.orderId, order));
  await eventually(() => hooks.receiver.received.length >= 2);
  await proxy.cut();
  for (const order of orders.slice(5)) committed.push(await producer.commit("order.placed", order.orderId, order));
  for (const order of orders)
    committed.push(await producer.commit("order.status_changed", order.orderId, paidEvent(order)));
  expect(hooks.service.subgraph.webhookConsumer.connected).toBe(false);
  expect(await producer.unpublished()).toBeGreaterThan(0);

  await proxy.resume();
  await eventually(async () => (await producer.unpublished()) === 0, 15_000);
  await eventually(() => hooks.receiver.received.length >= committed.length, 15_000);
  await hooks.settle();
  expect(hooks.receiver.eventIds).toEqual(committed.map((event) => event.id));
});

test("hostile URLs are refused at registration: loopback, private, link-local, metadata, http, names that resolve there", async () => {
  const resolver: HostResolver = async (host) =>
    ({ "rebind.test": ["127.0.0.1"], "mixed.test": ["93.184.216.34", "10.1.2.3"], "partner.test": ["93.184.216.34"] })[
      host
    ] ?? Promise.reject(new Error("ENOTFOUND"));
  const hooks = await start({
    webhookResolver: resolver,
    config: (config) => ({
      ...config,
      webhooks: { ...config.webhooks, requireHttps: true, allowPrivateNetworks: false },
    }),
  });
  const appId = await hooks.app();
  const refused = async (url: string) =>
    (await hooks.createEndpoint({ appId, url, events: ["order.placed"] })).userErrors.map(
      (e) => `${e.code} ${e.field?.join(".")}`,
    );

  for (const url of [
    `https://127.0.0.1/hook`,
    `https://127.1/hook`,
    `https://0x7f000001/hook`,
    `https://[::1]/hook`,
    `https://[::ffff:127.0.0.1]/hook`,
    `https://10.0.0.8/hook`,
    `https://172.16.5.4/hook`,
    `https://192.168.1.1/hook`,
    `https://100.64.0.1/hook`,
    `https://[fc00::1]/hook`,
    `https://[fd12:3456::1]/hook`,
    `https://169.254.169.254/latest/meta-data/`,
    `https://[fe80::1]/hook`,
    `https://0.0.0.0/hook`,
    `https://[::]/hook`,
    `https://rebind.test/hook`,
    `https://mixed.test/hook`,
    `http://partner.test/hook`,
    `http://127.0.0.1:${hooks.receiver.port}/hook`,
  ]) {
    expect([url, await refused(url)]).toEqual([url, ["URL_NOT_ALLOWED input.url"]]);
  }
  for (const url of ["not a url", "ftp://partner.test/x", "https://user:pw@partner.test/x", "https://unknown.test/x"]) {
    expect([url, await refused(url)]).toEqual([url, ["INVALID_URL input.url"]]);
  }
  // Every problem at once: an unknown app, an unknown event, an event that is not for webhooks.
  const many = await hooks.createEndpoint({
    appId: randomUUID(),
    url: "https://10.0.0.1/",
    events: ["order.placed", "order.exploded", "user.registered"],
  });
  expect(many.endpoint).toBeNull();
  expect(many.secret).toBeNull();
  expect(many.userErrors.map((e) => `${e.code} ${e.field?.join(".")}`).sort()).toEqual([
    "APP_NOT_FOUND input.appId",
    "UNKNOWN_EVENT input.events.1",
    "UNKNOWN_EVENT input.events.2",
    "URL_NOT_ALLOWED input.url",
  ]);
  expect((await hooks.createEndpoint({ appId, url: "https://partner.test/", events: [] })).userErrors[0]?.code).toBe(
    "INVALID_EVENTS",
  );
  const accepted = await hooks.createEndpoint({ appId, url: "https://partner.test/hooks", events: ["stock.changed"] });
  expect(accepted.userErrors).toEqual([]);
  expect(accepted.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  expect(accepted.endpoint?.appId).toBe(toGlobalId("PartnerApp", appId));
  // Admins only.
  const customer = hooks.service.client(testAccessToken({ role: Role.CUSTOMER }));
  const forbidden = await customer(
    `mutation { createWebhookEndpoint(input: { appId: "${appId}", url: "https://partner.test/", events: ["order.placed"] }) { secret } }`,
  );
  expect(forbidden.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
});

test("a name that resolved to a public address at registration and to loopback at delivery gets nothing (DNS rebinding)", async () => {
  let lookups = 0;
  const resolver: HostResolver = async () => (++lookups === 1 ? ["93.184.216.34"] : ["127.0.0.1"]);
  const hooks = await start({
    webhookResolver: resolver,
    config: (config) => ({ ...config, webhooks: { ...config.webhooks, allowPrivateNetworks: false } }),
  });
  const appId = await hooks.app();
  const { id: endpointId } = await hooks.endpoint(
    appId,
    ORDER_EVENTS,
    `http://rebind.test:${hooks.receiver.port}/hook`,
  );
  await hooks.service.publish(orderPlaced(testOrder(randomUUID())));
  await eventually(async () => (await hooks.deliveries(endpointId))[0]?.attempts === 2);
  const [delivery] = await hooks.deliveries(endpointId);
  expect(delivery?.status).toBe("PENDING");
  expect(delivery?.lastError).toContain("resolves to 127.0.0.1");
  expect(delivery?.responseStatus).toBeNull();
  expect(hooks.receiver.received).toHaveLength(0);
});

test("an admin redelivers a delivered event: the same event id, signed afresh", async () => {
  // The signature's clock: a day ago, so the timestamp is the one signed and not the test's now.
  let clockMs = Date.now() - 86_400_000;
  const hooks = await start({ webhookClock: { now: () => clockMs } });
  const appId = await hooks.app();
  const { id: endpointId, secret } = await hooks.endpoint(appId, ORDER_EVENTS);
  const placed = orderPlaced(testOrder(randomUUID()));
  await hooks.service.publish(placed);
  await eventually(() => hooks.receiver.received.length === 1);
  await hooks.settle();
  const [delivered] = await hooks.deliveries(endpointId);
  clockMs += 60_000;

  const response = await hooks.admin<{
    redeliverWebhook: { delivery: { id: string; status: string; attempts: number } | null; userErrors: unknown[] };
  }>(REDELIVER, { deliveryId: delivered!.id });
  expect(response.data?.redeliverWebhook).toEqual({
    delivery: { id: delivered!.id, status: "PENDING", attempts: 0 },
    userErrors: [],
  });
  await eventually(() => hooks.receiver.received.length === 2);
  await hooks.settle();
  expect(hooks.receiver.eventIds).toEqual([placed.id, placed.id]);
  const [first, again] = hooks.receiver.received;
  expect(first!.headers["shopgraph-signature"]).toMatch(new RegExp(`^t=${Math.floor((clockMs - 60_000) / 1000)},`));
  expect(partnerVerifies(secret, first!, Math.floor((clockMs - 60_000) / 1000))).toBe(true);
  expect(partnerVerifies(secret, again!, Math.floor(clockMs / 1000))).toBe(true);
  // Replayed now, a day later, the capture is refused.
  expect(partnerVerifies(secret, first!, nowSeconds())).toBe(false);
  expect((await hooks.deliveries(endpointId)).map((d) => [d.status, d.attempts])).toEqual([["DELIVERED", 1]]);

  const unknown = await hooks.admin<{ redeliverWebhook: { userErrors: { code: string }[] } }>(REDELIVER, {
    deliveryId: toGlobalId("WebhookDelivery", randomUUID()),
  });
  expect(unknown.data?.redeliverWebhook.userErrors.map((e) => e.code)).toEqual(["WEBHOOK_DELIVERY_NOT_FOUND"]);
  const wrongType = await hooks.admin(REDELIVER, { deliveryId: toGlobalId("Order", randomUUID()) });
  expect(wrongType.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
});

test("an endpoint that keeps failing is retried with backoff until the retry budget is spent, then FAILED, and the next event goes", async () => {
  const hooks = await start({
    config: (config) => ({
      ...config,
      webhooks: { ...config.webhooks, retryBaseMs: 10, retryMaxMs: 40, retryWindowMs: 400 },
    }),
  });
  hooks.receiver.status = 500;
  hooks.receiver.answer = "x".repeat(20_000);
  const appId = await hooks.app();
  const { id: endpointId } = await hooks.endpoint(appId, ORDER_EVENTS);
  const order = testOrder(randomUUID());
  const events = [orderPlaced(order), statusChanged(order, "PENDING_PAYMENT", "PAID")];
  await hooks.service.publish(...events);

  await eventually(async () => (await hooks.deliveries(endpointId)).every((d) => d.status === "FAILED"), 15_000);
  await hooks.settle();
  const deliveries = await hooks.deliveries(endpointId);
  expect(deliveries).toHaveLength(2);
  // The first was retried until its budget ran out; the second's budget ran out while it waited
  // behind the first (it counts from recording), so it may have had a single attempt.
  expect(deliveries[1]!.attempts).toBeGreaterThanOrEqual(2);
  for (const delivery of deliveries) {
    expect(delivery.attempts).toBeGreaterThanOrEqual(1);
    expect(delivery.responseStatus).toBe(500);
    expect(delivery.lastError).toBe("the endpoint answered 500");
    // Only a bounded excerpt of the answer is read and kept.
    expect(delivery.responseExcerpt?.length).toBeLessThanOrEqual(512);
  }
  // Per-endpoint order holds through the retries: every attempt of the first came before the second's.
  const ids = hooks.receiver.eventIds;
  expect(ids.lastIndexOf(events[0]!.id)).toBeLessThan(ids.indexOf(events[1]!.id));
  expect(ids.length).toBe(deliveries.reduce((sum, d) => sum + d.attempts, 0));
});

test("an endpoint that does not answer in time is retried, and delivered once it answers", async () => {
  const hooks = await start({
    config: (config) => ({ ...config, webhooks: { ...config.webhooks, timeoutMs: 200 } }),
  });
  hooks.receiver.hanging = true;
  const appId = await hooks.app();
  const { id: endpointId } = await hooks.endpoint(appId, ORDER_EVENTS);
  await hooks.service.publish(orderPlaced(testOrder(randomUUID())));
  await eventually(async () =>
    (await hooks.deliveries(endpointId))[0]?.lastError?.includes("no response within 200 ms"),
  );
  hooks.receiver.hanging = false;
  await eventually(async () => (await hooks.deliveries(endpointId))[0]?.status === "DELIVERED");
});

test("a disabled app's endpoints get nothing until it is enabled; a deleted app's endpoints are gone", async () => {
  const hooks = await start();
  const appId = await hooks.app();
  const { id: endpointId } = await hooks.endpoint(appId, ORDER_EVENTS);
  const at = (seconds: number) => new Date(Date.now() + seconds * 1000);

  await hooks.changeApp(appId, { disabled: true }, at(1));
  await hooks.service.publish(orderPlaced(testOrder(randomUUID())));
  await hooks.settle();
  expect(await hooks.deliveries(endpointId)).toEqual([]);
  expect(
    (await hooks.createEndpoint({ appId, url: hooks.receiver.url, events: ORDER_EVENTS })).userErrors[0]?.code,
  ).toBe("APP_DISABLED");

  await hooks.changeApp(appId, { disabled: false }, at(2));
  const placed = orderPlaced(testOrder(randomUUID()));
  await hooks.service.publish(placed);
  await eventually(() => hooks.receiver.received.length === 1);
  expect(hooks.receiver.eventIds).toEqual([placed.id]);

  await hooks.changeApp(appId, { deleted: true }, at(3));
  // A rename that happened before the deletion, arriving after it, brings nothing back.
  await hooks.changeApp(appId, { name: "Renamed" }, at(2.5));
  await hooks.service.publish(orderPlaced(testOrder(randomUUID())));
  await hooks.settle();
  expect(hooks.receiver.received).toHaveLength(1);
  const listed = await hooks.admin<{ webhookEndpoints: unknown[] }>(
    `query($appId: ID) { webhookEndpoints(appId: $appId) { id } }`,
    { appId: toGlobalId("PartnerApp", appId) },
  );
  expect(listed.data?.webhookEndpoints).toEqual([]);
  expect(
    (await hooks.createEndpoint({ appId, url: hooks.receiver.url, events: ORDER_EVENTS })).userErrors[0]?.code,
  ).toBe("APP_NOT_FOUND");
});
