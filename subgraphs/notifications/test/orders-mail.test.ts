import { afterAll, beforeAll, expect, test } from "vitest";
import { Role } from "@shopgraph/kernel";
import { dataOf, eventually, rowId } from "@shopgraph/testing";
import { Catalog, type TestVariant } from "../../orders/test/catalog.js";
import { startOrders, type OrdersUnderTest } from "../../orders/test/harness.js";
import { CANCEL_ORDER_REFUNDS, UPDATE_ORDER_STATUS_WITH_SHIPMENT } from "../../orders/test/operations.js";
import { orderOf, pay, shopper, type Shopper } from "../../orders/test/shoppers.js";
import { NotificationKind, NotificationStatus } from "../src/entities/index.js";
import { envelope, testUser, userRegistered } from "./events.js";
import { startNotifications, type NotificationsUnderTest } from "./harness.js";

/**
 * The real orders subgraph publishing through its outbox to the exchange notifications consumes,
 * and notifications mailing a real SMTP server: what a shopper receives when an order is
 * refunded or shipped.
 */
let orders: OrdersUnderTest;
let service: NotificationsUnderTest;
let catalog: Catalog;
let admin: Shopper;
let shirt: TestVariant;

beforeAll(async () => {
  orders = await startOrders();
  service = await startNotifications({
    config: (config) => ({ ...config, events: { ...config.events, exchange: orders.config.events.exchange } }),
  });
  catalog = new Catalog(orders);
  admin = shopper(orders, Role.ADMIN);
  shirt = await catalog.variant({ priceCents: 3150, stock: 1000 }, "Shirt");
}, 60_000);
afterAll(async () => {
  await service?.close();
  await orders?.close();
});

/** A shopper notifications knows (their user event arrived), with a paid order of 2 shirts. */
async function paidOrderOfKnownShopper(token = "tok_visa") {
  const who = shopper(orders);
  const user = { ...testUser(), userId: who.userId };
  await service.publish(userRegistered(user));
  const order = await orderOf(who, [[shirt.id, 2]]);
  expect((await pay(who, order.id, token)).userErrors).toEqual([]);
  return { who, email: user.email, order };
}

const mailsAbout = (email: string, subject: string) =>
  service.smtp.to(email).filter((mail) => mail.subject === subject);

test("cancelling a paid order: exactly one refund mail, with the amount", async () => {
  const { who, email, order } = await paidOrderOfKnownShopper();
  const { cancelOrder } = dataOf(await who.client(CANCEL_ORDER_REFUNDS, { orderId: order.id }));
  expect(cancelOrder.order?.refunds.map((refund: any) => refund.status)).toEqual(["SUCCEEDED"]);
  const subject = `Your refund for order ${order.number}`;
  const [mail] = await eventually(() => mailsAbout(email, subject).length === 1 && mailsAbout(email, subject));
  expect(mail!.text).toContain(`We have refunded $63.00 for your cancelled order ${order.number}.`);
  await orders.orders.sweeper.sweep();
  await eventually(() => service.smtp.to(email).length === 5);
  await service.settle();
  expect(
    service.smtp
      .to(email)
      .map((each) => each.subject)
      .sort(),
  ).toEqual(
    [
      "Welcome to Shopgraph",
      `Order ${order.number} confirmed`,
      `Order ${order.number} is paid`,
      `Order ${order.number} is cancelled`,
      subject,
    ].sort(),
  );
  const rows = await service.notifications({ userId: who.userId, kind: NotificationKind.ORDER_REFUNDED });
  expect(rows.map((row) => [row.status, row.orderId, row.orderNumber])).toEqual([
    [NotificationStatus.SENT, rowId(order.id), order.number],
  ]);
});

test("a refund that failed once and then succeeded: still exactly one refund mail", async () => {
  const { who, email, order } = await paidOrderOfKnownShopper("tok_refund_fails_once");
  const { cancelOrder } = dataOf(await who.client(CANCEL_ORDER_REFUNDS, { orderId: order.id }));
  expect(cancelOrder.order?.refunds.map((refund: any) => refund.status)).toEqual(["FAILED"]);
  await orders.ordersDb.sql("update refunds set next_attempt_at = now() where order_id = $1", [order.id]);
  expect((await orders.orders.sweeper.sweep()).refunded).toBe(1);
  const subject = `Your refund for order ${order.number}`;
  await eventually(() => mailsAbout(email, subject).length === 1);
  await orders.ordersDb.sql("update refunds set next_attempt_at = now() where order_id = $1", [order.id]);
  await orders.orders.sweeper.sweep();
  await service.settle();
  expect(mailsAbout(email, subject)).toHaveLength(1);
});

test("cancelling an unpaid order sends no refund mail", async () => {
  const who = shopper(orders);
  const user = { ...testUser(), userId: who.userId };
  await service.publish(userRegistered(user));
  const order = await orderOf(who, [[shirt.id, 1]]);
  dataOf(await who.client(CANCEL_ORDER_REFUNDS, { orderId: order.id }));
  await eventually(() => mailsAbout(user.email, `Order ${order.number} is cancelled`).length === 1);
  await service.settle();
  expect(service.smtp.to(user.email).map((mail) => mail.subject)).not.toContain(
    `Your refund for order ${order.number}`,
  );
});

test("an order.refunded delivered twice is mailed once", async () => {
  const user = testUser();
  await service.publish(userRegistered(user));
  const event = envelope("order.refunded", {
    orderId: "0b5d3c1e-2f4a-4b6c-8d9e-0f1a2b3c4d5e",
    number: "SG-4242",
    userId: user.userId,
    refund: { id: "6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0", amountCents: 1999, currency: "EUR" },
  });
  await service.publish(event, event);
  await eventually(() => mailsAbout(user.email, "Your refund for order SG-4242").length === 1);
  await service.settle();
  expect(mailsAbout(user.email, "Your refund for order SG-4242")).toHaveLength(1);
  expect(mailsAbout(user.email, "Your refund for order SG-4242")[0]!.text).toContain("€19.99");
});

test("shipping with a carrier and tracking number: the shipped mail says both", async () => {
  const { email, order } = await paidOrderOfKnownShopper();
  const { updateOrderStatus } = dataOf(
    await admin.client(UPDATE_ORDER_STATUS_WITH_SHIPMENT, {
      orderId: order.id,
      status: "SHIPPED",
      shipment: { carrier: "La Poste", trackingNumber: "6A12345678901" },
    }),
  );
  expect(updateOrderStatus.userErrors).toEqual([]);
  const subject = `Order ${order.number} is shipped`;
  const [mail] = await eventually(() => mailsAbout(email, subject).length === 1 && mailsAbout(email, subject));
  expect(mail!.text).toContain("Carrier: La Poste, tracking number: 6A12345678901");
  expect(mail!.html).toContain("<p>Carrier: La Poste, tracking number: 6A12345678901</p>");
});
