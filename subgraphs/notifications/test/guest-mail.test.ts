import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, test } from "vitest";
import { dataOf, eventually, present, rowId } from "@shopgraph/testing";
import { Catalog, type TestVariant } from "../../orders/test/catalog.js";
import { startOrders, type OrdersUnderTest } from "../../orders/test/harness.js";
import { ADDRESS } from "../../orders/test/operations.js";
import { NotificationKind, NotificationStatus } from "../src/entities/index.js";
import { startNotifications, type NotificationsUnderTest } from "./harness.js";

/**
 * A guest's order mail, end to end: the real orders subgraph records order.placed for a guest's
 * order, notifications mails the address the guest gave (no user, no projection), and the link in
 * the mail opens that order in orders (the two services share the order link key).
 */
let orders: OrdersUnderTest;
let service: NotificationsUnderTest;
let mug: TestVariant;

beforeAll(async () => {
  orders = await startOrders();
  service = await startNotifications({
    config: (config) => ({ ...config, events: { ...config.events, exchange: orders.config.events.exchange } }),
  });
  mug = await new Catalog(orders).variant({ priceCents: 1250, stock: 100 }, "Mug");
}, 60_000);
afterAll(async () => {
  await service?.close();
  await orders?.close();
});

const CART_CREATE = `mutation($input: CartCreateInput!) { cartCreate(input: $input) { cart { id } userErrors { code } } }`;
const PLACE_GUEST_ORDER = `mutation($input: GuestOrderInput!) {
  placeGuestOrder(input: $input) { order { id number } orderToken userErrors { code } }
}`;
const ORDER_BY_TOKEN = `query($token: String!) { orderByToken(token: $token) { id number status guestEmail } }`;
const PAY_GUEST_ORDER = `mutation($token: String!) {
  payGuestOrder(token: $token, paymentToken: "tok_visa") { order { status } userErrors { code } }
}`;

/** The `token` of the guest-order link in a mail's text. */
function linkTokenIn(text: string): string {
  const link = present(/https?:\/\/\S+\/guest-order\?token=\S+/.exec(text), "a guest-order link")[0];
  return present(new URL(link).searchParams.get("token"));
}

test("the confirmation goes to the guest's address with a link that opens the order; later mail carries it too", async () => {
  const email = `guest-${randomUUID().slice(0, 8)}@example.com`;
  const client = orders.client();
  const { cartCreate } = dataOf(await client(CART_CREATE, { input: { lines: [{ variantId: mug.id, quantity: 2 }] } }));
  const { placeGuestOrder } = dataOf(
    await client(PLACE_GUEST_ORDER, {
      input: { email, cartId: cartCreate.cart.id, idempotencyKey: randomUUID(), shippingAddress: ADDRESS },
    }),
  );
  expect(placeGuestOrder.userErrors).toEqual([]);
  const { order } = placeGuestOrder;

  const confirmed = `Order ${order.number} confirmed`;
  const [mail] = await eventually(
    () =>
      service.smtp.to(email).filter((each) => each.subject === confirmed).length === 1 &&
      service.smtp.to(email).filter((each) => each.subject === confirmed),
  );
  expect(mail!.text).toContain(`Hi ${ADDRESS.name},`);
  expect(mail!.text).toContain("$25.00");
  const token = linkTokenIn(mail!.text);
  // The link in the mail is the one placeGuestOrder answered with, and it opens this order.
  expect(token).toBe(placeGuestOrder.orderToken);
  expect(dataOf(await client(ORDER_BY_TOKEN, { token })).orderByToken).toEqual({
    id: order.id,
    number: order.number,
    status: "PENDING_PAYMENT",
    guestEmail: email,
  });
  expect(mail!.html).toContain(`/guest-order?token=${token}`);

  // Paid through the link: the status mail goes to the guest too, with the link.
  expect(dataOf(await client(PAY_GUEST_ORDER, { token })).payGuestOrder).toEqual({
    order: { status: "PAID" },
    userErrors: [],
  });
  const paid = `Order ${order.number} is paid`;
  const [paidMail] = await eventually(
    () =>
      service.smtp.to(email).filter((each) => each.subject === paid).length === 1 &&
      service.smtp.to(email).filter((each) => each.subject === paid),
  );
  expect(linkTokenIn(paidMail!.text)).toBe(token);
  await service.settle();

  // No user, no waiting for a projection: each notification was addressed and sent at once, and
  // the row keeps no token (the link is made when the mail is sent).
  const rows = await service.notifications({ orderId: rowId(order.id) });
  expect(rows.map((row) => [row.kind, row.status, row.userId, row.recipient]).sort()).toEqual(
    [
      [NotificationKind.ORDER_CONFIRMATION, NotificationStatus.SENT, null, email],
      [NotificationKind.ORDER_STATUS_CHANGED, NotificationStatus.SENT, null, email],
    ].sort(),
  );
  expect(JSON.stringify(rows.map((row) => row.payload))).not.toContain(token.split(".")[2]);
  expect(service.smtp.to(email)).toHaveLength(2);
});
