import { generateKeyPairSync, randomUUID } from "node:crypto";
import { Role } from "@shopgraph/kernel";
import { signAccessToken } from "@shopgraph/platform";
import {
  connectionCloseCode,
  dataOf,
  eventually,
  graphqlClient,
  TcpProxy,
  TEST_ADDRESS,
  testAccessToken,
  testKeys,
  testServiceToken,
  present,
  watcher,
  wsClient,
  type SubscriptionEnd,
} from "@shopgraph/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RunningSubgraph } from "../../scripts/src/supergraph.js";
import { graphql } from "./gql/index.js";
import type { OrderStatus } from "./gql/graphql.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";
import { recordingProxy } from "./recording-proxy.js";
import { ADD_TO_CART, IN_STOCK_PRODUCTS, PAY_ORDER, PLACE_ORDER, REGISTER, UPDATE_ORDER_STATUS } from "./operations.js";

/** A selection spanning orders (status), products (variant, product) and users (user.email). */
const ORDER_UPDATED = graphql(`
  subscription OrderUpdated($orderId: ID) {
    orderUpdated(orderId: $orderId) {
      id
      status
      statusHistory {
        to
      }
      user {
        email
      }
      lines {
        quantity
        variant {
          sku
          product {
            name
          }
        }
      }
    }
  }
`);
const STATUS_ONLY = graphql(`
  subscription StatusOnly($orderId: ID) {
    orderUpdated(orderId: $orderId) {
      id
      status
    }
  }
`);

interface Live {
  subscriptions(): number;
  sockets(): number;
}
const liveOf = (subgraph: RunningSubgraph | undefined) => (subgraph as unknown as { live: Live }).live;

let supergraph: SupergraphUnderTest;
let variant: { id: string; sku: string; productName: string };
/** Another product's variant: events of orders of each tell apart whose entities a subscriber got. */
let otherVariant: typeof variant;
const admin = testAccessToken({ role: Role.ADMIN });
const shoppers: Record<"ada" | "bob", { token: string; email: string }> = {
  ada: { token: "", email: "ada@example.com" },
  bob: { token: "", email: "bob@example.com" },
};
type Connection = ReturnType<typeof wsClient>;
const open: Connection[] = [];

/** A graphql-ws client of the gateway (closed after each test) and a way to subscribe on it. */
function connect(token: string | undefined, url = supergraph.url) {
  const client = wsClient(url, token);
  open.push(client);
  return {
    closes: client.closes,
    subscribe: watcher(client),
    dispose: () => client.dispose(),
  };
}

async function placeOrder(token: string, variantId = variant.id): Promise<string> {
  const shopper = supergraph.client(token);
  expect(dataOf(await shopper(ADD_TO_CART, { variantId })).addToCart.userErrors).toEqual([]);
  const { placeOrder } = dataOf(
    await shopper(PLACE_ORDER, { input: { idempotencyKey: randomUUID(), shippingAddress: TEST_ADDRESS } }),
  );
  expect(placeOrder.userErrors).toEqual([]);
  return present(placeOrder.order, "the order").id;
}

async function moveTo(orderId: string, status: OrderStatus, url = supergraph.url) {
  const { updateOrderStatus } = dataOf(await graphqlClient(url, admin)(UPDATE_ORDER_STATUS, { orderId, status }));
  expect(updateOrderStatus.userErrors).toEqual([]);
}

async function pay(orderId: string, token: string) {
  expect(dataOf(await supergraph.client(token)(PAY_ORDER, { orderId })).payOrder.userErrors).toEqual([]);
}

/** Subscriptions reach the owner asynchronously: an event before that would be missed by design. */
async function upstreamSubscribed(count: number, orders = supergraph.subgraphs.get("orders")) {
  await eventually(() => liveOf(orders).subscriptions() === count, 10_000);
}

beforeAll(async () => {
  supergraph = await startSupergraph({ subgraphEnv: { SEED_DEMO_CATALOG: "true" } });
  for (const [name, shopper] of Object.entries(shoppers)) {
    const { register } = dataOf(
      await supergraph.client()(REGISTER, {
        input: { email: shopper.email, password: "correct horse battery", name },
      }),
    );
    shopper.token = present(register.accessToken, "an access token");
  }
  const { products } = dataOf(await supergraph.client()(IN_STOCK_PRODUCTS, { first: 2 }));
  const [product, other] = [present(products.nodes[0], "a product in stock"), present(products.nodes[1], "another")];
  variant = { ...present(product.variants[0], "its variant"), productName: product.name };
  otherVariant = { ...present(other.variants[0], "its variant"), productName: other.name };
}, 60_000);

afterEach(async () => {
  await Promise.all(open.splice(0).map((connection) => connection.dispose()));
});
afterAll(() => supergraph?.close());

describe("Subscription.orderUpdated through the gateway", () => {
  it("relays each status change in order, with the fields users and products own filled in", async () => {
    const orderId = await placeOrder(shoppers.ada.token);
    const subscription = connect(shoppers.ada.token).subscribe(ORDER_UPDATED, { orderId });
    await upstreamSubscribed(1);

    await pay(orderId, shoppers.ada.token);
    await moveTo(orderId, "SHIPPED");
    await moveTo(orderId, "DELIVERED");

    const results = await subscription.take(3);
    expect(results.map((result) => result.errors)).toEqual([undefined, undefined, undefined]);
    expect(results.map((result) => result.data?.["orderUpdated"].status)).toEqual(["PAID", "SHIPPED", "DELIVERED"]);
    for (const { data } of results) {
      expect(data?.["orderUpdated"]).toMatchObject({
        id: orderId,
        user: { email: shoppers.ada.email },
        lines: [{ quantity: 1, variant: { sku: variant.sku, product: { name: variant.productName } } }],
      });
    }
    expect(results[2]!.data?.["orderUpdated"].statusHistory.map((change: { to: string }) => change.to)).toEqual([
      "PENDING_PAYMENT",
      "PAID",
      "SHIPPED",
      "DELIVERED",
    ]);
    // Nothing more arrives: once orders published all it recorded, exactly those three events.
    await supergraph.settled();
    expect(subscription.results).toHaveLength(3);
  });

  it("gives a customer's no-argument subscription their own orders only", async () => {
    const adaOrder = await placeOrder(shoppers.ada.token);
    const bobOrder = await placeOrder(shoppers.bob.token);
    const subscription = connect(shoppers.ada.token).subscribe(STATUS_ONLY, {});
    await upstreamSubscribed(1);

    await pay(bobOrder, shoppers.bob.token);
    await pay(adaOrder, shoppers.ada.token);

    expect(await subscription.take(1)).toEqual([{ data: { orderUpdated: { id: adaOrder, status: "PAID" } } }]);
    // Ada's next change comes through the same queue and socket after anything of Bob's would have.
    await supergraph.settled();
    await moveTo(adaOrder, "SHIPPED");
    await eventually(() => subscription.results.length >= 2);
    expect(subscription.results).toEqual([
      { data: { orderUpdated: { id: adaOrder, status: "PAID" } } },
      { data: { orderUpdated: { id: adaOrder, status: "SHIPPED" } } },
    ]);
  });

  it("delivers a change made on another orders instance", async () => {
    const second = await supergraph.startInstance("orders");
    const orderId = await placeOrder(shoppers.ada.token);
    const subscription = connect(shoppers.ada.token).subscribe(STATUS_ONLY, { orderId });
    await upstreamSubscribed(1);
    expect(liveOf(second).subscriptions()).toBe(0);

    await pay(orderId, shoppers.ada.token); // through the gateway, so on the first instance
    await moveTo(orderId, "SHIPPED", second.url);

    expect(await subscription.take(2)).toEqual([
      { data: { orderUpdated: { id: orderId, status: "PAID" } } },
      { data: { orderUpdated: { id: orderId, status: "SHIPPED" } } },
    ]);
  });

  it("keeps the subscription across an orders restart, catching up with the current state, then the next change", async () => {
    const orderId = await placeOrder(shoppers.ada.token);
    await pay(orderId, shoppers.ada.token);
    // The PAID event has gone by before the subscription opens: what it gets next is the catch-up.
    await supergraph.settled();
    const connection = connect(shoppers.ada.token);
    const subscription = connection.subscribe(STATUS_ONLY, { orderId });
    await upstreamSubscribed(1);
    expect(subscription.results).toEqual([]);

    const restarted = await supergraph.restartSubgraph("orders");
    await upstreamSubscribed(1, restarted);
    // Resubscribed, it is caught up first: the order as it is now.
    expect(await subscription.take(1)).toEqual([{ data: { orderUpdated: { id: orderId, status: "PAID" } } }]);
    await moveTo(orderId, "SHIPPED");

    await eventually(() => subscription.results.at(-1)?.data?.["orderUpdated"].status === "SHIPPED");
    expect(connection.closes).toEqual([]);
  }, 20_000);

  it("after an orders restart, a change made while it was down reaches the subscriber as the order's current state", async () => {
    const other = await supergraph.startInstance("orders");
    const orderId = await placeOrder(shoppers.ada.token);
    const connection = connect(shoppers.ada.token);
    const one = connection.subscribe(STATUS_ONLY, { orderId });
    const all = connection.subscribe(STATUS_ONLY, {});
    await upstreamSubscribed(2);
    const statuses = (subscription: typeof one) =>
      subscription.results
        .map((result) => result.data?.["orderUpdated"])
        .filter((order) => order?.id === orderId)
        .map((order) => order?.status);
    await pay(orderId, shoppers.ada.token);
    for (const subscription of [one, all]) await eventually(() => statuses(subscription).at(-1) === "PAID");

    // Committed through the other instance while the one the gateway follows is down.
    const restarted = await supergraph.restartSubgraph("orders", () => moveTo(orderId, "SHIPPED", other.url));
    await upstreamSubscribed(2, restarted);
    for (const subscription of [one, all]) await eventually(() => statuses(subscription).at(-1) === "SHIPPED");
    await moveTo(orderId, "DELIVERED");
    for (const subscription of [one, all]) {
      await eventually(() => statuses(subscription).at(-1) === "DELIVERED");
      // The current state, perhaps twice (the resubscription's and the restarted feed's), then the next change.
      expect(new Set(statuses(subscription))).toEqual(new Set(["PAID", "SHIPPED", "DELIVERED"]));
      expect(statuses(subscription).lastIndexOf("PAID")).toBeLessThan(statuses(subscription).indexOf("SHIPPED"));
      expect(subscription.results.every((result) => result.errors === undefined)).toBe(true);
    }
    expect(connection.closes).toEqual([]);
  }, 20_000);

  it("resubscribes with extensions.resumeFrom after losing its socket to orders, so a change made meanwhile is not lost", async () => {
    const orders = supergraph.subgraphs.get("orders")!;
    const proxy = await TcpProxy.start(orders.port);
    try {
      const gateway = await supergraph.startGateway({ ORDERS_URL: `http://127.0.0.1:${proxy.port}/graphql` });
      const orderId = await placeOrder(shoppers.ada.token);
      const connection = connect(shoppers.ada.token, gateway.url);
      const subscription = connection.subscribe(STATUS_ONLY, { orderId });
      const witness = connect(admin).subscribe(STATUS_ONLY, { orderId });
      await upstreamSubscribed(2);

      // Orders keeps running and its feed delivers; only the second gateway's socket to it is gone.
      await proxy.cut();
      await upstreamSubscribed(1);
      await pay(orderId, shoppers.ada.token);
      // Delivered by the feed: nothing of the change is still on its way when the socket is back.
      await witness.take(1);
      await proxy.resume();
      await upstreamSubscribed(2);

      expect(await subscription.take(1)).toEqual([{ data: { orderUpdated: { id: orderId, status: "PAID" } } }]);
      await moveTo(orderId, "SHIPPED");
      expect((await subscription.take(2))[1]).toEqual({ data: { orderUpdated: { id: orderId, status: "SHIPPED" } } });
      // Over while the proxy still forwards, so the gateway's upstream socket closes cleanly.
      await connection.dispose();
      await upstreamSubscribed(1);
    } finally {
      await proxy.close();
    }
  }, 20_000);
});

describe("entity fetches of events that arrive together", () => {
  type Update = {
    id: string;
    status: string;
    user: { email: string };
    lines: Array<{ variant: { sku: string; product: { name: string } } }>;
  };
  const updates = (results: ReadonlyArray<{ data?: Record<string, unknown> | null; errors?: unknown }>) =>
    results.map((result) => {
      expect(result.errors).toBeUndefined();
      return result.data?.["orderUpdated"] as Update;
    });
  const statusesOf = (results: Update[], orderId: string) =>
    results.filter((order) => order.id === orderId).map((order) => order.status);

  it("share one products request across customers, without a token, and one per admin; each subscriber gets its own order's entities, every change, in order", async () => {
    const products = await recordingProxy(supergraph.subgraphs.get("products")!.url);
    try {
      // A window wide enough for the changes below to arrive within it.
      const gateway = await supergraph.startGateway({
        PRODUCTS_URL: products.url,
        SUBSCRIPTION_ENTITY_BATCH_MS: "1000",
      });
      const adaOrder = await placeOrder(shoppers.ada.token, variant.id);
      const bobOrder = await placeOrder(shoppers.bob.token, otherVariant.id);
      const ada = connect(shoppers.ada.token, gateway.url).subscribe(ORDER_UPDATED, {});
      const bob = connect(shoppers.bob.token, gateway.url).subscribe(ORDER_UPDATED, { orderId: bobOrder });
      const everyOrder = connect(admin, gateway.url).subscribe(ORDER_UPDATED, {});
      await upstreamSubscribed(3);

      await Promise.all([pay(adaOrder, shoppers.ada.token), pay(bobOrder, shoppers.bob.token)]);
      await everyOrder.take(2);
      // Four events (Ada's, Bob's, and both for the admin): two products requests. The customers'
      // carry no token (products declared the answer PUBLIC); the admin's carry the admin's.
      expect(products.seen.map((request) => request.headers.authorization)).toEqual(
        expect.arrayContaining([undefined, `Bearer ${admin}`]),
      );
      expect(products.seen).toHaveLength(2);
      for (const request of products.seen) {
        expect(JSON.parse(request.body).variables.representations).toHaveLength(2);
      }

      // Each order moves twice more, both at once: every subscriber gets every change of its orders, in order.
      const ship = async (orderId: string) => {
        await moveTo(orderId, "SHIPPED");
        await moveTo(orderId, "DELIVERED");
      };
      await Promise.all([ship(adaOrder), ship(bobOrder)]);
      const [adas, bobs, all] = (await Promise.all([ada.take(3), bob.take(3), everyOrder.take(6)])).map(updates) as [
        Update[],
        Update[],
        Update[],
      ];
      const expected = ["PAID", "SHIPPED", "DELIVERED"];
      expect(statusesOf(all, adaOrder)).toEqual(expected);
      expect(statusesOf(all, bobOrder)).toEqual(expected);
      // Nobody gets another customer's order, and each order comes with its own lines' entities.
      expect(adas.map((order) => order.status)).toEqual(expected);
      expect(bobs.map((order) => order.status)).toEqual(expected);
      expect(new Set(adas.map((order) => order.id))).toEqual(new Set([adaOrder]));
      expect(new Set(bobs.map((order) => order.id))).toEqual(new Set([bobOrder]));
      for (const order of [...adas, ...bobs, ...all]) {
        const [own, owner] = order.id === adaOrder ? [variant, shoppers.ada] : [otherVariant, shoppers.bob];
        expect(order.lines).toEqual([{ quantity: 1, variant: { sku: own.sku, product: { name: own.productName } } }]);
        // users' answer is PRIVATE: never shared, each subscriber's fetched with its own token.
        expect(order.user).toEqual({ email: owner.email });
      }
      await supergraph.settled();
      expect([ada.results.length, bob.results.length, everyOrder.results.length]).toEqual([3, 3, 6]);
    } finally {
      await products.close();
    }
  }, 30_000);
});

describe("who may subscribe", () => {
  it("refuses another customer's order exactly like an unknown one", async () => {
    const adaOrder = await placeOrder(shoppers.ada.token);
    const bob = connect(shoppers.bob.token);
    const foreign = bob.subscribe(STATUS_ONLY, { orderId: adaOrder });
    const unknown = bob.subscribe(STATUS_ONLY, { orderId: randomUUID() });

    const [foreignEnd, unknownEnd] = await Promise.all([foreign.ended, unknown.ended]);
    expect(foreign.results).toEqual(unknown.results);
    expect(errorsOf(foreignEnd, foreign.results)).toEqual(errorsOf(unknownEnd, unknown.results));
    expect(errorsOf(foreignEnd, foreign.results)[0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });
  });

  it("lets an ADMIN follow any order", async () => {
    const orderId = await placeOrder(shoppers.bob.token);
    const subscription = connect(admin).subscribe(STATUS_ONLY, { orderId });
    await upstreamSubscribed(1);
    await pay(orderId, shoppers.bob.token);
    expect(await subscription.take(1)).toEqual([{ data: { orderUpdated: { id: orderId, status: "PAID" } } }]);
  });

  it.each([
    ["no token", {}],
    ["a malformed token", { authorization: "Bearer not-a-jwt" }],
    ["a token that is not a bearer token", { authorization: testAccessToken() }],
    ["an expired token", { authorization: `Bearer ${customerToken(-60)}` }],
    ["a token signed by someone else", { authorization: `Bearer ${forgedToken()}` }],
    ["a service token", { authorization: `Bearer ${testServiceToken()}` }],
  ])("closes the connection with 4403 for %s", async (_case, connectionParams) => {
    expect(await connectionCloseCode(supergraph.url, connectionParams)).toBe(4403);
    expect(supergraph.gateway.subscriptions.connections()).toBe(0);
  });
  it("closes a connection with 4403 when its token expires, ending its subscriptions", async () => {
    const connection = connect(customerToken(2));
    const subscription = connection.subscribe(STATUS_ONLY, {});
    await eventually(() => supergraph.gateway.subscriptions.subscriptions() === 1);
    expect(await eventually(() => connection.closes[0], 5_000)).toBe(4403);
    expect(await subscription.ended).toMatchObject({ error: { code: 4403 } });
    await eventually(() => supergraph.gateway.subscriptions.subscriptions() === 0);
  });
});

describe("operations the relay refuses", () => {
  it("answers an invalid selection with GRAPHQL_VALIDATION_FAILED, a query with BAD_REQUEST", async () => {
    const connection = connect(shoppers.ada.token);
    // Strings: documents the schema refuses, on purpose.
    const invalid = connection.subscribe(`subscription { orderUpdated { nope } }`);
    const query = connection.subscribe(`{ me { id } }`);
    expect(errorsOf(await invalid.ended, invalid.results)[0]).toMatchObject({
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    expect(errorsOf(await query.ended, query.results)[0]).toMatchObject({ extensions: { code: "BAD_REQUEST" } });
  });

  it("caps subscriptions per connection and connections per user", async () => {
    const gateway = await supergraph.startGateway({
      MAX_SUBSCRIPTIONS_PER_CONNECTION: "2",
      MAX_CONNECTIONS_PER_USER: "1",
    });
    const first = connect(shoppers.ada.token, gateway.url);
    first.subscribe(STATUS_ONLY, {});
    first.subscribe(STATUS_ONLY, {});
    const third = first.subscribe(STATUS_ONLY, {});
    expect(errorsOf(await third.ended, third.results)[0]).toMatchObject({
      extensions: { code: "TOO_MANY_SUBSCRIPTIONS" },
    });

    const second = connect(shoppers.ada.token, gateway.url);
    expect(await eventually(() => second.closes[0])).toBe(4429);
    // Another user is not affected.
    const bob = connect(shoppers.bob.token, gateway.url).subscribe(STATUS_ONLY, {});
    await eventually(() => gateway.subscriptions.subscriptions() === 3);
    bob.unsubscribe();
  });
});

describe("lifecycle", () => {
  it("leaves no upstream socket or subscription behind after unsubscribe and after disconnect", async () => {
    const orders = supergraph.subgraphs.get("orders");
    await upstreamSubscribed(0); // what earlier tests opened is gone
    const connection = connect(shoppers.ada.token);
    const bob = connect(shoppers.bob.token);
    const one = connection.subscribe(STATUS_ONLY, {});
    const two = connection.subscribe(ORDER_UPDATED, {});
    const three = bob.subscribe(STATUS_ONLY, {});
    await upstreamSubscribed(3);
    expect(supergraph.gateway.subscriptions.subscriptions()).toBe(3);
    // Every user's subscriptions share the gateway's one upstream socket (each brings its own token).
    expect(liveOf(orders).sockets()).toBe(1);
    expect(supergraph.gateway.subscriptions.upstreamSockets()).toBe(1);

    one.unsubscribe();
    three.unsubscribe();
    await upstreamSubscribed(1);
    two.unsubscribe();
    await eventually(() => liveOf(orders).subscriptions() === 0 && liveOf(orders).sockets() === 0);
    expect(supergraph.gateway.subscriptions.subscriptions()).toBe(0);
    expect(supergraph.gateway.subscriptions.upstreamSockets()).toBe(0);

    connection.subscribe(STATUS_ONLY, {});
    await upstreamSubscribed(1);
    await Promise.all([connection.dispose(), bob.dispose()]);
    await eventually(() => liveOf(orders).subscriptions() === 0 && liveOf(orders).sockets() === 0);
    await eventually(() => supergraph.gateway.subscriptions.connections() === 0);
    expect(supergraph.gateway.subscriptions.subscriptions()).toBe(0);
  });

  it("tells the client SERVICE_UNAVAILABLE once the owning subgraph stayed unreachable through every retry", async () => {
    const gateway = await supergraph.startGateway({
      ORDERS_URL: "http://127.0.0.1:1/graphql",
      SUBSCRIPTION_UPSTREAM_RETRIES: "2",
    });
    const subscription = connect(shoppers.ada.token, gateway.url).subscribe(STATUS_ONLY, {});
    const end = await subscription.ended;
    expect(errorsOf(end, subscription.results)).toEqual([
      {
        message: expect.stringMatching(/orders service cannot be reached/),
        extensions: { code: "SERVICE_UNAVAILABLE" },
      },
    ]);
    expect(gateway.subscriptions.subscriptions()).toBe(0);
  });

  it("tells subscribers to reconnect when the gateway shuts down, without completing their subscriptions", async () => {
    const gateway = await supergraph.startGateway({});
    const connection = connect(shoppers.ada.token, gateway.url);
    const subscription = connection.subscribe(STATUS_ONLY, {});
    await eventually(() => gateway.subscriptions.subscriptions() === 1);
    await gateway.close();
    // 1001 Going Away: a graphql-ws client with retries subscribes again (this one never retries).
    expect(connection.closes).toEqual([1001]);
    const ended = await subscription.ended;
    expect(ended).not.toEqual({ completed: true });
    expect((ended as { error: { code: number } }).error.code).toBe(1001);
    await upstreamSubscribed(0);
  });
});

/** The GraphQL errors a subscription ended with, as an `error` message or as a last `next`. */
function errorsOf(end: SubscriptionEnd, results: ReadonlyArray<{ errors?: readonly unknown[] }>) {
  if ("error" in end && Array.isArray(end.error)) return end.error as Array<Record<string, unknown>>;
  return (results.at(-1)?.errors ?? []) as Array<Record<string, unknown>>;
}

/** A customer's access token that expires `ttlSeconds` from now (in the past when negative). */
function customerToken(ttlSeconds: number): string {
  return signAccessToken(
    testKeys().jwtPrivateKey,
    "shopgraph",
    { userId: randomUUID(), role: Role.CUSTOMER, sessionId: randomUUID() },
    ttlSeconds,
  );
}

function forgedToken(): string {
  // A key pair of its own: the signature cannot verify against the gateway's public key.
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return signAccessToken(
    privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    "shopgraph",
    { userId: randomUUID(), role: Role.CUSTOMER, sessionId: randomUUID() },
    900,
  );
}
