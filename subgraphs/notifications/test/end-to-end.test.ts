import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, test } from "vitest";
import { dataOf, eventually } from "@shopgraph/testing";
import { startSupergraph, type SupergraphUnderTest } from "../../../gateway/test/harness.js";

/**
 * The real thing: users and orders publish through their outboxes, notifications consumes, mails
 * through its embedded SMTP sink, and a shopper reads it all through the gateway.
 */
let supergraph: SupergraphUnderTest;
const ADMIN = { email: "admin@shop.test", password: "admin password, long enough" };

beforeAll(async () => {
  supergraph = await startSupergraph({
    subgraphEnv: { SEED_DEMO_CATALOG: "true", ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
  });
}, 60_000);
afterAll(() => supergraph?.close());

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } userErrors { code } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { code } } }`;
const MY_NOTIFICATIONS = `{
  me {
    unreadNotificationCount
    notifications {
      totalCount
      nodes { id kind status subject sentAt order { id number status total { formatted } } }
    }
  }
}`;

test("register, order and pay through the gateway: the shopper is mailed three times (the payment goes into the held confirmation) and reads it all", async () => {
  const email = `e2e-${randomUUID().slice(0, 8)}@example.com`;
  const { register } = dataOf(
    await supergraph.client()(REGISTER, { input: { email, password: "a long passphrase", name: "Edith" } }),
  );
  expect(register.userErrors).toEqual([]);
  const shopper = supergraph.client(register.accessToken);

  const { products } = dataOf(await supergraph.client()(`{ products(first: 1) { nodes { variants { id } } } }`));
  const variantId = products.nodes[0].variants[0].id;
  const { addToCart } = dataOf(
    await shopper(`mutation($v: ID!) { addToCart(variantId: $v, quantity: 2) { userErrors { code } } }`, {
      v: variantId,
    }),
  );
  expect(addToCart.userErrors).toEqual([]);
  const { placeOrder } = dataOf(
    await shopper(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id number total { formatted } } userErrors { code } } }`,
      {
        input: {
          idempotencyKey: randomUUID(),
          shippingAddress: {
            name: "Edith",
            line1: "1 Main St",
            city: "Springfield",
            postalCode: "12345",
            country: "US",
          },
        },
      },
    ),
  );
  expect(placeOrder.userErrors).toEqual([]);
  const order = placeOrder.order;
  const { payOrder } = dataOf(
    await shopper(`mutation($id: ID!) { payOrder(orderId: $id, paymentToken: "tok_visa") { userErrors { code } } }`, {
      id: order.id,
    }),
  );
  expect(payOrder.userErrors).toEqual([]);

  const me = await eventually(async () => {
    const { me } = dataOf(await shopper(MY_NOTIFICATIONS));
    return me.notifications.nodes.filter((node: any) => node.status === "SENT").length === 3 && me;
  }, 20_000);
  expect(me.unreadNotificationCount).toBe(3);
  const byKind = Object.fromEntries(me.notifications.nodes.map((node: any) => [node.kind, node]));
  expect(byKind["WELCOME"]).toMatchObject({ subject: "Welcome to Shopgraph", order: null });
  expect(byKind["EMAIL_VERIFICATION"]).toMatchObject({ subject: "Verify your email address", order: null });
  // The order reference is resolved by the orders subgraph.
  expect(byKind["ORDER_CONFIRMATION"]).toMatchObject({
    subject: `Order ${order.number} confirmed`,
    order: { id: order.id, number: order.number, status: "PAID", total: { formatted: order.total.formatted } },
  });
  // Paid within ORDER_CONFIRMATION_HOLD_MS: no "is paid" mail of its own.
  expect(byKind["ORDER_STATUS_CHANGED"]).toBeUndefined();

  const { login } = dataOf(await supergraph.client()(LOGIN, { input: ADMIN }));
  const { sentMail } = dataOf(
    await supergraph.client(login.accessToken)(`{ sentMail(first: 20) { recipient subject text } }`),
  );
  const confirmation = sentMail.find(
    (mail: any) => mail.recipient === email && mail.subject === `Order ${order.number} confirmed`,
  );
  expect(confirmation.text).toContain("We have received your payment");
  expect(confirmation.text).toContain(`/orders/${order.id}`);
  expect(
    sentMail
      .filter((mail: any) => mail.recipient === email)
      .map((mail: any) => mail.subject)
      .sort(),
  ).toEqual([`Order ${order.number} confirmed`, "Welcome to Shopgraph", "Verify your email address"].sort());

  const ids = me.notifications.nodes.map((node: any) => node.id);
  expect(dataOf(await shopper(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids }))).toEqual({
    markNotificationsRead: 3,
  });
  expect(dataOf(await shopper(`{ me { unreadNotificationCount } }`)).me.unreadNotificationCount).toBe(0);
}, 60_000);

test("a paid order cancelled through the gateway: one refund on the order, one refund mail", async () => {
  const email = `refund-${randomUUID().slice(0, 8)}@example.com`;
  const { register } = dataOf(
    await supergraph.client()(REGISTER, { input: { email, password: "a long passphrase", name: "Rafa" } }),
  );
  const shopper = supergraph.client(register.accessToken);
  const { products } = dataOf(await supergraph.client()(`{ products(first: 1) { nodes { variants { id } } } }`));
  dataOf(
    await shopper(`mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { userErrors { code } } }`, {
      v: products.nodes[0].variants[0].id,
    }),
  );
  const { placeOrder } = dataOf(
    await shopper(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id number total { amountCents formatted } } } }`,
      {
        input: {
          idempotencyKey: randomUUID(),
          shippingAddress: {
            name: "Rafa",
            line1: "1 Main St",
            city: "Springfield",
            postalCode: "12345",
            country: "US",
          },
        },
      },
    ),
  );
  const order = placeOrder.order;
  dataOf(
    await shopper(`mutation($id: ID!) { payOrder(orderId: $id, paymentToken: "tok_visa") { userErrors { code } } }`, {
      id: order.id,
    }),
  );
  const { cancelOrder } = dataOf(
    await shopper(
      `mutation($id: ID!) {
        cancelOrder(orderId: $id) {
          order { status payments { status amount { amountCents } } refunds { id status amount { amountCents formatted } } }
          userErrors { code }
        }
      }`,
      { id: order.id },
    ),
  );
  expect(cancelOrder.userErrors).toEqual([]);
  expect(cancelOrder.order.payments).toEqual([
    { status: "SUCCEEDED", amount: { amountCents: order.total.amountCents } },
  ]);
  expect(cancelOrder.order.refunds).toEqual([{ id: expect.any(String), status: "SUCCEEDED", amount: order.total }]);

  const subject = `Your refund for order ${order.number}`;
  const refundMails = async () => {
    const { login } = dataOf(await supergraph.client()(LOGIN, { input: ADMIN }));
    const { sentMail } = dataOf(
      await supergraph.client(login.accessToken)(`{ sentMail(first: 50) { recipient subject } }`),
    );
    return sentMail.filter((mail: any) => mail.recipient === email && mail.subject === subject);
  };
  await eventually(async () => (await refundMails()).length === 1, 20_000);
  // The mail is in the sink before its notification is marked SENT; and no second one may follow.
  await supergraph.settled();
  const { me } = dataOf(
    await shopper(`{ me { notifications(first: 10) { nodes { kind status order { id status } } } } }`),
  );
  expect(me.notifications.nodes.filter((node: any) => node.kind === "ORDER_REFUNDED")).toEqual([
    { kind: "ORDER_REFUNDED", status: "SENT", order: { id: order.id, status: "CANCELLED" } },
  ]);
  expect(await refundMails()).toHaveLength(1);
}, 60_000);
