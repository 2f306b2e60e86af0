import { afterAll, beforeAll, expect, test } from "vitest";
import { Role } from "@shopgraph/kernel";
import { dataOf, eventually, present, type RecordedEvents, recordEvents, rowId } from "@shopgraph/testing";
import { Catalog } from "./catalog.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { ADDRESS, CANCEL_ORDER, UPDATE_ORDER_STATUS } from "./operations.js";
import { orderOf, pay, placeOrder, shopper } from "./shoppers.js";

let stack: OrdersUnderTest;
let catalog: Catalog;
let recorded: RecordedEvents;

beforeAll(async () => {
  stack = await startOrders();
  catalog = new Catalog(stack);
  recorded = await recordEvents(stack.config.events.exchange, "order.*");
});
afterAll(async () => {
  await recorded?.close();
  await stack?.close();
});

/** Events carry the order's UUID; tests hold its global id. */
const eventsOf = (orderId: string) => recorded.events.filter((event) => event.data.orderId === rowId(orderId));

test("placing an order publishes order.placed with its lines, totals and address", async () => {
  const ada = shopper(stack);
  const [tee] = await catalog.product("Tee", [{ priceCents: 1999, stock: 5 }]);
  const order = await orderOf(ada, [[tee!.id, 2]]);
  const [event] = await eventually(() => eventsOf(order.id).length === 1 && eventsOf(order.id));
  expect(event).toMatchObject({ type: "order.placed", correlationId: expect.any(String) });
  expect(event?.data).toEqual({
    orderId: rowId(order.id),
    number: order.number,
    userId: ada.userId,
    status: "PENDING_PAYMENT",
    currency: "USD",
    subtotalCents: 3998,
    totalCents: 3998,
    lines: [
      {
        variantId: rowId(tee!.id),
        productId: rowId(tee!.productId),
        productName: "Tee",
        variantTitle: tee!.title,
        sku: tee!.sku,
        unitPriceCents: 1999,
        quantity: 2,
        lineTotalCents: 3998,
      },
    ],
    shippingAddress: ADDRESS,
    placedAt: order.createdAt,
    updatedAt: order.createdAt,
    paidAt: null,
    expiresAt: order.expiresAt,
    // A customer's order; a guest's names the address here and has no userId.
    guestEmail: null,
  });
});

test("every status change publishes order.status_changed with the order and the transition, in order", async () => {
  const ada = shopper(stack);
  const admin = shopper(stack, Role.ADMIN);
  const [tee] = await catalog.product("Tee", [{ priceCents: 500, stock: 5 }]);
  const order = await orderOf(ada, [[tee!.id, 1]]);
  await pay(ada, order.id);
  dataOf(await admin.client(UPDATE_ORDER_STATUS, { orderId: order.id, status: "SHIPPED", reason: "Tracking 42" }));
  const events = await eventually(() => eventsOf(order.id).length === 3 && eventsOf(order.id));
  expect(events.map((event) => event.type)).toEqual(["order.placed", "order.status_changed", "order.status_changed"]);
  const paid = present(events[1], "order.status_changed to PAID");
  const shipped = present(events[2], "order.status_changed to SHIPPED");
  expect(paid.data).toMatchObject({
    status: "PAID",
    totalCents: 500,
    lines: [{ variantId: rowId(tee!.id), productId: rowId(tee!.productId), quantity: 1 }],
    placedAt: order.createdAt,
    // The state right after the change: stamped with its time.
    updatedAt: paid.data.transition.at,
    paidAt: paid.data.transition.at,
    expiresAt: order.expiresAt,
  });
  expect(paid.data.transition).toEqual({
    from: "PENDING_PAYMENT",
    to: "PAID",
    at: expect.any(String),
    by: ada.userId,
    reason: null,
  });
  expect(shipped.data).toMatchObject({ updatedAt: shipped.data.transition.at, paidAt: paid.data.transition.at });
  expect(shipped.data.transition).toMatchObject({
    from: "PAID",
    to: "SHIPPED",
    by: admin.userId,
    reason: "Tracking 42",
  });
  // The relay marks rows published after the broker confirmed them, so maybe just after delivery.
  const outbox = await eventually(async () => {
    const rows = await stack.ordersDb.sql(
      "select type, published_at is not null as published from outbox where aggregate_id = $1 order by sequence",
      [order.id],
    );
    return rows.every((row) => row.published) && rows;
  });
  expect(outbox).toEqual([
    { type: "order.placed", published: true },
    { type: "order.status_changed", published: true },
    { type: "order.status_changed", published: true },
  ]);
});

test("refused requests record no event", async () => {
  const ada = shopper(stack);
  const [tee] = await catalog.product("Tee", [{ priceCents: 500, stock: 5 }]);
  const order = await orderOf(ada, [[tee!.id, 1]]);
  await pay(ada, order.id, "tok_declined");
  dataOf(await ada.client(CANCEL_ORDER, { orderId: order.id }));
  dataOf(await ada.client(CANCEL_ORDER, { orderId: order.id }));
  expect((await placeOrder(ada)).userErrors[0]?.code).toBe("CART_EMPTY");
  const types = await stack.ordersDb.sql("select type from outbox where aggregate_id = $1 order by sequence", [
    order.id,
  ]);
  expect(types.map((row) => row.type)).toEqual(["order.placed", "order.status_changed"]);
});
