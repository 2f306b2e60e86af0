import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Role } from "@shopgraph/kernel";
import { dataOf, eventually, present, rowId } from "@shopgraph/testing";
import type { ChargeRequest } from "../src/adapters/payment-provider.js";
import { TestPaymentProvider } from "../src/adapters/test-payment-provider.js";
import { ProductsUnavailableError } from "../src/adapters/products-client.js";
import { startOrdersSubgraph } from "../src/server.js";
import type { OrderStatus } from "./gql/graphql.js";
import { Catalog, type TestVariant } from "./catalog.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { ADD_TO_CART, CANCEL_ORDER, ORDER, PAY_ORDER, UPDATE_ORDER_STATUS } from "./operations.js";
import { addToCart, orderOf, pay, placeOrder, shopper, type Shopper } from "./shoppers.js";

const charges: ChargeRequest[] = [];
/** When set, the next charge waits for it (while its payOrder holds the order's lock). */
let holdNextCharge: Promise<void> | undefined;
class CountingProvider extends TestPaymentProvider {
  override async charge(request: ChargeRequest) {
    charges.push(request);
    const hold = holdNextCharge;
    holdNextCharge = undefined;
    await hold;
    return super.charge(request);
  }
}

let releasesFail = false;
let productsDown = false;
const down = () => Promise.reject(new ProductsUnavailableError("products did not answer: connect ECONNREFUSED"));
let stack: OrdersUnderTest;
let catalog: Catalog;
let admin: Shopper;
let shirt: TestVariant;

beforeAll(async () => {
  stack = await startOrders({
    options: { paymentProvider: new CountingProvider() },
    wrapProducts: (products) => ({
      variants: (ids) => (productsDown ? down() : products.variants(ids)),
      reserveStock: (orderId, lines) => (productsDown ? down() : products.reserveStock(orderId, lines)),
      releaseStock: (orderId) =>
        releasesFail ? Promise.reject(new Error("products is down")) : products.releaseStock(orderId),
      catalogIds: (productIds, categoryIds) => products.catalogIds(productIds, categoryIds),
    }),
  });
  catalog = new Catalog(stack);
  admin = shopper(stack, Role.ADMIN);
  shirt = await catalog.variant({ priceCents: 2000, stock: 1000 }, "Shirt");
});
afterAll(() => stack?.close());

const codesOf = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((error) => error.code);

async function setStatus(who: Shopper, orderId: string, status: OrderStatus, reason?: string) {
  return dataOf(await who.client(UPDATE_ORDER_STATUS, { orderId, status, reason })).updateOrderStatus;
}

async function cancel(who: Shopper, orderId: string, reason?: string) {
  return dataOf(await who.client(CANCEL_ORDER, { orderId, reason })).cancelOrder;
}

async function paymentsOf(orderId: string) {
  return stack.ordersDb.sql(
    "select provider, reference, amount_cents, currency, status, failure_code from payments where order_id = $1 order by created_at",
    [orderId],
  );
}

describe("paying", () => {
  test("tok_visa pays the order: PAID, paidAt, and a recorded payment", async () => {
    const ada = shopper(stack);
    const order = await orderOf(ada, [[shirt.id, 2]]);
    const { order: paidOrder, userErrors } = await pay(ada, order.id);
    const paid = present(paidOrder, "the paid order");
    expect(userErrors).toEqual([]);
    expect(paid.status).toBe("PAID");
    expect(paid.paidAt).not.toBeNull();
    expect(await paymentsOf(order.id)).toEqual([
      {
        provider: "test",
        reference: expect.stringMatching(/^test_ch_/),
        amount_cents: 4000,
        currency: "USD",
        status: "SUCCEEDED",
        failure_code: null,
      },
    ]);
    const history = present(dataOf(await ada.client(ORDER, { id: order.id })).order, "the order").statusHistory;
    expect(history.map((entry: any) => [entry.from, entry.to, entry.by])).toEqual([
      [null, "PENDING_PAYMENT", ada.id],
      ["PENDING_PAYMENT", "PAID", ada.id],
    ]);
  });

  test("tok_declined is PAYMENT_DECLINED; the order stays payable and the attempt is recorded", async () => {
    const ada = shopper(stack);
    const order = await orderOf(ada, [[shirt.id, 1]]);
    const declined = await pay(ada, order.id, "tok_declined");
    expect(declined.userErrors).toEqual([
      expect.objectContaining({ code: "PAYMENT_DECLINED", field: ["paymentToken"] }),
    ]);
    expect(dataOf(await ada.client(ORDER, { id: order.id })).order?.status).toBe("PENDING_PAYMENT");
    expect((await pay(ada, order.id)).order?.status).toBe("PAID");
    expect((await paymentsOf(order.id)).map((payment) => [payment.status, payment.failure_code])).toEqual([
      ["DECLINED", "PAYMENT_DECLINED"],
      ["SUCCEEDED", null],
    ]);
  });

  test("an unknown token and an empty one are refused before charging", async () => {
    const ada = shopper(stack);
    const order = await orderOf(ada, [[shirt.id, 1]]);
    expect(codesOf(await pay(ada, order.id, "tok_nonsense"))).toEqual(["INVALID_PAYMENT_TOKEN"]);
    const before = charges.length;
    expect(codesOf(await pay(ada, order.id, ""))).toEqual(["INVALID_PAYMENT_TOKEN"]);
    expect(charges.length).toBe(before);
  });

  test("paying twice is harmless, also when racing: one charge, one payment", async () => {
    const ada = shopper(stack);
    const order = await orderOf(ada, [[shirt.id, 1]]);
    const before = charges.length;
    const results = await Promise.all(Array.from({ length: 6 }, () => pay(ada, order.id)));
    expect(results.map((result) => [result.order?.status, result.userErrors])).toEqual(results.map(() => ["PAID", []]));
    expect((await pay(ada, order.id)).order?.status).toBe("PAID");
    expect(charges.length - before).toBe(1);
    expect(await paymentsOf(order.id)).toHaveLength(1);
  });

  test("an attempt that waited for another's lock is recorded as the next attempt, under its own key", async () => {
    const ada = shopper(stack);
    const order = await orderOf(ada, [[shirt.id, 1]]);
    const before = charges.length;
    let letGo!: () => void;
    holdNextCharge = new Promise<void>((resolve) => (letGo = resolve));
    // The first attempt charges (and is declined) while holding the order; the second waits for
    // it, and a count taken before that wait would miss the first attempt.
    const first = pay(ada, order.id, "tok_declined");
    await eventually(() => charges.length > before);
    const second = pay(ada, order.id, "tok_visa");
    await eventually(async () => {
      const [row] = await stack.ordersDb.sql<{ waiting: number }>(
        "select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
      );
      return row!.waiting > 0;
    });
    letGo();
    expect(codesOf(await first)).toEqual(["PAYMENT_DECLINED"]);
    expect((await second).order?.status).toBe("PAID");
    expect((await paymentsOf(order.id)).map((payment) => payment.status)).toEqual(["DECLINED", "SUCCEEDED"]);
    // Each attempt charged once, under its own key: the one that waited counted the declined
    // attempt committed meanwhile, so it never reused that attempt's key (with another card).
    // Keys are made of the order row's UUID, behind the API's global id.
    const keys = charges.slice(before).map((charge) => charge.idempotencyKey);
    const orderRow = rowId(order.id);
    expect(keys).toEqual([`${orderRow}:1`, `${orderRow}:2`]);
  });

  test("a cancelled order cannot be paid", async () => {
    const ada = shopper(stack);
    const order = await orderOf(ada, [[shirt.id, 1]]);
    await cancel(ada, order.id);
    expect(codesOf(await pay(ada, order.id))).toEqual(["ORDER_NOT_PAYABLE"]);
  });
});

describe("status transitions", () => {
  /** An order of `who` brought to `status` through the API. */
  async function orderIn(status: string, who: Shopper = shopper(stack)) {
    const order = await orderOf(who, [[shirt.id, 1]]);
    if (status === "CANCELLED") await cancel(who, order.id);
    if (["PAID", "SHIPPED", "DELIVERED"].includes(status)) await pay(who, order.id);
    if (["SHIPPED", "DELIVERED"].includes(status)) await setStatus(admin, order.id, "SHIPPED");
    if (status === "DELIVERED") await setStatus(admin, order.id, "DELIVERED");
    return order.id as string;
  }

  const allowed: Record<OrderStatus, OrderStatus[]> = {
    PENDING_PAYMENT: ["PAID", "CANCELLED"],
    PAID: ["SHIPPED", "CANCELLED"],
    SHIPPED: ["DELIVERED"],
    DELIVERED: [],
    CANCELLED: [],
  };
  const statuses = Object.keys(allowed) as OrderStatus[];
  const invalid = statuses.flatMap((from) =>
    statuses.filter((to) => !allowed[from]!.includes(to)).map((to) => [from, to] as const),
  );

  test.each(invalid)("%s -> %s is INVALID_TRANSITION and changes nothing", async (from, to) => {
    const orderId = await orderIn(from);
    const historyBefore = dataOf(await admin.client(ORDER, { id: orderId })).order?.statusHistory;
    const result = await setStatus(admin, orderId, to);
    expect(codesOf(result)).toEqual(["INVALID_TRANSITION"]);
    const after = present(dataOf(await admin.client(ORDER, { id: orderId })).order, "the order");
    expect(after.status).toBe(from);
    expect(after.statusHistory).toEqual(historyBefore);
  });

  test("PENDING_PAYMENT -> PAID needs a payment, even for an admin", async () => {
    const orderId = await orderIn("PENDING_PAYMENT");
    expect(codesOf(await setStatus(admin, orderId, "PAID"))).toEqual(["PAYMENT_REQUIRED"]);
  });

  test("an admin ships and delivers; each change is recorded with who, when and why", async () => {
    const ada = shopper(stack);
    const orderId = await orderIn("PAID", ada);
    expect((await setStatus(admin, orderId, "SHIPPED", "DHL 123")).order?.status).toBe("SHIPPED");
    expect((await setStatus(admin, orderId, "DELIVERED")).order?.status).toBe("DELIVERED");
    const history = present(dataOf(await ada.client(ORDER, { id: orderId })).order, "the order").statusHistory;
    expect(history.map((entry: any) => [entry.from, entry.to, entry.by, entry.reason])).toEqual([
      [null, "PENDING_PAYMENT", ada.id, null],
      ["PENDING_PAYMENT", "PAID", ada.id, null],
      ["PAID", "SHIPPED", admin.id, "DHL 123"],
      ["SHIPPED", "DELIVERED", admin.id, null],
    ]);
    expect(history.every((entry: any) => !Number.isNaN(Date.parse(entry.at)))).toBe(true);
  });

  test("a customer may not change a status with updateOrderStatus", async () => {
    const ada = shopper(stack);
    const orderId = await orderIn("PAID", ada);
    const response = await ada.client(UPDATE_ORDER_STATUS, { orderId, status: "SHIPPED" });
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  test("concurrent transitions of one order: exactly one wins", async () => {
    const orderId = await orderIn("PAID");
    const results = await Promise.all(Array.from({ length: 6 }, () => setStatus(admin, orderId, "SHIPPED")));
    expect(results.filter((result) => result.userErrors.length === 0)).toHaveLength(1);
    expect(results.filter((result) => codesOf(result)[0] === "INVALID_TRANSITION")).toHaveLength(5);
    const events = await stack.ordersDb.sql(
      "select envelope->'data'->'transition'->>'to' as to from outbox where aggregate_id = $1 order by sequence",
      [orderId],
    );
    expect(events.map((event) => event.to)).toEqual([null, "PAID", "SHIPPED"]);
  });
});

describe("cancelling", () => {
  test("the customer cancels their own unpaid order; its stock goes back exactly once", async () => {
    const ada = shopper(stack);
    const [socks] = await catalog.product("Socks", [{ priceCents: 500, stock: 10 }]);
    const order = await orderOf(ada, [[socks!.id, 3]]);
    expect(await catalog.stock(socks!.id)).toBe(7);
    const cancelled = await cancel(ada, order.id, "Changed my mind");
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.order?.status).toBe("CANCELLED");
    expect(cancelled.order?.statusHistory.at(-1)).toEqual({
      from: "PENDING_PAYMENT",
      to: "CANCELLED",
      by: ada.id,
      reason: "Changed my mind",
    });
    expect(await catalog.stock(socks!.id)).toBe(10);
    expect(codesOf(await cancel(ada, order.id))).toEqual(["INVALID_TRANSITION"]);
    await stack.orders.sweeper.sweep();
    expect(await catalog.stock(socks!.id)).toBe(10);
    const ledger = await stack.productsDb.sql(
      "select kind, delta from stock_movements where order_id = $1 order by at",
      [order.id],
    );
    expect(ledger).toEqual([
      { kind: "RESERVATION", delta: -3 },
      { kind: "RELEASE", delta: 3 },
    ]);
  });

  test("a paid order can be cancelled by its customer; a shipped one cannot", async () => {
    const ada = shopper(stack);
    const paid = await orderOf(ada, [[shirt.id, 1]]);
    await pay(ada, paid.id);
    expect((await cancel(ada, paid.id)).order?.status).toBe("CANCELLED");
    const shipped = await orderOf(ada, [[shirt.id, 1]]);
    await pay(ada, shipped.id);
    await setStatus(admin, shipped.id, "SHIPPED");
    expect(codesOf(await cancel(ada, shipped.id))).toEqual(["INVALID_TRANSITION"]);
  });

  test("an admin cancels anyone's order", async () => {
    const ada = shopper(stack);
    const order = await orderOf(ada, [[shirt.id, 1]]);
    expect((await setStatus(admin, order.id, "CANCELLED", "Fraud check")).order?.status).toBe("CANCELLED");
  });

  test("a release products does not confirm is retried by the sweeper until it does", async () => {
    const ada = shopper(stack);
    const [cap] = await catalog.product("Cap", [{ priceCents: 800, stock: 5 }]);
    const order = await orderOf(ada, [[cap!.id, 2]]);
    releasesFail = true;
    try {
      expect((await cancel(ada, order.id)).order?.status).toBe("CANCELLED");
      expect(await catalog.stock(cap!.id)).toBe(3);
      await stack.ordersDb.sql("update stock_releases set next_attempt_at = now() where order_id = $1", [order.id]);
      await stack.orders.sweeper.sweep();
      const [pending] = await stack.ordersDb.sql(
        "select attempts, released_at, last_error from stock_releases where order_id = $1",
        [order.id],
      );
      expect(pending).toEqual({ attempts: 2, released_at: null, last_error: "products is down" });
    } finally {
      releasesFail = false;
    }
    await stack.ordersDb.sql("update stock_releases set next_attempt_at = now() where order_id = $1", [order.id]);
    expect((await stack.orders.sweeper.sweep()).released).toBeGreaterThanOrEqual(1);
    expect(await catalog.stock(cap!.id)).toBe(5);
    await stack.ordersDb.sql("update stock_releases set next_attempt_at = now() where order_id = $1", [order.id]);
    await stack.orders.sweeper.sweep();
    expect(await catalog.stock(cap!.id)).toBe(5);
  });
});

describe("unpaid orders expire", () => {
  const expire = (orderId: string) =>
    stack.ordersDb.sql("update orders set expires_at = now() - interval '1 second' where id = $1", [orderId]);

  test("the sweeper cancels them and releases their stock; paying after expiry is refused", async () => {
    const ada = shopper(stack);
    const [bag] = await catalog.product("Bag", [{ priceCents: 4000, stock: 4 }]);
    const order = await orderOf(ada, [[bag!.id, 2]]);
    const kept = await orderOf(ada, [[bag!.id, 1]]);
    await expire(order.id);
    expect(codesOf(await pay(ada, order.id))).toEqual(["ORDER_EXPIRED"]);
    const result = await stack.orders.sweeper.sweep();
    expect(result.expired).toBeGreaterThanOrEqual(1);
    const swept = present(dataOf(await ada.client(ORDER, { id: order.id })).order, "the order");
    expect(swept.status).toBe("CANCELLED");
    expect(swept.statusHistory.at(-1)).toMatchObject({
      from: "PENDING_PAYMENT",
      to: "CANCELLED",
      by: null,
      reason: "Payment was not received in time",
    });
    expect(await catalog.stock(bag!.id)).toBe(3);
    expect(dataOf(await ada.client(ORDER, { id: kept.id })).order?.status).toBe("PENDING_PAYMENT");
  });

  test("two instances sweeping at once cancel each expired order once", async () => {
    const second = await startOrdersSubgraph(stack.config);
    try {
      const [pen] = await catalog.product("Pen", [{ priceCents: 100, stock: 30 }]);
      const orders = [];
      for (let i = 0; i < 6; i++) orders.push(await orderOf(shopper(stack), [[pen!.id, 5]]));
      for (const order of orders) await expire(order.id);
      await Promise.all([stack.orders.sweeper.sweep(), second.sweeper.sweep(), stack.orders.sweeper.sweep()]);
      expect(await catalog.stock(pen!.id)).toBe(30);
      const ids = orders.map((order) => order.id);
      const cancellations = await stack.ordersDb.sql(
        "select order_id from order_transitions where to_status = 'CANCELLED' and order_id = any($1::uuid[])",
        [ids],
      );
      expect(cancellations).toHaveLength(6);
      const events = await stack.ordersDb.sql(
        "select aggregate_id from outbox where type = 'order.status_changed' and aggregate_id = any($1::text[])",
        [ids],
      );
      expect(events).toHaveLength(6);
    } finally {
      await second.close();
    }
  });
});

describe("background work isolates failures", () => {
  const expire = (orderId: string) =>
    stack.ordersDb.sql("update orders set expires_at = now() - interval '1 second' where id = $1", [orderId]);
  /** A stock release row as the old checkout left behind for an order it had stored. */
  const leaveGuardBehind = (orderId: string) =>
    stack.ordersDb.sql(
      "insert into stock_releases (order_id, requested_at, attempts, next_attempt_at) values ($1, now(), 0, now())",
      [orderId],
    );

  test("a release row left behind for one expired order stops neither expiring nor releasing", async () => {
    const [mat] = await catalog.product("Mat", [{ priceCents: 700, stock: 12 }]);
    const orders = [];
    for (let i = 0; i < 3; i++) orders.push(await orderOf(shopper(stack), [[mat!.id, 2]]));
    const pending = await orderOf(shopper(stack), [[mat!.id, 3]]);
    releasesFail = true;
    try {
      await cancel(admin, pending.id);
    } finally {
      releasesFail = false;
    }
    await stack.ordersDb.sql("update stock_releases set next_attempt_at = now() where order_id = $1", [pending.id]);
    for (const order of orders) await expire(order.id);
    await leaveGuardBehind(orders[1]!.id);
    const result = await stack.orders.sweeper.sweep();
    expect(result.failed).toBe(0);
    for (const order of orders) {
      expect(dataOf(await admin.client(ORDER, { id: order.id })).order?.status).toBe("CANCELLED");
    }
    expect(await catalog.stock(mat!.id)).toBe(12);
    const ledger = await stack.productsDb.sql(
      "select order_id, count(*)::int as releases from stock_movements where kind = 'RELEASE' and variant_id = $1 group by order_id",
      [mat!.id],
    );
    expect(ledger).toHaveLength(4);
    expect(ledger.every((row) => row.releases === 1)).toBe(true);
  });

  test("an order that cannot be cancelled is counted and tried again; the others are cancelled meanwhile", async () => {
    const [rug] = await catalog.product("Rug", [{ priceCents: 900, stock: 9 }]);
    const orders = [];
    for (let i = 0; i < 3; i++) orders.push(await orderOf(shopper(stack), [[rug!.id, 3]]));
    for (const order of orders) await expire(order.id);
    const stuck = orders[0]!.id;
    // A real failure inside the database, for this one order only.
    await stack.ordersDb.sql(
      `create function refuse_stuck_order() returns trigger language plpgsql as $$
       begin if old.id = '${rowId(stuck)}' then raise exception 'this order cannot be written'; end if; return new; end $$`,
    );
    await stack.ordersDb.sql(
      "create trigger refuse_stuck_order before update on orders for each row execute function refuse_stuck_order()",
    );
    try {
      const result = await stack.orders.sweeper.sweep();
      expect(result.failed).toBe(1);
      expect(await catalog.stock(rug!.id)).toBe(6);
      expect(dataOf(await admin.client(ORDER, { id: stuck })).order?.status).toBe("PENDING_PAYMENT");
    } finally {
      await stack.ordersDb.sql("drop trigger refuse_stuck_order on orders");
      await stack.ordersDb.sql("drop function refuse_stuck_order()");
    }
    expect((await stack.orders.sweeper.sweep()).failed).toBe(0);
    expect(dataOf(await admin.client(ORDER, { id: stuck })).order?.status).toBe("CANCELLED");
    expect(await catalog.stock(rug!.id)).toBe(9);
  });

  test("paying while the sweeper finds a release row left for the order: the paid order keeps its stock", async () => {
    const ada = shopper(stack);
    const [bowl] = await catalog.product("Bowl", [{ priceCents: 1100, stock: 5 }]);
    const order = await orderOf(ada, [[bowl!.id, 2]]);
    await leaveGuardBehind(order.id);
    const [paid, swept] = await Promise.all([pay(ada, order.id), stack.orders.sweeper.sweep()]);
    expect(paid.order?.status).toBe("PAID");
    await stack.orders.sweeper.sweep();
    expect(await catalog.reserved(bowl!.id)).toBe(2);
    expect(await stack.ordersDb.sql("select order_id from stock_releases where order_id = $1", [order.id])).toEqual([]);
    expect(swept).toMatchObject({ repaired: 1, failed: 0 });
  });

  test("cancelling twice, also at once: one cancellation, INVALID_TRANSITION for the others, stock back once", async () => {
    const ada = shopper(stack);
    const [tray] = await catalog.product("Tray", [{ priceCents: 600, stock: 4 }]);
    const order = await orderOf(ada, [[tray!.id, 4]]);
    const results = await Promise.all(Array.from({ length: 5 }, () => cancel(ada, order.id)));
    expect(results.filter((result) => result.userErrors.length === 0)).toHaveLength(1);
    expect(results.flatMap(codesOf)).toEqual(Array.from({ length: 4 }, () => "INVALID_TRANSITION"));
    expect(codesOf(await cancel(ada, order.id))).toEqual(["INVALID_TRANSITION"]);
    await stack.orders.sweeper.sweep();
    expect(await catalog.stock(tray!.id)).toBe(4);
    const releases = await stack.productsDb.sql(
      "select delta from stock_movements where order_id = $1 and kind = 'RELEASE'",
      [order.id],
    );
    expect(releases).toEqual([{ delta: 4 }]);
  });
});

describe("one customer's order is no business of another", () => {
  test("customer A cannot read, pay or cancel customer B's order; an admin can read it", async () => {
    const bob = shopper(stack);
    const ada = shopper(stack);
    const order = await orderOf(bob, [[shirt.id, 1]]);
    const read = await ada.client(ORDER, { id: order.id });
    expect(read.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(read.data).toEqual({ order: null });
    expect((await pay(ada, order.id)).userErrors).toEqual([
      expect.objectContaining({ code: "ORDER_NOT_FOUND", field: ["orderId"] }),
    ]);
    expect(codesOf(await cancel(ada, order.id))).toEqual(["ORDER_NOT_FOUND"]);
    const asAdmin = dataOf(await admin.client(ORDER, { id: order.id })).order;
    expect(asAdmin).toMatchObject({ status: "PENDING_PAYMENT", user: { id: bob.id } });
    expect(await paymentsOf(order.id)).toEqual([]);
  });

  test("order(id) of an unknown order is NOT_FOUND", async () => {
    const response = await shopper(stack).client(ORDER, { id: "00000000-0000-4000-8000-000000000000" });
    expect(response.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  test.each(["42", "'; select 1; --", ""])("order(id: %j) is BAD_USER_INPUT", async (id) => {
    const response = await shopper(stack).client(ORDER, { id });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  test("paying or cancelling a malformed id is BAD_USER_INPUT; signed out is UNAUTHENTICATED", async () => {
    const ada = shopper(stack);
    for (const send of [
      () => ada.client(PAY_ORDER, { orderId: "not-an-id", token: "tok_visa" }),
      () => ada.client(CANCEL_ORDER, { orderId: "not-an-id" }),
    ]) {
      const response = await send();
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    const anonymous = await stack.client()(ORDER, { id: "00000000-0000-4000-8000-000000000000" });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("when products does not answer", () => {
  test("cart changes fail with an error, not a made-up userError; checkout is CHECKOUT_FAILED and keeps nothing", async () => {
    const ada = shopper(stack);
    const [kite] = await catalog.product("Kite", [{ priceCents: 1500, stock: 5 }]);
    await addToCart(ada, kite!.id, 1);
    productsDown = true;
    try {
      const add = await ada.client(ADD_TO_CART, { variantId: kite!.id, quantity: 1 });
      expect(add.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(codesOf(await placeOrder(ada))).toEqual(["CHECKOUT_FAILED"]);
    } finally {
      productsDown = false;
    }
    expect(await catalog.stock(kite!.id)).toBe(5);
    expect(await stack.ordersDb.sql("select id from orders where user_id = $1", [ada.userId])).toEqual([]);
    expect((await placeOrder(ada)).userErrors).toEqual([]);
  });
});
