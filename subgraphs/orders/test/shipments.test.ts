import { afterAll, beforeAll, expect, test } from "vitest";
import { Role } from "@shopgraph/kernel";
import { dataOf, eventually, present, type RecordedEvents, recordEvents, rowId } from "@shopgraph/testing";
import { Catalog, type TestVariant } from "./catalog.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import type { OrderStatus, ShipmentInput } from "./gql/graphql.js";
import { ORDER_MONEY, UPDATE_ORDER_STATUS_WITH_SHIPMENT } from "./operations.js";
import { orderOf, pay, shopper, type Shopper } from "./shoppers.js";

let stack: OrdersUnderTest;
let catalog: Catalog;
let admin: Shopper;
let shirt: TestVariant;
let recorded: RecordedEvents;

beforeAll(async () => {
  stack = await startOrders();
  catalog = new Catalog(stack);
  admin = shopper(stack, Role.ADMIN);
  shirt = await catalog.variant({ priceCents: 1200, stock: 1000 }, "Shirt");
  recorded = await recordEvents(stack.config.events.exchange, "order.status_changed");
});
afterAll(async () => {
  await recorded?.close();
  await stack?.close();
});

/** Events carry the order's UUID; tests hold its global id. */
const eventsOf = (orderId: string) => recorded.events.filter((event) => event.data.orderId === rowId(orderId));

/** The statuses the order's recorded `order.status_changed` events moved it to. */
async function statusEvents(orderId: string) {
  const rows = await stack.ordersDb.sql(
    "select envelope->'data'->'transition'->>'to' as to from outbox where aggregate_id = $1 and type = 'order.status_changed' order by sequence",
    [orderId],
  );
  return rows.map((row) => row.to);
}

async function paidOrder(who: Shopper = shopper(stack)) {
  const order = await orderOf(who, [[shirt.id, 1]]);
  await pay(who, order.id);
  return order.id as string;
}

async function setStatus(orderId: string, status: OrderStatus, shipment?: ShipmentInput) {
  return dataOf(await admin.client(UPDATE_ORDER_STATUS_WITH_SHIPMENT, { orderId, status, shipment })).updateOrderStatus;
}

test("shipping with a carrier and tracking number: stored, on the order, and in order.status_changed", async () => {
  const ada = shopper(stack);
  const orderId = await paidOrder(ada);
  const { order, userErrors } = await setStatus(orderId, "SHIPPED", {
    carrier: "  DHL   Express ",
    trackingNumber: "JD0146 0000 3456",
  });
  expect(userErrors).toEqual([]);
  expect(order?.shipment).toEqual({
    carrier: "DHL Express",
    trackingNumber: "JD0146 0000 3456",
    shippedAt: expect.any(String),
  });
  const read = dataOf(await ada.client(ORDER_MONEY, { id: orderId })).order;
  expect(read?.shipment).toEqual(order?.shipment);
  const [row] = await stack.ordersDb.sql(
    "select shipment_carrier, shipment_tracking_number, shipped_at from orders where id = $1",
    [orderId],
  );
  expect(row).toEqual({
    shipment_carrier: "DHL Express",
    shipment_tracking_number: "JD0146 0000 3456",
    shipped_at: new Date(present(order?.shipment, "the shipment").shippedAt),
  });

  const events = await eventually(() => eventsOf(orderId).length === 2 && eventsOf(orderId));
  const paid = present(events[0], "order.status_changed to PAID");
  const shipped = present(events[1], "order.status_changed to SHIPPED");
  expect(paid.data.shipment).toBeNull();
  expect(shipped.data.transition).toMatchObject({ from: "PAID", to: "SHIPPED", by: admin.userId });
  expect(shipped.data.shipment).toEqual({
    carrier: "DHL Express",
    trackingNumber: "JD0146 0000 3456",
    shippedAt: shipped.data.transition.at,
  });

  // The shipment stays with the order on its way to DELIVERED.
  const delivered = await setStatus(orderId, "DELIVERED");
  expect(delivered.order?.shipment).toEqual(order?.shipment);
  const last = await eventually(() => eventsOf(orderId).length === 3 && eventsOf(orderId)[2]);
  expect(last.data.shipment).toEqual(shipped.data.shipment);
});

test("shipping without a shipment still works: Order.shipment is null", async () => {
  const orderId = await paidOrder();
  const { order, userErrors } = await setStatus(orderId, "SHIPPED");
  expect(userErrors).toEqual([]);
  expect(order).toMatchObject({ status: "SHIPPED", shipment: null });
});

const long = (length: number) => "A".repeat(length);

test.each([
  ["an empty carrier", { carrier: "  ", trackingNumber: "1Z999" }, [["shipment", "carrier"]]],
  ["a carrier too long", { carrier: long(51), trackingNumber: "1Z999" }, [["shipment", "carrier"]]],
  [
    "markup in the carrier",
    { carrier: "<script>alert(1)</script>", trackingNumber: "1Z999" },
    [["shipment", "carrier"]],
  ],
  ["a control character in the carrier", { carrier: "DHL\u0007", trackingNumber: "1Z999" }, [["shipment", "carrier"]]],
  ["an empty tracking number", { carrier: "UPS", trackingNumber: "" }, [["shipment", "trackingNumber"]]],
  ["a tracking number too long", { carrier: "UPS", trackingNumber: long(65) }, [["shipment", "trackingNumber"]]],
  [
    "punctuation in the tracking number",
    { carrier: "UPS", trackingNumber: "1Z'; drop table orders" },
    [["shipment", "trackingNumber"]],
  ],
  [
    "both wrong",
    { carrier: "", trackingNumber: "" },
    [
      ["shipment", "carrier"],
      ["shipment", "trackingNumber"],
    ],
  ],
])("%s is INVALID_SHIPMENT on its field and changes nothing", async (_name, shipment, fields) => {
  const orderId = await paidOrder();
  const { order, userErrors } = await setStatus(orderId, "SHIPPED", shipment);
  expect(order).toBeNull();
  expect(userErrors.map((error: any) => [error.code, error.field])).toEqual(
    fields.map((field) => ["INVALID_SHIPMENT", field]),
  );
  expect(dataOf(await admin.client(ORDER_MONEY, { id: orderId })).order).toMatchObject({
    status: "PAID",
    shipment: null,
  });
  expect(await statusEvents(orderId)).toEqual(["PAID"]);
});

test("a shipment with any other status is SHIPMENT_NOT_ALLOWED and changes nothing (a cancel refunds nothing)", async () => {
  const orderId = await paidOrder();
  const { userErrors } = await setStatus(orderId, "CANCELLED", { carrier: "UPS", trackingNumber: "1Z999" });
  expect(userErrors.map((error: any) => error.code)).toEqual(["SHIPMENT_NOT_ALLOWED"]);
  const order = dataOf(await admin.client(ORDER_MONEY, { id: orderId })).order;
  expect(order).toMatchObject({ status: "PAID", shipment: null, refunds: [] });
  expect(await statusEvents(orderId)).toEqual(["PAID"]);
});
