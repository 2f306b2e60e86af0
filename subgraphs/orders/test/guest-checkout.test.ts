import { randomUUID } from "node:crypto";
import { connect } from "amqplib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type EventEnvelope, Role, toGlobalId } from "@shopgraph/kernel";
import { amqpUserOf, orderLinkKey, orderLinkToken } from "@shopgraph/platform";
import { dataOf, eventually, present, rowId, TEST_AMQP_URL, testAccessToken } from "@shopgraph/testing";
import { Catalog, type TestVariant } from "./catalog.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { ADDRESS } from "./operations.js";
import { addToCart, orderOf, shopper } from "./shoppers.js";

/**
 * Guest checkout against the real orders and products subgraphs (Postgres, RabbitMQ): the order a
 * guest places, the link that opens it and nothing else, and the claim of guest orders by a
 * verified address, as users' event would bring it.
 */
let stack: OrdersUnderTest;
let catalog: Catalog;
let shirt: TestVariant;
let mug: TestVariant;

beforeAll(async () => {
  stack = await startOrders();
  catalog = new Catalog(stack);
  shirt = await catalog.variant({ priceCents: 2500, stock: 500 }, "Shirt");
  mug = await catalog.variant({ priceCents: 1200, stock: 500 }, "Mug");
});
afterAll(() => stack?.close());

const ORDER = `id number status guestEmail user { id } total { amountCents currency }
  lines { sku quantity } shippingAddress { name }`;
const CART_CREATE = `mutation($input: CartCreateInput!) {
  cartCreate(input: $input) { cart { id totalQuantity } userErrors { code field } }
}`;
const PLACE_GUEST_ORDER = `mutation($input: GuestOrderInput!) {
  placeGuestOrder(input: $input) {
    order { ${ORDER} } orderToken cart { id totalQuantity } userErrors { code field }
  }
}`;
const ORDER_BY_TOKEN = `query($token: String!) { orderByToken(token: $token) { ${ORDER} } }`;
const PAY_GUEST_ORDER = `mutation($token: String!, $paymentToken: String!) {
  payGuestOrder(token: $token, paymentToken: $paymentToken) { order { id status } userErrors { code } }
}`;
const ORDER_BY_ID = `query($id: ID!) { order(id: $id) { id } }`;
const NODE = `query($id: ID!) { node(id: $id) { id } }`;
const ORDER_OWNER = `query($id: ID!) { order(id: $id) { id guestEmail user { id } } }`;

type Client = ReturnType<OrdersUnderTest["client"]>;
const anonymous = (): Client => stack.client();
const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((error) => error.code);

async function guestCart(lines: Array<[string, number]>): Promise<string> {
  const { cartCreate } = dataOf(
    await anonymous()(CART_CREATE, {
      input: { lines: lines.map(([variantId, quantity]) => ({ variantId, quantity })) },
    }),
  );
  expect(cartCreate.userErrors).toEqual([]);
  return present(cartCreate.cart, "the guest cart").id as string;
}

interface GuestOrderRequest {
  email?: string;
  cartId?: string;
  idempotencyKey?: string;
  shippingMethodId?: string | null;
  couponCode?: string | null;
  shippingAddress?: typeof ADDRESS;
}

async function placeGuestOrder(request: GuestOrderRequest & { cartId: string }, client = anonymous()) {
  const input = { email: "guest@example.com", idempotencyKey: randomUUID(), shippingAddress: ADDRESS, ...request };
  return dataOf(await client(PLACE_GUEST_ORDER, { input })).placeGuestOrder;
}

/** A placed guest order with its link's token. */
async function guestOrder(email: string, lines: Array<[string, number]> = [[shirt.id, 1]]) {
  const placed = await placeGuestOrder({ email, cartId: await guestCart(lines) });
  expect(placed.userErrors).toEqual([]);
  return { order: present(placed.order, "the guest order"), token: present(placed.orderToken, "its token") as string };
}

async function byToken(token: string) {
  return anonymous()(ORDER_BY_TOKEN, { token });
}

const uniqueEmail = (name = "guest") => `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`;

describe("placeGuestOrder", () => {
  test("orders a guest cart for an e-mail address: the order has no user, the cart is emptied, order.placed names the guest", async () => {
    const email = uniqueEmail("Ada");
    const cartId = await guestCart([
      [shirt.id, 2],
      [mug.id, 1],
    ]);
    const placed = await placeGuestOrder({ email: `  ${email.toUpperCase()} `, cartId });
    expect(placed.userErrors).toEqual([]);
    expect(placed.order).toMatchObject({
      status: "PENDING_PAYMENT",
      guestEmail: email,
      user: null,
      total: { amountCents: 6200, currency: "USD" },
      lines: [
        { sku: shirt.sku, quantity: 2 },
        { sku: mug.sku, quantity: 1 },
      ],
    });
    expect(placed.cart).toEqual({ id: cartId, totalQuantity: 0 });
    expect(placed.orderToken).toMatch(/^v1\.[\w-]{22}\.[\w-]{43}$/);

    const orderId = rowId(placed.order.id);
    const [row] = await stack.ordersDb.sql("select user_id, guest_email from orders where id = $1", [orderId]);
    expect(row).toEqual({ user_id: null, guest_email: email });
    const [event] = await stack.ordersDb.sql(
      "select envelope from outbox where aggregate_id = $1 and type = 'order.placed'",
      [orderId],
    );
    const envelope = (event as { envelope: EventEnvelope<"order.placed"> }).envelope;
    expect(envelope.data).toMatchObject({ orderId, userId: null, guestEmail: email, totalCents: 6200 });
    // The token is the link's secret: never in the event that partners' webhooks and logs see.
    expect(JSON.stringify(envelope)).not.toContain(placed.orderToken.split(".")[2]);
    // The history says no user placed it.
    const history = await stack.ordersDb.sql("select by from order_transitions where order_id = $1", [orderId]);
    expect(history).toEqual([{ by: null }]);
  });

  test("the same cart and key return the same order, also when ten requests race", async () => {
    const cartId = await guestCart([[shirt.id, 3]]);
    const idempotencyKey = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => placeGuestOrder({ email: uniqueEmail(), cartId, idempotencyKey })),
    );
    const placed = answers.filter((answer) => answer.order);
    // Racing twins all answer with the one order, or (a twin holding the cart) CHECKOUT_IN_PROGRESS.
    expect(new Set(placed.map((answer) => answer.order.id)).size).toBe(1);
    for (const answer of answers.filter((answer) => !answer.order))
      expect(codes(answer)).toEqual(["CHECKOUT_IN_PROGRESS"]);
    const orderId = rowId(present(placed[0]).order.id);
    const again = await placeGuestOrder({ email: "someone.else@example.com", cartId, idempotencyKey });
    expect(again.order.id).toBe(placed[0]?.order.id);
    const rows = await stack.ordersDb.sql("select count(*)::int as n from orders where id = $1", [orderId]);
    expect(rows).toEqual([{ n: 1 }]);
    const reserved = await stack.productsDb.sql(
      "select coalesce(sum(quantity), 0)::int as units from stock_reservations where order_id = $1",
      [orderId],
    );
    expect(reserved).toEqual([{ units: 3 }]);
  });

  test("an account's cart, another guest's forged id, an unknown or missing cart are CART_NOT_FOUND", async () => {
    const customer = shopper(stack);
    await addToCart(customer, shirt.id, 1);
    const [account] = (await stack.ordersDb.sql("select id from carts where user_id = $1", [customer.userId])) as [
      { id: string },
    ];
    const accountCart = { id: toGlobalId("Cart", account.id) };
    const cartId = await guestCart([[shirt.id, 1]]);
    const uuid = rowId(cartId);
    const forged = toGlobalId("Cart", uuid.slice(0, -1) + (uuid.endsWith("0") ? "1" : "0"));
    for (const id of [accountCart.id, forged, toGlobalId("Cart", randomUUID())]) {
      const answer = await placeGuestOrder({ email: uniqueEmail(), cartId: id });
      expect(codes(answer), id).toEqual(["CART_NOT_FOUND"]);
      expect(answer.order).toBeNull();
    }
    // The account cart is untouched, and so is the guest cart one character away.
    const lines = await stack.ordersDb.sql("select quantity from cart_lines where cart_id = any($1::uuid[])", [
      [rowId(accountCart.id), uuid],
    ]);
    expect(lines).toEqual([{ quantity: 1 }, { quantity: 1 }]);
  });

  test("hostile input: bad addresses, a shipping method or coupon not priced yet, every problem at once", async () => {
    const cartId = await guestCart([[shirt.id, 1]]);
    const bad = [
      "",
      "   ",
      "no-at-sign",
      "two@@example.com",
      "a@b",
      "spa ce@example.com",
      `${"x".repeat(250)}@example.com`,
      "\u0000@example.com".replace("\u0000", " "),
    ];
    for (const email of bad) {
      const answer = await placeGuestOrder({ email, cartId });
      expect(answer.userErrors, JSON.stringify(email)).toEqual([{ code: "INVALID_EMAIL", field: ["input", "email"] }]);
    }
    const all = await placeGuestOrder({
      email: "nope",
      cartId,
      idempotencyKey: "has space",
      shippingAddress: { ...ADDRESS, name: "", country: "XX" },
    });
    expect(codes(all).sort()).toEqual(["INVALID_COUNTRY", "INVALID_EMAIL", "INVALID_IDEMPOTENCY_KEY", "REQUIRED"]);
    const pricing = await placeGuestOrder({
      email: uniqueEmail(),
      cartId,
      shippingMethodId: toGlobalId("ShippingMethod", randomUUID()),
      couponCode: "SAVE10",
    });
    expect(pricing.userErrors).toEqual([
      { code: "SHIPPING_METHOD_NOT_FOUND", field: ["input", "shippingMethodId"] },
      { code: "COUPON_INVALID", field: ["input", "couponCode"] },
    ]);
    // Nothing was ordered or claimed by any of them: the cart still orders.
    expect(await stack.ordersDb.sql("select count(*)::int as n from orders where guest_email = 'nope'")).toEqual([
      { n: 0 },
    ]);
    const placed = await placeGuestOrder({ email: uniqueEmail(), cartId });
    expect(placed.userErrors).toEqual([]);
  });

  test("hostile lines never reach an order: zero, negative, huge quantities, unknown variants, 1000 lines", async () => {
    const refusals: Array<[string, Array<[string, number]>]> = [
      ["zero", [[shirt.id, 0]]],
      ["negative", [[shirt.id, -5]]],
      ["huge", [[shirt.id, 2_147_483_647]]],
      ["unknown variant", [[toGlobalId("ProductVariant", randomUUID()), 1]]],
      ["1000 lines", Array.from({ length: 1000 }, () => [mug.id, 1] as [string, number])],
    ];
    for (const [what, lines] of refusals) {
      const answer = await anonymous()(CART_CREATE, {
        input: { lines: lines.map(([variantId, quantity]) => ({ variantId, quantity })) },
      });
      const refused = answer.errors?.length
        ? answer.errors.map((e) => e.extensions?.["code"])
        : codes(dataOf(answer).cartCreate);
      expect(refused.length, what).toBeGreaterThan(0);
    }
    // The most a line may hold is what an order gets.
    const { cartCreate } = dataOf(
      await anonymous()(CART_CREATE, { input: { lines: [{ variantId: shirt.id, quantity: 99 }] } }),
    );
    const placed = await placeGuestOrder({ email: uniqueEmail(), cartId: cartCreate.cart.id });
    expect(placed.order.lines).toEqual([{ sku: shirt.sku, quantity: 99 }]);
    // A cart id, an e-mail and a key of absurd sizes are refused as input, not stored.
    const giant = await anonymous()(PLACE_GUEST_ORDER, {
      input: {
        email: `${"a".repeat(100_000)}@example.com`,
        cartId: "x".repeat(10_000),
        idempotencyKey: "k",
        shippingAddress: ADDRESS,
      },
    });
    expect(giant.data?.placeGuestOrder?.order ?? null).toBeNull();
  });

  test("a signed-in shopper may check out a guest cart as a guest too: the order is the address's, not theirs", async () => {
    const customer = shopper(stack);
    const cartId = await guestCart([[mug.id, 1]]);
    const placed = await placeGuestOrder({ email: uniqueEmail(), cartId }, customer.client);
    expect(placed.userErrors).toEqual([]);
    expect(placed.order.user).toBeNull();
  });
});

describe("the order's link", () => {
  test("opens its own order, read-only, for anyone holding it; pays it once", async () => {
    const email = uniqueEmail();
    const { order, token } = await guestOrder(email);
    const opened = dataOf(await byToken(token)).orderByToken;
    expect(opened).toEqual(order);
    const paid = dataOf(await anonymous()(PAY_GUEST_ORDER, { token, paymentToken: "tok_visa" })).payGuestOrder;
    expect(paid).toEqual({ order: { id: order.id, status: "PAID" }, userErrors: [] });
    const twice = dataOf(await anonymous()(PAY_GUEST_ORDER, { token, paymentToken: "tok_visa" })).payGuestOrder;
    expect(twice.order.status).toBe("PAID");
    const payments = await stack.ordersDb.sql("select count(*)::int as n from payments where order_id = $1", [
      rowId(order.id),
    ]);
    expect(payments).toEqual([{ n: 1 }]);
  });

  test("a token for order A never opens order B: twenty orders, each token its own order only", async () => {
    const placed = await Promise.all(Array.from({ length: 20 }, () => guestOrder(uniqueEmail())));
    const opened = await Promise.all(placed.map(async ({ token }) => dataOf(await byToken(token)).orderByToken.id));
    expect(opened).toEqual(placed.map(({ order }) => order.id));
    expect(new Set(placed.map(({ token }) => token)).size).toBe(20);
  });

  test("a tampered, forged, foreign or malformed token is NOT_FOUND and opens nothing", async () => {
    const a = await guestOrder(uniqueEmail());
    const b = await guestOrder(uniqueEmail());
    const [, idA, macA] = a.token.split(".") as [string, string, string];
    const [, idB, macB] = b.token.split(".") as [string, string, string];
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === "A" ? "B" : "A") + text.slice(at + 1);
    const customer = shopper(stack);
    const customerOrder = await orderOf(customer, [[mug.id, 1]]);
    const otherKey = orderLinkKey("another secret, as another deployment would have, long enough");
    const tokens = [
      `v1.${idB}.${macA}`, // A's signature on B's id
      `v1.${idA}.${macB}`,
      `v1.${idA}.${flip(macA, 5)}`,
      `v1.${flip(idA, 3)}.${macA}`,
      `v2.${idA}.${macA}`,
      `v1.${idA}.${macA}.`,
      `v1.${idA}.${macA}x`,
      `v1.${idA}.${macA.slice(0, -1)}`,
      `v1.${idA}=.${macA}`,
      a.token.toUpperCase(),
      a.token + "\n",
      `v1.${idA}`,
      "",
      ".",
      "v1..",
      "x".repeat(10_000),
      orderLinkToken(otherKey, rowId(a.order.id)),
      // A well-signed token of a customer's order: a link opens guest orders only.
      orderLinkToken(stack.config.orderLinkKey, rowId(customerOrder.id)),
      orderLinkToken(stack.config.orderLinkKey, randomUUID()),
    ];
    for (const token of tokens) {
      const answer = await byToken(token);
      expect(answer.data?.orderByToken ?? null, token.slice(0, 80)).toBeNull();
      expect(
        answer.errors?.map((error) => error.extensions?.["code"]),
        token.slice(0, 80),
      ).toEqual(["NOT_FOUND"]);
      const pay = dataOf(await anonymous()(PAY_GUEST_ORDER, { token, paymentToken: "tok_visa" })).payGuestOrder;
      expect(pay, token.slice(0, 80)).toEqual({ order: null, userErrors: [{ code: "ORDER_NOT_FOUND" }] });
    }
    // Nothing was paid by any of them.
    const paid = await stack.ordersDb.sql("select count(*)::int as n from payments where order_id = any($1::uuid[])", [
      [rowId(a.order.id), rowId(b.order.id), rowId(customerOrder.id)],
    ]);
    expect(paid).toEqual([{ n: 0 }]);
  });

  test("a guest's order is no one's by id: anonymous, a customer, node() see nothing; an admin sees it", async () => {
    const { order } = await guestOrder(uniqueEmail());
    const anon = await anonymous()(ORDER_BY_ID, { id: order.id });
    expect(anon.data?.order ?? null).toBeNull();
    expect(anon.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
    const customer = shopper(stack);
    const seen = await customer.client(ORDER_BY_ID, { id: order.id });
    expect(seen.errors?.[0]?.extensions?.["code"]).toBe("NOT_FOUND");
    expect(dataOf(await customer.client(NODE, { id: order.id })).node).toBeNull();
    expect(dataOf(await anonymous()(NODE, { id: order.id })).node).toBeNull();
    const admin = stack.client(testAccessToken({ role: Role.ADMIN }));
    expect(dataOf(await admin(ORDER_BY_ID, { id: order.id })).order).toEqual({ id: order.id });
  });
});

/** Publishes events to the stack's exchange as their producer (users) would. */
async function publish(...events: EventEnvelope[]) {
  const connection = await connect(TEST_AMQP_URL);
  try {
    const channel = await connection.createConfirmChannel();
    for (const event of events) {
      channel.publish(stack.config.events.exchange, event.type, Buffer.from(JSON.stringify(event)), {
        persistent: true,
        contentType: "application/json",
        messageId: event.id,
        type: event.type,
        userId: amqpUserOf(TEST_AMQP_URL),
      });
    }
    await channel.waitForConfirms();
  } finally {
    await connection.close();
  }
}

const envelope = <T extends "user.email_verified" | "user.registered">(type: T, data: EventEnvelope<T>["data"]) =>
  ({ id: randomUUID(), type, occurredAt: new Date().toISOString(), correlationId: null, data }) as EventEnvelope<T>;

/** The orders that are the user's now, as they see them through order(id:). */
async function ordersOf(userId: string) {
  const rows = (await stack.ordersDb.sql("select id from orders where user_id = $1 order by created_at", [
    userId,
  ])) as Array<{ id: string }>;
  const client = stack.client(testAccessToken({ userId, role: Role.CUSTOMER }));
  const seen = [];
  for (const { id } of rows) {
    seen.push(
      dataOf(await client(ORDER_OWNER, { id: toGlobalId("Order", id) })).order as {
        id: string;
        guestEmail: string | null;
        user: { id: string } | null;
      },
    );
  }
  return seen;
}

const processed = async (eventId: string) =>
  (await stack.ordersDb.sql("select count(*)::int as n from processed_events where event_id = $1", [eventId]))[0] as {
    n: number;
  };

describe("claiming guest orders", () => {
  test("registering with the address claims nothing; verifying it claims every guest order of it, once", async () => {
    const email = uniqueEmail("Claire");
    const first = await guestOrder(email);
    const second = await guestOrder(email.toUpperCase());
    const someoneElses = await guestOrder(uniqueEmail("Other"));
    const userId = randomUUID();

    // Registration is no proof: a user.registered event (anyone can register any address) claims
    // nothing. A marker behind it, once handled, shows the registration was not acted on.
    const registered = envelope("user.registered", { userId, email, name: "Claire" });
    const marker = envelope("user.email_verified", { userId: randomUUID(), email: uniqueEmail("marker") });
    await publish(registered, marker);
    await eventually(async () => (await processed(marker.id)).n === 1);
    expect(await processed(registered.id)).toEqual({ n: 0 });
    expect(await ordersOf(userId)).toEqual([]);

    const verified = envelope("user.email_verified", { userId, email });
    await publish(verified);
    const claimed = await eventually(async () => {
      const orders = await ordersOf(userId);
      return orders.length === 2 && orders;
    });
    expect(claimed.map((order) => order.id).sort()).toEqual([first.order.id, second.order.id].sort());
    expect(claimed.every((order) => order.guestEmail === email && order.user?.id === toGlobalId("User", userId))).toBe(
      true,
    );
    // Someone else's guest order stays theirs.
    const [other] = await stack.ordersDb.sql("select user_id from orders where id = $1", [
      rowId(someoneElses.order.id),
    ]);
    expect(other).toEqual({ user_id: null });
    // The link still opens the order read-only (it is still the guest's proof), showing no account.
    expect(dataOf(await byToken(first.token)).orderByToken).toMatchObject({ id: first.order.id, user: null });
  });

  test("the same event delivered twice, and a second verification of the address, claim nothing more", async () => {
    const email = uniqueEmail("Twice");
    const { order } = await guestOrder(email);
    const userId = randomUUID();
    const verified = envelope("user.email_verified", { userId, email });
    await publish(verified, verified);
    await eventually(async () => (await ordersOf(userId)).length === 1);
    // A second account cannot verify the same address while the first has it (users keeps
    // addresses unique); once the first moved away, the address's new owner takes nothing of
    // what the first claimed.
    const successor = randomUUID();
    const late = envelope("user.email_verified", { userId: successor, email });
    await publish(late);
    await eventually(async () => (await processed(late.id)).n === 1);
    expect(await processed(verified.id)).toEqual({ n: 1 });
    expect(await ordersOf(successor)).toEqual([]);
    expect((await ordersOf(userId)).map((claimed) => claimed.id)).toEqual([order.id]);
  });

  test("a guest order placed with an address already verified is its user's at once; a user's newer address replaces the older", async () => {
    const first = uniqueEmail("First");
    const second = uniqueEmail("Second");
    const userId = randomUUID();
    const verified = envelope("user.email_verified", { userId, email: first });
    await publish(verified);
    await eventually(async () => (await processed(verified.id)).n === 1);

    const placed = await placeGuestOrder({ email: first.toUpperCase(), cartId: await guestCart([[mug.id, 1]]) });
    expect(placed.userErrors).toEqual([]);
    // Whoever placed it does not learn there is an account behind the address.
    expect(placed.order.user).toBeNull();
    expect((await ordersOf(userId)).map((order) => order.id)).toEqual([placed.order.id]);
    // The link still opens it for whoever placed it, read-only.
    expect(dataOf(await byToken(placed.orderToken)).orderByToken.id).toBe(placed.order.id);
    const again = await placeGuestOrder({ email: first, cartId: await guestCart([[mug.id, 1]]) });
    expect((await ordersOf(userId)).map((order) => order.id)).toEqual([placed.order.id, again.order.id]);

    // The user moves to another address and verifies it: the old one is no longer theirs.
    const moved = envelope("user.email_verified", { userId, email: second });
    await publish(moved);
    await eventually(async () => (await processed(moved.id)).n === 1);
    const stranger = await placeGuestOrder({ email: first, cartId: await guestCart([[mug.id, 1]]) });
    const mine = await placeGuestOrder({ email: second, cartId: await guestCart([[mug.id, 1]]) });
    expect((await ordersOf(userId)).map((order) => order.id)).toEqual([placed.order.id, again.order.id, mine.order.id]);
    expect(
      (await stack.ordersDb.sql("select user_id from orders where id = $1", [rowId(stranger.order.id)]))[0],
    ).toEqual({
      user_id: null,
    });
    expect(await stack.ordersDb.sql("select email, user_id from verified_emails where user_id = $1", [userId])).toEqual(
      [{ email: second, user_id: userId }],
    );
  });

  test("an address verified while its guest orders are being placed: every one of them ends up the user's", async () => {
    const email = uniqueEmail("Race");
    const userId = randomUUID();
    const carts = await Promise.all(Array.from({ length: 8 }, () => guestCart([[mug.id, 1]])));
    const verified = envelope("user.email_verified", { userId, email });
    const [answers] = await Promise.all([
      Promise.all(carts.map((cartId) => placeGuestOrder({ email, cartId }))),
      publish(verified),
    ]);
    expect(answers.map((answer) => answer.userErrors)).toEqual(Array(8).fill([]));
    await eventually(async () => (await processed(verified.id)).n === 1);
    const owners = await stack.ordersDb.sql("select user_id from orders where guest_email = $1", [email]);
    expect(owners).toEqual(Array(8).fill({ user_id: userId }));
  });

  test("an event that is not as the catalogue says is dead-lettered, and claims nothing", async () => {
    const email = uniqueEmail("Bad");
    const { order } = await guestOrder(email);
    const bad = envelope("user.email_verified", { userId: "not-a-uuid", email });
    await publish(bad);
    const dead = `${stack.config.events.queue}.dead`;
    const connection = await connect(TEST_AMQP_URL);
    try {
      const channel = await connection.createChannel();
      await eventually(async () => (await channel.checkQueue(dead)).messageCount === 1);
    } finally {
      await connection.close();
    }
    const [row] = await stack.ordersDb.sql("select user_id from orders where id = $1", [rowId(order.id)]);
    expect(row).toEqual({ user_id: null });
  });
});
