import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { connect as amqpConnect } from "amqplib";
import { CloseCode } from "graphql-ws";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { Role } from "@shopgraph/kernel";
import { signAccessToken } from "@shopgraph/platform";
import { SocketCloseCode } from "@shopgraph/subgraph";
import {
  connectionCloseCode,
  dataOf,
  eventually,
  graphqlClient,
  queryText,
  TcpProxy,
  testAmqpUser,
  testChannel,
  testKeys,
  testOrder,
  testServiceToken,
  watch,
  wsClient,
  type WatchedSubscription,
} from "@shopgraph/testing";
import type { RunningOrders } from "../src/server.js";
import { Catalog, type TestVariant } from "./catalog.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import type { OrderStatus } from "./gql/graphql.js";
import { graphql } from "./gql/index.js";
import { ORDER, UPDATE_ORDER_STATUS } from "./operations.js";
import { orderOf, pay, shopper, type Shopper } from "./shoppers.js";

const ORDER_UPDATED = graphql(`
  subscription OrderUpdated($orderId: ID) {
    orderUpdated(orderId: $orderId) {
      ...OrderFields
    }
  }
`);

let stack: OrdersUnderTest;
let catalog: Catalog;
let admin: Shopper;
let mug: TestVariant;
const clients: ReturnType<typeof wsClient>[] = [];

beforeAll(async () => {
  stack = await startOrders();
  catalog = new Catalog(stack);
  admin = shopper(stack, Role.ADMIN);
  [mug] = (await catalog.product("Mug", [{ priceCents: 1200, stock: 10_000 }])) as [TestVariant];
});
afterAll(async () => {
  await stack?.close();
});
afterEach(async () => {
  for (const client of clients.splice(0)) await client.dispose();
  await eventually(() => stack.orders.live.subscriptions() === 0 && stack.orders.live.sockets() === 0);
});

/** A websocket client of `instance` (the first one by default), disposed after the test. */
function connect(who: Pick<Shopper, "token">, instance: RunningOrders = stack.orders) {
  const client = wsClient(instance.url, who.token);
  clients.push(client);
  return client;
}

/** Subscribes and waits until `instance` holds the subscription, so no change after this is missed. */
async function follow(who: Shopper, orderId: string | null, instance: RunningOrders = stack.orders) {
  const before = instance.live.subscriptions();
  const watched = watch(connect(who, instance), ORDER_UPDATED, orderId ? { orderId } : {});
  await eventually(() => instance.live.subscriptions() > before);
  return watched;
}

const setStatus = async (orderId: string, status: OrderStatus, through = stack.client(admin.token)) =>
  dataOf(await through(UPDATE_ORDER_STATUS, { orderId, status })).updateOrderStatus;

const updatesOf = (watched: WatchedSubscription<any>) => watched.results.map((result) => result.data!.orderUpdated);
const statusesOf = (watched: WatchedSubscription<any>, ids?: string[]) =>
  updatesOf(watched)
    .filter((order) => !ids || ids.includes(order.id))
    .map((order) => `${order.number} ${order.status}`);

/**
 * Changes reach every subscription of an instance in the order the broker delivers them, so once
 * an admin following everything has seen a later change, every earlier one has been handed out.
 */
async function allDelivered(everything: WatchedSubscription<any>) {
  const marker = await orderOf(shopper(stack), [[mug.id, 1]]);
  await setStatus(marker.id, "CANCELLED");
  await eventually(() => updatesOf(everything).some((order) => order.id === marker.id));
}

describe("following one order", () => {
  test("a customer gets each change of their order once, in order, as it was at that change", async () => {
    const ada = shopper(stack);
    const order = await orderOf(ada, [[mug.id, 2]]);
    const watched = await follow(ada, order.id);
    const everything = await follow(admin, null);

    // No waiting between changes: each event must still show its own moment, not a later one.
    expect((await pay(ada, order.id)).userErrors).toEqual([]);
    await setStatus(order.id, "SHIPPED");
    await setStatus(order.id, "DELIVERED");
    const updates = (await watched.take(3)).map((result) => result.data!.orderUpdated);

    expect(updates.map((update) => update.status)).toEqual(["PAID", "SHIPPED", "DELIVERED"]);
    expect(updates.map((update) => update.statusHistory.map((change: { to: string }) => change.to))).toEqual([
      ["PENDING_PAYMENT", "PAID"],
      ["PENDING_PAYMENT", "PAID", "SHIPPED"],
      ["PENDING_PAYMENT", "PAID", "SHIPPED", "DELIVERED"],
    ]);
    expect(updates.map((update) => update.updatedAt)).toEqual(updates.map((update) => update.statusHistory.at(-1)?.at));
    expect(updates.every((update) => update.paidAt === updates[0]?.statusHistory[1]?.at)).toBe(true);
    // Built from the events alone, yet the same order as order(id) shows, but for the row's own update stamp.
    const { order: stored } = dataOf(await ada.client(ORDER, { id: order.id }));
    expect({ ...updates[2], updatedAt: stored?.updatedAt }).toEqual(stored);
    expect(updates[2]?.lines).toEqual(order.lines);

    await allDelivered(everything);
    expect(watched.results).toHaveLength(3);
    expect(watched.results.every((result) => result.errors === undefined)).toBe(true);
  });

  test("an order.status_changed that orders' broker user did not publish reaches no subscriber", async () => {
    const ada = shopper(stack);
    const order = await orderOf(ada, [[mug.id, 1]]);
    const watched = await follow(ada, order.id);
    // A broker user that may write to the exchange: another service's, or a leaked one.
    const forger = await testAmqpUser();
    const connection = await amqpConnect(forger.url);
    try {
      const channel = await connection.createConfirmChannel();
      const at = new Date().toISOString();
      const forged = {
        id: randomUUID(),
        type: "order.status_changed",
        occurredAt: at,
        correlationId: null,
        data: {
          ...testOrder(ada.userId, { orderId: order.id, number: order.number, status: "DELIVERED", updatedAt: at }),
          transition: { from: "PENDING_PAYMENT", to: "DELIVERED", at, by: null, reason: null },
        },
      };
      const send = (options: Record<string, unknown>) =>
        channel.publish(stack.config.events.exchange, forged.type, Buffer.from(JSON.stringify(forged)), options);
      send({ userId: forger.user });
      // And as the orders user would, but without naming it: the broker vouches for no one.
      send({});
      await channel.waitForConfirms();

      await pay(ada, order.id);
      const [update] = await watched.take(1);
      expect(update!.data!.orderUpdated).toMatchObject({ id: order.id, status: "PAID" });
      expect(statusesOf(watched)).toEqual([`${order.number} PAID`]);
    } finally {
      await connection.close();
      await forger.remove();
    }
  }, 30_000);

  test("an admin may follow anyone's order", async () => {
    const ada = shopper(stack);
    const order = await orderOf(ada, [[mug.id, 1]]);
    const watched = await follow(admin, order.id);
    await pay(ada, order.id);
    const [update] = await watched.take(1);
    expect(update!.data!.orderUpdated).toMatchObject({ id: order.id, status: "PAID", user: { id: ada.id } });
  });

  test("someone else's order and an unknown id are refused at subscribe time like order(id)", async () => {
    const ada = shopper(stack);
    const bob = shopper(stack);
    const order = await orderOf(ada, [[mug.id, 1]]);
    for (const id of [order.id, randomUUID()]) {
      const asked = await bob.client(ORDER, { id });
      const watched = watch(connect(bob), ORDER_UPDATED, { orderId: id });
      expect(await watched.ended).toEqual({ completed: true });
      expect(watched.results).toEqual([
        {
          errors: [
            {
              message: asked.errors![0]!.message,
              locations: expect.any(Array),
              path: ["orderUpdated"],
              extensions: asked.errors![0]!.extensions,
            },
          ],
        },
      ]);
      expect(asked.errors![0]!.extensions).toEqual({ code: "NOT_FOUND" });
    }
    expect(stack.orders.live.subscriptions()).toBe(0);
  });

  test("a malformed order id or one with a NUL byte is BAD_USER_INPUT before anything subscribes", async () => {
    const bob = shopper(stack);
    for (const orderId of ["SG-100001", "", `${randomUUID()}\u0000`]) {
      const watched = watch(connect(bob), ORDER_UPDATED, { orderId });
      const ended = await watched.ended;
      expect(ended).toEqual({
        error: [expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) })],
      });
    }
    expect(stack.orders.live.subscriptions()).toBe(0);
  });

  test("a service token may connect, but subscribing needs a signed-in user", async () => {
    const client = connect({ token: testServiceToken("gateway") });
    const watched = watch(client, ORDER_UPDATED, {});
    expect(await watched.ended).toEqual({ completed: true });
    expect(watched.results[0]?.errors?.[0]?.extensions).toEqual({ code: "FORBIDDEN" });
  });

  test("an anonymous connection may connect, but subscribing needs a signed-in user", async () => {
    const client = connect({ token: "" });
    const watched = watch(client, ORDER_UPDATED, {});
    expect(await watched.ended).toEqual({ completed: true });
    expect(watched.results[0]?.errors?.[0]?.extensions).toEqual({ code: "UNAUTHENTICATED" });
  });

  test("an operation runs as the user whose token it carries, as the gateway sends them all over one socket", async () => {
    const ada = shopper(stack);
    const client = connect({ token: "" });
    const order = await orderOf(ada, [[mug.id, 1]]);
    const events: Array<{ id: string; status: string }> = [];
    client.subscribe(
      {
        query: queryText(ORDER_UPDATED),
        variables: { orderId: order.id },
        extensions: { authorization: `Bearer ${ada.token}` },
      },
      { next: (result) => events.push((result.data as any).orderUpdated), error: () => {}, complete: () => {} },
    );
    await eventually(() => stack.orders.live.subscriptions() === 1);
    await pay(ada, order.id);
    expect(await eventually(() => events[0])).toMatchObject({ id: order.id, status: "PAID" });
  });
});

describe("resuming after the gateway lost its socket", () => {
  test("a subscription marked with extensions.resumeFrom starts with the current state, then gets the changes", async () => {
    const ada = shopper(stack);
    const [old, changed] = [await orderOf(ada, [[mug.id, 1]]), await orderOf(ada, [[mug.id, 2]])];
    await stack.ordersDb.sql("update orders set updated_at = now() - interval '1 hour' where id = $1", [old.id]);
    const resumeFrom = new Date(Date.now() - 60_000).toISOString();
    const everything = await follow(admin, null);
    await pay(ada, changed.id);
    // Delivered before the resumed subscriptions open: what they get is their catch-up alone.
    await eventually(() => updatesOf(everything).some((order) => order.id === changed.id));
    const client = connect({ token: "" });
    const resumed = (variables: Record<string, unknown>) => {
      const events: Array<{ id: string; status: string }> = [];
      client.subscribe(
        {
          query: queryText(ORDER_UPDATED),
          variables,
          extensions: { authorization: `Bearer ${ada.token}`, resumeFrom },
        },
        { next: (result) => events.push((result.data as any).orderUpdated), error: () => {}, complete: () => {} },
      );
      return events;
    };
    const one = resumed({ orderId: old.id });
    const all = resumed({});
    await eventually(() => stack.orders.live.subscriptions() === 3);

    // The one order whatever its age; of all orders, those changed since shortly before resumeFrom.
    await eventually(() => one.length === 1 && all.length === 1);
    expect(one.map((order) => order.status)).toEqual(["PENDING_PAYMENT"]);
    expect(all.map((order) => [order.id, order.status])).toEqual([[changed.id, "PAID"]]);
    await setStatus(old.id, "CANCELLED");
    await eventually(() => one.length === 2 && all.length === 2);
    expect(one.at(-1)).toMatchObject({ id: old.id, status: "CANCELLED" });
    expect(all.at(-1)).toMatchObject({ id: old.id, status: "CANCELLED" });
  });
});

describe("following all of one's orders", () => {
  test("a customer gets the changes of their own orders only, an admin everyone's, each in order", async () => {
    const ada = shopper(stack);
    const bob = shopper(stack);
    const [first, second, bobs] = [
      await orderOf(ada, [[mug.id, 1]]),
      await orderOf(ada, [[mug.id, 3]]),
      await orderOf(bob, [[mug.id, 1]]),
    ];
    const adas = await follow(ada, null);
    const bobsOwn = await follow(bob, null);
    const everything = await follow(admin, null);

    await pay(ada, first.id);
    await pay(bob, bobs.id);
    await pay(ada, second.id);
    await setStatus(first.id, "SHIPPED");
    await setStatus(bobs.id, "CANCELLED");
    await allDelivered(everything);

    expect(statusesOf(adas)).toEqual([`${first.number} PAID`, `${second.number} PAID`, `${first.number} SHIPPED`]);
    expect(statusesOf(bobsOwn)).toEqual([`${bobs.number} PAID`, `${bobs.number} CANCELLED`]);
    expect(statusesOf(everything, [first.id, second.id, bobs.id])).toEqual([
      `${first.number} PAID`,
      `${bobs.number} PAID`,
      `${second.number} PAID`,
      `${first.number} SHIPPED`,
      `${bobs.number} CANCELLED`,
    ]);
  });
});

describe("connecting", () => {
  const expired = signAccessToken(
    testKeys().jwtPrivateKey,
    "shopgraph",
    { userId: randomUUID(), role: Role.CUSTOMER, sessionId: randomUUID() },
    -10,
  );
  test.each([
    ["a bad token", { authorization: "Bearer not.a.token" }],
    ["an expired token", { authorization: `Bearer ${expired}` }],
  ])("with %s is refused: the socket closes with 4403 Forbidden", async (_case, connectionParams) => {
    expect(await connectionCloseCode(stack.orders.url, connectionParams)).toBe(CloseCode.Forbidden);
    expect(stack.orders.live.sockets()).toBe(0);
  });
});

describe("several instances", () => {
  test("a change made through one instance reaches subscribers on every instance", async () => {
    const second = await stack.startInstance();
    const ada = shopper(stack);
    const order = await orderOf(ada, [[mug.id, 1]]);
    const onFirst = await follow(ada, order.id, stack.orders);
    const onSecond = await follow(ada, order.id, second);

    await pay({ ...ada, client: graphqlClient(second.url, ada.token) }, order.id);
    await setStatus(order.id, "SHIPPED", graphqlClient(second.url, admin.token));

    for (const watched of [onFirst, onSecond]) {
      expect((await watched.take(2)).map((result) => result.data!.orderUpdated.status)).toEqual(["PAID", "SHIPPED"]);
    }
    for (const instance of [stack.orders, second]) expect(await instance.live.queueConsumers()).toBe(1);
    expect(second.live.queue).not.toBe(stack.orders.live.queue);
  });
});

describe("the instance's subscriptions", () => {
  test("unsubscribing and disconnecting bring the counts back to 0, and the queue keeps its one consumer", async () => {
    const ada = shopper(stack);
    const order = await orderOf(ada, [[mug.id, 1]]);
    const one = await follow(ada, order.id);
    await follow(ada, null);
    await follow(admin, null);
    expect(stack.orders.live.subscriptions()).toBe(3);
    expect(stack.orders.live.sockets()).toBe(3);

    one.unsubscribe();
    await eventually(() => stack.orders.live.subscriptions() === 2);
    expect(stack.orders.live.sockets()).toBe(3);
    for (const client of clients.splice(0)) await client.dispose();
    await eventually(() => stack.orders.live.subscriptions() === 0 && stack.orders.live.sockets() === 0);
    expect(await stack.orders.live.queueConsumers()).toBe(1);
  });

  test("after losing the broker, an instance declares its queue again and its subscribers get changes again", async () => {
    const proxy = await TcpProxy.start(Number(new URL(stack.config.events.amqpUrl).port));
    try {
      const instance = await stack.startInstance({ events: { ...stack.config.events, amqpUrl: proxy.url } });
      const ada = shopper(stack);
      const order = await orderOf(ada, [[mug.id, 1]]);
      const watched = await follow(ada, order.id, instance);

      await proxy.cut();
      await eventually(() => !instance.live.connected);
      await proxy.resume();
      await eventually(() => instance.live.connected, 15_000);
      expect(await instance.live.queueConsumers()).toBe(1);

      // Caught up first: the order as it is now, since a change in the gap would have been missed.
      expect((await watched.take(1))[0]!.data!.orderUpdated.status).toBe("PENDING_PAYMENT");
      await pay(ada, order.id);
      expect((await watched.take(2))[1]!.data!.orderUpdated.status).toBe("PAID");
      expect(await Promise.race([watched.ended, "open"])).toBe("open");
      await instance.close();
    } finally {
      await proxy.close();
    }
  });

  test("changes committed while an instance had lost the broker reach its subscribers as the orders' current state once it is back, before later changes", async () => {
    const proxy = await TcpProxy.start(Number(new URL(stack.config.events.amqpUrl).port));
    try {
      const instance = await stack.startInstance({ events: { ...stack.config.events, amqpUrl: proxy.url } });
      const ada = shopper(stack);
      const [order, untouched] = [await orderOf(ada, [[mug.id, 1]]), await orderOf(ada, [[mug.id, 2]])];
      const one = await follow(ada, order.id, instance);
      const adas = await follow(ada, null, instance);
      const everything = await follow(admin, null, instance);

      await proxy.cut();
      await eventually(() => !instance.live.connected);
      // Committed and published (through the first instance) while this one's queue is gone.
      await pay(ada, order.id);
      await setStatus(order.id, "SHIPPED");
      await eventually(
        async () => (await stack.ordersDb.sql("select 1 from outbox where published_at is null")).length === 0,
      );
      await proxy.resume();
      await eventually(() => instance.live.connected, 15_000);
      // The catch-up reaches every subscriber of the instance at once.
      await eventually(() => statusesOf(one).length === 1);
      await setStatus(order.id, "DELIVERED");

      for (const watched of [one, adas, everything]) {
        await eventually(() => statusesOf(watched, [order.id]).length === 2);
        expect(statusesOf(watched, [order.id])).toEqual([`${order.number} SHIPPED`, `${order.number} DELIVERED`]);
      }
      // Caught up from the database: the whole history, as order(id) shows it.
      const caughtUp = updatesOf(one)[0];
      expect(caughtUp.statusHistory.map((change: { to: string }) => change.to)).toEqual([
        "PENDING_PAYMENT",
        "PAID",
        "SHIPPED",
      ]);
      // Following all orders, one gets those changed since shortly before the gap (placed, here) as they are now.
      expect(statusesOf(adas, [untouched.id])).toEqual([`${untouched.number} PENDING_PAYMENT`]);
      expect(await Promise.race([one.ended, "open"])).toBe("open");
      await instance.close();
    } finally {
      await proxy.close();
    }
  });

  test("close() ends every subscription with 1001 Going Away and drops the queue; the client resubscribes to the instance that takes over", async () => {
    const instance = await stack.startInstance();
    const ada = shopper(stack);
    const order = await orderOf(ada, [[mug.id, 1]]);
    // Retrying as the gateway does: also when the port refuses connections for a moment.
    const client = wsClient(instance.url, ada.token, {
      retryAttempts: 100,
      retryWait: () => sleep(50),
      shouldRetry: () => true,
    });
    clients.push(client);
    const watched = watch(client, ORDER_UPDATED, { orderId: order.id });
    await eventually(() => instance.live.subscriptions() === 1);

    await instance.close();
    expect(instance.live.subscriptions()).toBe(0);
    expect(instance.live.sockets()).toBe(0);
    // While it existed, asking about it from another connection was RESOURCE_LOCKED (exclusive).
    const check = await testChannel();
    check.channel.on("error", () => undefined);
    await expect(check.channel.checkQueue(instance.live.queue)).rejects.toThrow(/NOT_FOUND/);
    await check.close().catch(() => undefined);

    const successor = await stack.startInstance({ port: instance.port });
    await eventually(() => successor.live.subscriptions() === 1);
    await pay(ada, order.id);
    // Resubscribed before the successor's queue was bound, it is caught up (PENDING_PAYMENT) first.
    await eventually(() => updatesOf(watched).at(-1)?.status === "PAID");
    expect(updatesOf(watched).filter((update) => update.status === "PAID")).toHaveLength(1);
    // Then 1006 for each attempt refused while nothing listened on the port.
    expect(client.closes[0]).toBe(SocketCloseCode.GoingAway);
    await client.dispose();
    await successor.close();
  });
});
