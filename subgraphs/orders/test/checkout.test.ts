import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import pg from "pg";
import { dataOf, eventually, present } from "@shopgraph/testing";
import type { ProductsProblem } from "../src/adapters/products-client.js";
import { orderIdFor } from "../src/domain/order-id.js";
import { Catalog, type TestVariant } from "./catalog.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { ADDRESS, CANCEL_ORDER, CART, ORDER, PLACE_ORDER_EXPECTING, UPDATE_CART_LINE } from "./operations.js";
import { addToCart, pay, placeOrder, shopper } from "./shoppers.js";

let stack: OrdersUnderTest;
let catalog: Catalog;
let failNextInsert = false;
/** Runs after products reserved, before the checkout goes on (to interfere as others would). */
let afterReserve: ((orderId: string) => Promise<void>) | undefined;
/** Products' next answer to a reservation, instead of asking it (a refusal as products words it). */
let refuseNextReservation: ProductsProblem | undefined;
/** Runs once, when a cart request has read the cart and asks products for its variants. */
let whileReadingOffers: (() => Promise<void>) | undefined;
let shirt: TestVariant;
let mug: TestVariant;

beforeAll(async () => {
  stack = await startOrders({
    options: {
      beforeOrderInsert: () => {
        if (!failNextInsert) return;
        failNextInsert = false;
        throw new Error("injected: the order insert failed");
      },
    },
    wrapProducts: (products) => ({
      variants: async (ids) => {
        const interfere = whileReadingOffers;
        whileReadingOffers = undefined;
        await interfere?.();
        return products.variants(ids);
      },
      releaseStock: (orderId) => products.releaseStock(orderId),
      catalogIds: (productIds, categoryIds) => products.catalogIds(productIds, categoryIds),
      reserveStock: async (orderId, lines) => {
        const refusal = refuseNextReservation;
        refuseNextReservation = undefined;
        if (refusal) return { ok: false, problems: [refusal] };
        const outcome = await products.reserveStock(orderId, lines);
        const interfere = afterReserve;
        afterReserve = undefined;
        await interfere?.(orderId);
        return outcome;
      },
    }),
  });
  catalog = new Catalog(stack);
  shirt = await catalog.variant({ priceCents: 2500, stock: 100 }, "Shirt");
  mug = await catalog.variant({ priceCents: 1250, stock: 100 }, "Mug");
});
afterAll(() => stack?.close());

/** Statements of the orders database waiting for a lock. */
const lockWaits = async () => {
  const [row] = await stack.ordersDb.sql<{ waiting: number }>(
    "select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
  );
  return row!.waiting;
};

const codesOf = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((error) => error.code);

describe("placing an order", () => {
  test("stores products' snapshots and server-computed totals, PENDING_PAYMENT, and empties the cart", async () => {
    const ada = shopper(stack);
    await addToCart(ada, shirt.id, 2);
    await addToCart(ada, mug.id, 1);
    const before = { shirt: await catalog.stock(shirt.id), mug: await catalog.stock(mug.id) };
    const { order: placed, userErrors } = await placeOrder(ada);
    expect(userErrors).toEqual([]);
    const order = present(placed, "the order");
    expect(order).toMatchObject({
      status: "PENDING_PAYMENT",
      currency: "USD",
      lines: [
        {
          variant: { id: shirt.id },
          productName: "Shirt",
          variantTitle: shirt.title,
          sku: shirt.sku,
          unitPrice: { amountCents: 2500, currency: "USD" },
          quantity: 2,
          lineTotal: { amountCents: 5000 },
        },
        {
          variant: { id: mug.id },
          productName: "Mug",
          sku: mug.sku,
          unitPrice: { amountCents: 1250, currency: "USD" },
          quantity: 1,
          lineTotal: { amountCents: 1250 },
        },
      ],
      subtotal: { amountCents: 6250, currency: "USD" },
      total: { amountCents: 6250, currency: "USD", formatted: "$62.50" },
      shippingAddress: ADDRESS,
      statusHistory: [{ from: null, to: "PENDING_PAYMENT", by: ada.id, reason: null }],
      user: { id: ada.id },
      paidAt: null,
    });
    expect(order.number).toMatch(/^SG-1\d{5,}$/);
    expect(Date.parse(order.expiresAt) - Date.parse(order.createdAt)).toBe(30 * 60_000);
    expect({ shirt: await catalog.stock(shirt.id), mug: await catalog.stock(mug.id) }).toEqual({
      shirt: before.shirt - 2,
      mug: before.mug - 1,
    });
    expect(dataOf(await ada.client(CART)).cart?.lines).toEqual([]);
    expect(dataOf(await ada.client(ORDER, { id: order.id })).order).toEqual(order);
  });

  test("costs two SQL statements in orders: claim the cart with the stock guard, then store the order", async () => {
    const ada = shopper(stack);
    await addToCart(ada, mug.id, 1);
    stack.ordersDb.statements.reset();
    const { placeOrder } = dataOf(
      await ada.client(
        `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id } userErrors { code } } }`,
        {
          input: { idempotencyKey: randomUUID(), shippingAddress: ADDRESS },
        },
      ),
    );
    expect(placeOrder.userErrors).toEqual([]);
    expect(stack.ordersDb.statements.count).toBe(2);
  });

  test("paying costs two SQL statements in orders: lock the order (reading its attempts so far), record the payment", async () => {
    const ada = shopper(stack);
    await addToCart(ada, mug.id, 1);
    const order = present((await placeOrder(ada)).order, "the placed order");
    stack.ordersDb.statements.reset();
    const { order: paid, userErrors } = await pay(ada, order.id);
    expect(userErrors).toEqual([]);
    expect(paid?.status).toBe("PAID");
    expect(stack.ordersDb.statements.count).toBe(2);
    // A declined attempt is the same two: the attempt is recorded, the order stays payable.
    const bob = shopper(stack);
    await addToCart(bob, mug.id, 1);
    const unpaid = present((await placeOrder(bob)).order, "the placed order");
    stack.ordersDb.statements.reset();
    expect((await pay(bob, unpaid.id, "tok_declined")).userErrors.map((e: { code: string }) => e.code)).toEqual([
      "PAYMENT_DECLINED",
    ]);
    expect(stack.ordersDb.statements.count).toBe(2);
  });

  test("order numbers come from a sequence: distinct and increasing", async () => {
    const numbers: number[] = [];
    for (let i = 0; i < 3; i++) {
      const bob = shopper(stack);
      await addToCart(bob, mug.id, 1);
      numbers.push(Number((await placeOrder(bob)).order?.number.slice(3)));
    }
    expect(numbers[1]).toBeGreaterThan(numbers[0]!);
    expect(numbers[2]).toBeGreaterThan(numbers[1]!);
  });

  test("keeps the price at checkout while the cart shows the new one", async () => {
    const ada = shopper(stack);
    const [hat] = await catalog.product("Hat", [{ priceCents: 1000, stock: 10 }]);
    await addToCart(ada, hat!.id, 1);
    await catalog.setPrice(hat!.id, 1500);
    expect(dataOf(await ada.client(CART)).cart?.subtotal.amountCents).toBe(1500);
    const order = present((await placeOrder(ada)).order, "the order");
    expect(order.lines[0]?.unitPrice.amountCents).toBe(1500);
    await catalog.setPrice(hat!.id, 2000);
    await addToCart(ada, hat!.id, 1);
    expect(dataOf(await ada.client(CART)).cart?.subtotal.amountCents).toBe(2000);
    const again = present(dataOf(await ada.client(ORDER, { id: order.id })).order, "the order");
    expect(again.lines[0]?.unitPrice.amountCents).toBe(1500);
    expect(again.total.amountCents).toBe(1500);
  });
});

describe("the idempotency key", () => {
  test("a retry with the same key returns the same order and reserves nothing more", async () => {
    const ada = shopper(stack);
    await addToCart(ada, shirt.id, 3);
    const key = randomUUID();
    const stockBefore = await catalog.stock(shirt.id);
    const first = await placeOrder(ada, key);
    const second = await placeOrder(ada, key);
    expect(second).toEqual(first);
    expect(await catalog.stock(shirt.id)).toBe(stockBefore - 3);
    const rows = await stack.ordersDb.sql("select id from orders where user_id = $1", [ada.userId]);
    expect(rows).toHaveLength(1);
  });

  test("racing requests with one key make one order and one reservation", async () => {
    const ada = shopper(stack);
    await addToCart(ada, shirt.id, 2);
    await addToCart(ada, mug.id, 1);
    const key = randomUUID();
    const stockBefore = await catalog.stock(shirt.id);
    const results = await Promise.all(Array.from({ length: 8 }, () => placeOrder(ada, key)));
    expect(results.map((result) => result.userErrors)).toEqual(results.map(() => []));
    expect(new Set(results.map((result) => result.order?.id)).size).toBe(1);
    expect(await catalog.stock(shirt.id)).toBe(stockBefore - 2);
    expect(await stack.ordersDb.sql("select id from orders where user_id = $1", [ada.userId])).toHaveLength(1);
    const events = await stack.ordersDb.sql("select type from outbox where aggregate_id = $1", [results[0]?.order?.id]);
    expect(events).toEqual([{ type: "order.placed" }]);
  });

  test("the same key from another user is another order", async () => {
    const key = randomUUID();
    const ada = shopper(stack);
    const bob = shopper(stack);
    await addToCart(ada, mug.id, 1);
    await addToCart(bob, mug.id, 1);
    const [a, b] = [await placeOrder(ada, key), await placeOrder(bob, key)];
    expect(a.order?.id).not.toBe(b.order?.id);
  });
});

describe("one checkout per cart", () => {
  test("20 checkouts of a 1-unit cart with 20 keys at once: one order, one unit reserved", async () => {
    const ada = shopper(stack);
    const [clock] = await catalog.product("Clock", [{ priceCents: 4000, stock: 50 }]);
    await addToCart(ada, clock!.id, 1);
    const keys = Array.from({ length: 20 }, () => randomUUID());
    const results = await Promise.all(keys.map((key) => placeOrder(ada, key)));
    expect(results.filter((result) => result.order)).toHaveLength(1);
    const refusals = results.filter((result) => !result.order).map(codesOf);
    expect(refusals.filter(([code]) => code !== "CART_EMPTY" && code !== "CHECKOUT_IN_PROGRESS")).toEqual([]);
    expect(await catalog.stock(clock!.id)).toBe(49);
    expect(await catalog.reserved(clock!.id)).toBe(1);
    expect(await stack.ordersDb.sql("select id from orders where user_id = $1", [ada.userId])).toHaveLength(1);
    // Nothing is left behind: no guard of any attempt, and the cart is empty.
    const ids = keys.map((key) => orderIdFor(ada.userId, key));
    expect(await stack.ordersDb.sql("select * from stock_releases where order_id = any($1::uuid[])", [ids])).toEqual(
      [],
    );
    expect(codesOf(await placeOrder(ada))).toEqual(["CART_EMPTY"]);
  });

  test("a cart of three lines checked out 20 times at once with 20 keys: one order, no error", async () => {
    const ada = shopper(stack);
    const variants = await catalog.product("Set", [
      { priceCents: 100, stock: 50 },
      { priceCents: 200, stock: 50 },
      { priceCents: 300, stock: 50 },
    ]);
    for (const variant of variants) await addToCart(ada, variant.id, 2);
    const results = await Promise.all(Array.from({ length: 20 }, () => placeOrder(ada)));
    expect(results.filter((result) => result.order)).toHaveLength(1);
    for (const variant of variants) expect(await catalog.reserved(variant.id)).toBe(2);
  });

  test("20 retries with one key at once leave no guard behind: the paid order keeps its stock and can be cancelled", async () => {
    const ada = shopper(stack);
    const [kettle] = await catalog.product("Kettle", [{ priceCents: 3000, stock: 50 }]);
    await addToCart(ada, kettle!.id, 2);
    const key = randomUUID();
    // Lines the retries up as a busy database would: the first request stalls while it writes
    // (here, behind a lock on the cart), the others start while it has not committed yet.
    const blocker = new pg.Client({ connectionString: stack.ordersDb.url });
    await blocker.connect();
    let results;
    try {
      await blocker.query("begin");
      await blocker.query(
        "select * from cart_lines where cart_id = (select id from carts where user_id = $1) for update",
        [ada.userId],
      );
      const first = placeOrder(ada, key);
      await eventually(async () => (await lockWaits()) >= 1);
      const retries = Array.from({ length: 19 }, () => placeOrder(ada, key));
      await eventually(async () => (await lockWaits()) >= 2);
      await blocker.query("commit");
      results = await Promise.all([first, ...retries]);
    } finally {
      await blocker.end();
    }
    expect(results.map(codesOf)).toEqual(results.map(() => []));
    const orderId = present(results[0]?.order, "the order").id;
    expect(new Set(results.map((result) => result.order?.id))).toEqual(new Set([orderId]));
    expect((await pay(ada, orderId)).order?.status).toBe("PAID");
    expect(await stack.ordersDb.sql("select order_id from stock_releases where order_id = $1", [orderId])).toEqual([]);
    // Whatever was left is due now: a sweep must still not give the paid order's stock back.
    await stack.ordersDb.sql("update stock_releases set next_attempt_at = now() where released_at is null");
    await stack.orders.sweeper.sweep();
    expect(await catalog.reserved(kettle!.id)).toBe(2);
    const cancelled = dataOf(await ada.client(CANCEL_ORDER, { orderId })).cancelOrder;
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.order?.status).toBe("CANCELLED");
    expect(await catalog.reserved(kettle!.id)).toBe(0);
  });
});

describe("the cart while its checkout runs", () => {
  test("units added to a line being checked out stay in the cart after the order is placed", async () => {
    const ada = shopper(stack);
    const [cap] = await catalog.product("Cap", [{ priceCents: 900, stock: 50 }]);
    await addToCart(ada, cap!.id, 1);
    afterReserve = async () => {
      // The shopper adds two more in another tab while the first checkout is under way.
      expect((await addToCart(ada, cap!.id, 2)).lines).toMatchObject([{ variant: { id: cap!.id }, quantity: 3 }]);
    };
    const { order: placed, userErrors } = await placeOrder(ada);
    expect(userErrors).toEqual([]);
    const order = present(placed, "the order");
    expect(order.lines).toMatchObject([{ variant: { id: cap!.id }, quantity: 1 }]);
    expect(dataOf(await ada.client(CART)).cart?.lines).toMatchObject([{ variant: { id: cap!.id }, quantity: 2 }]);
  });

  test("an add that read the cart before the order was stored never writes the ordered units back", async () => {
    const ada = shopper(stack);
    const [hat] = await catalog.product("Hat", [{ priceCents: 700, stock: 50 }]);
    await addToCart(ada, hat!.id, 1);
    let checkout: ReturnType<typeof placeOrder> | undefined;
    let checkedOut = false;
    whileReadingOffers = async () => {
      // The add has read one hat and asks products for prices; meanwhile the cart is checked out,
      // to the end, or until it waits for the add's lock on the line.
      checkout = placeOrder(ada).finally(() => (checkedOut = true));
      await eventually(async () => checkedOut || (await lockWaits()) > 0);
    };
    await addToCart(ada, hat!.id, 2);
    const { order: placed, userErrors } = await checkout!;
    expect(userErrors).toEqual([]);
    const order = present(placed, "the order");
    const ordered = order.lines[0]?.quantity as number;
    const inCart = dataOf(await ada.client(CART)).cart?.lines.reduce(
      (units: number, line: { quantity: number }) => units + line.quantity,
      0,
    );
    // Three hats were put in the cart: each is either ordered or still in the cart, once.
    expect(ordered + (inCart ?? 0)).toBe(3);
  });

  test("a new item added while a checkout runs is not ordered and stays in the cart", async () => {
    const ada = shopper(stack);
    await addToCart(ada, shirt.id, 1);
    afterReserve = async () => {
      await addToCart(ada, mug.id, 1);
    };
    const { order: placed, userErrors } = await placeOrder(ada);
    expect(userErrors).toEqual([]);
    const order = present(placed, "the order");
    expect(order.lines).toMatchObject([{ variant: { id: shirt.id }, quantity: 1 }]);
    expect(dataOf(await ada.client(CART)).cart?.lines).toMatchObject([{ variant: { id: mug.id }, quantity: 1 }]);
  });
});

describe("price changes are never silent", () => {
  const placeExpecting = async (who: ReturnType<typeof shopper>, amountCents: number) =>
    dataOf(
      await who.client(PLACE_ORDER_EXPECTING, {
        input: {
          idempotencyKey: randomUUID(),
          shippingAddress: ADDRESS,
          expectedTotal: { amountCents, currency: "USD" },
        },
      }),
    ).placeOrder;

  test("a price raised after the line was added: PRICE_CHANGED naming the line, nothing kept, the cart stays", async () => {
    const ada = shopper(stack);
    const [teapot] = await catalog.product("Teapot", [{ priceCents: 1000, stock: 10 }]);
    await addToCart(ada, teapot!.id, 2);
    await addToCart(ada, mug.id, 1);
    await catalog.setPrice(teapot!.id, 5000);
    const refused = await placeExpecting(ada, 2 * 1000 + 1250);
    expect(refused.order).toBeNull();
    expect(refused.userErrors).toEqual([
      expect.objectContaining({ code: "PRICE_CHANGED", field: ["input", "expectedTotal"] }),
    ]);
    expect(refused.priceChange).toEqual({
      expectedTotal: { amountCents: 3250, currency: "USD" },
      total: { amountCents: 11250, currency: "USD" },
      lines: [
        {
          variant: { id: teapot!.id },
          quantity: 2,
          unitPrice: { amountCents: 5000, currency: "USD" },
          previousUnitPrice: { amountCents: 1000, currency: "USD" },
        },
      ],
    });
    expect(await catalog.stock(teapot!.id)).toBe(10);
    expect(await catalog.reserved(teapot!.id)).toBe(0);
    expect(await stack.ordersDb.sql("select id from orders where user_id = $1", [ada.userId])).toEqual([]);
    expect(dataOf(await ada.client(CART)).cart?.totalQuantity).toBe(3);
    // Accepting the new total places the order at it.
    const placed = await placeExpecting(ada, 11250);
    expect(placed.userErrors).toEqual([]);
    expect(placed.order?.total).toEqual({ amountCents: 11250, currency: "USD" });
  });

  test("a line changed after a price change was seen counts at the price seen then", async () => {
    const ada = shopper(stack);
    const [jug] = await catalog.product("Jug", [{ priceCents: 1000, stock: 10 }]);
    await addToCart(ada, jug!.id, 1);
    await catalog.setPrice(jug!.id, 1200);
    dataOf(await ada.client(UPDATE_CART_LINE, { variantId: jug!.id, quantity: 2 }));
    expect((await placeExpecting(ada, 2400)).userErrors).toEqual([]);
  });
});

describe("when something fails after stock was reserved", () => {
  test("the reservation is released, no order exists, the cart stays, and the shopper gets a userError", async () => {
    const ada = shopper(stack);
    await addToCart(ada, shirt.id, 4);
    const stockBefore = await catalog.stock(shirt.id);
    failNextInsert = true;
    const failed = await placeOrder(ada);
    expect(codesOf(failed)).toEqual(["CHECKOUT_FAILED"]);
    expect(failed.order).toBeNull();
    expect(await catalog.stock(shirt.id)).toBe(stockBefore);
    expect(await stack.ordersDb.sql("select id from orders where user_id = $1", [ada.userId])).toEqual([]);
    expect(
      await stack.ordersDb.sql("select type from outbox where envelope->'data'->>'userId' = $1", [ada.userId]),
    ).toEqual([]);
    const [release] = await stack.ordersDb.sql(
      "select released_at from stock_releases order by requested_at desc limit 1",
    );
    expect(release!.released_at).not.toBeNull();
    expect(dataOf(await ada.client(CART)).cart?.totalQuantity).toBe(4);
    // A new attempt (new key) goes through.
    const retried = await placeOrder(ada);
    expect(retried.userErrors).toEqual([]);
    expect(await catalog.stock(shirt.id)).toBe(stockBefore - 4);
  });

  test("retrying the failed attempt's key is refused rather than ordering without stock", async () => {
    const ada = shopper(stack);
    await addToCart(ada, mug.id, 1);
    const key = randomUUID();
    failNextInsert = true;
    expect(codesOf(await placeOrder(ada, key))).toEqual(["CHECKOUT_FAILED"]);
    const again = await placeOrder(ada, key);
    expect(codesOf(again)).toEqual(["IDEMPOTENCY_KEY_REUSED"]);
    expect(again.userErrors[0]?.field).toEqual(["input", "idempotencyKey"]);
  });
});

describe("products' refusals in the shopper's terms", () => {
  test("a variant products no longer knows is VARIANT_NOT_FOUND on its cart line, in either spelling", async () => {
    for (const code of ["VARIANT_NOT_FOUND", "UNKNOWN_VARIANT"]) {
      const ada = shopper(stack);
      await addToCart(ada, shirt.id, 1);
      refuseNextReservation = { code, message: "There is no such variant", field: ["lines", "0"] };
      const refused = await placeOrder(ada);
      expect(refused.userErrors).toEqual([
        { code: "VARIANT_NOT_FOUND", field: ["cart", "lines", "0"], message: expect.stringContaining(shirt.id) },
      ]);
      expect(dataOf(await ada.client(CART)).cart?.totalQuantity).toBe(1);
    }
  });

  test("a refusal no cart can cause is CHECKOUT_FAILED, and nothing is kept", async () => {
    const ada = shopper(stack);
    await addToCart(ada, mug.id, 1);
    refuseNextReservation = { code: "DUPLICATE_VARIANT", message: "Variant is on two lines", field: ["lines", "0"] };
    const refused = await placeOrder(ada);
    expect(codesOf(refused)).toEqual(["CHECKOUT_FAILED"]);
    expect(refused.order).toBeNull();
    expect(await stack.ordersDb.sql("select id from orders where user_id = $1", [ada.userId])).toEqual([]);
    // The cart is free again: a new attempt goes through.
    expect((await placeOrder(ada)).userErrors).toEqual([]);
  });
});

describe("the stock guard", () => {
  const dueNow = (orderId: string) =>
    stack.ordersDb.sql("update stock_releases set next_attempt_at = now() where order_id = $1", [orderId]);

  test("a checkout that died after reserving leaves its stock to the sweeper", async () => {
    const ada = shopper(stack);
    const [lamp] = await catalog.product("Lamp", [{ priceCents: 3000, stock: 5 }]);
    await addToCart(ada, lamp!.id, 2);
    let orderId = "";
    afterReserve = async (id) => {
      orderId = id;
      throw new Error("the process died here");
    };
    const died = await ada.client(`mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id } } }`, {
      input: { idempotencyKey: randomUUID(), shippingAddress: ADDRESS },
    });
    expect(died.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(await catalog.stock(lamp!.id)).toBe(3);
    await stack.orders.sweeper.sweep();
    expect(await catalog.stock(lamp!.id)).toBe(3);
    // The dead checkout still holds the cart until its lease is over.
    expect(codesOf(await placeOrder(ada))).toEqual(["CHECKOUT_IN_PROGRESS"]);
    await dueNow(orderId);
    await stack.orders.sweeper.sweep();
    expect(await catalog.stock(lamp!.id)).toBe(5);
    await stack.ordersDb.sql(
      "update cart_lines set checkout_until = now() where cart_id = (select id from carts where user_id = $1)",
      [ada.userId],
    );
    expect((await placeOrder(ada)).userErrors).toEqual([]);
    expect(await catalog.stock(lamp!.id)).toBe(3);
  });

  test("an order is not stored while its stock is being released", async () => {
    const ada = shopper(stack);
    const [vase] = await catalog.product("Vase", [{ priceCents: 3000, stock: 5 }]);
    await addToCart(ada, vase!.id, 1);
    // As the sweeper would, had the checkout been slower than its lease.
    afterReserve = async (orderId) => {
      await stack.ordersDb.sql(
        "update stock_releases set attempts = attempts + 1, next_attempt_at = now() where order_id = $1",
        [orderId],
      );
    };
    expect(codesOf(await placeOrder(ada))).toEqual(["CHECKOUT_FAILED"]);
    expect(await stack.ordersDb.sql("select id from orders where user_id = $1", [ada.userId])).toEqual([]);
    await stack.orders.sweeper.sweep();
    expect(await catalog.stock(vase!.id)).toBe(5);
  });
});

describe("checkout refuses, changing nothing", () => {
  test("an empty cart", async () => {
    const ada = shopper(stack);
    expect(codesOf(await placeOrder(ada))).toEqual(["CART_EMPTY"]);
  });

  test("more than is in stock: OUT_OF_STOCK for that cart line; nothing is reserved", async () => {
    const ada = shopper(stack);
    const [scarce] = await catalog.product("Scarce", [{ priceCents: 900, stock: 2 }]);
    await addToCart(ada, mug.id, 1);
    await addToCart(ada, scarce!.id, 2);
    const bob = shopper(stack);
    await addToCart(bob, scarce!.id, 1);
    expect((await placeOrder(bob)).userErrors).toEqual([]);
    const mugStock = await catalog.stock(mug.id);
    const refused = await placeOrder(ada);
    expect(refused.userErrors).toEqual([
      expect.objectContaining({ code: "OUT_OF_STOCK", field: ["cart", "lines", "1"] }),
    ]);
    expect(await catalog.stock(mug.id)).toBe(mugStock);
    expect(await catalog.stock(scarce!.id)).toBe(1);
    expect(dataOf(await ada.client(CART)).cart?.totalQuantity).toBe(3);
  });

  test("an archived product in the cart", async () => {
    const ada = shopper(stack);
    const [gone] = await catalog.product("Going", [{ priceCents: 900, stock: 2 }]);
    await addToCart(ada, gone!.id, 1);
    await catalog.archive(gone!.productId);
    expect(codesOf(await placeOrder(ada))).toEqual(["VARIANT_UNAVAILABLE"]);
  });

  test("a bad address: every problem at once, each at its field", async () => {
    const ada = shopper(stack);
    await addToCart(ada, mug.id, 1);
    const bad = await placeOrder(ada, "", { ...ADDRESS, name: "  ", country: "XX", postalCode: "<script>" });
    expect(bad.userErrors.map((error: any) => [error.code, error.field.join(".")])).toEqual([
      ["INVALID_IDEMPOTENCY_KEY", "input.idempotencyKey"],
      ["REQUIRED", "input.shippingAddress.name"],
      ["INVALID_POSTAL_CODE", "input.shippingAddress.postalCode"],
      ["INVALID_COUNTRY", "input.shippingAddress.country"],
    ]);
    expect(codesOf(await placeOrder(ada, randomUUID(), { ...ADDRESS, country: "gb" }))).toEqual([]);
  });

  test.each(["UK", "EU", "G", "GBR", "12"])("country %s is not an ISO 3166-1 alpha-2 code", async (country) => {
    const ada = shopper(stack);
    await addToCart(ada, mug.id, 1);
    expect(codesOf(await placeOrder(ada, randomUUID(), { ...ADDRESS, country }))).toEqual(["INVALID_COUNTRY"]);
  });
});
