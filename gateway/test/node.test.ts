import { randomUUID } from "node:crypto";
import pg from "pg";
import { fromGlobalId, toGlobalId } from "@shopgraph/kernel";
import { dataOf, eventually, present, rowId, TEST_ADDRESS } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import type { NodePaymentFieldsFragment, NodeRefundFieldsFragment } from "./gql/graphql.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";
import { LOGIN, PAY_ORDER, PLACE_ORDER, REGISTER } from "./operations.js";

const ADMIN = { email: "admin@node.test", password: "admin password 1" };

/** What an order shows of its payments and refunds: node must show the same. */
graphql(`
  fragment NodePaymentFields on Payment {
    id
    paymentStatus: status
    amount {
      amountCents
      currency
    }
    provider
    reference
  }
`);
graphql(`
  fragment NodeRefundFields on Refund {
    id
    refundStatus: status
    amount {
      amountCents
      currency
    }
    reference
  }
`);

const CART_CREATE = graphql(`
  mutation NodeCartCreate($input: CartCreateInput!) {
    cartCreate(input: $input) {
      cart {
        id
        lines {
          id
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const CANCEL_ORDER = graphql(`
  mutation NodeCancelOrder($orderId: ID!) {
    cancelOrder(orderId: $orderId) {
      order {
        status
        payments {
          ...NodePaymentFields
        }
        refunds {
          ...NodeRefundFields
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const FIRST_NOTIFICATION = graphql(`
  query NodeFirstNotification {
    me {
      notifications(first: 1) {
        nodes {
          id
        }
      }
    }
  }
`);
const IN_STOCK = graphql(`
  query NodeInStockProducts {
    products(first: 5, filter: { inStock: true }) {
      nodes {
        id
        category {
          id
        }
        variants {
          id
          quantityAvailable
        }
      }
    }
  }
`);
const MUGS = graphql(`
  query NodeMugs {
    products(first: 1, query: "mug") {
      nodes {
        id
      }
    }
  }
`);
const ARCHIVE_PRODUCT = graphql(`
  mutation NodeArchiveProduct($id: ID!) {
    archiveProduct(id: $id) {
      product {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const ORDER = graphql(`
  query NodeOrder($id: ID!) {
    order(id: $id) {
      id
    }
  }
`);
const CART = graphql(`
  query NodeCart($id: ID) {
    cart(id: $id) {
      id
      lines {
        id
      }
    }
  }
`);
const CART_LINES_REMOVE = graphql(`
  mutation NodeCartLinesRemove($cartId: ID!, $lineIds: [ID!]!) {
    cartLinesRemove(cartId: $cartId, lineIds: $lineIds) {
      cart {
        id
      }
    }
  }
`);

/** Every field a Node type has that its owner alone resolves: selecting it makes the gateway ask the owner. */
graphql(`
  fragment NodeOwnerFields on Node {
    __typename
    id
    ... on Order {
      number
      status
    }
    ... on Cart {
      totalQuantity
    }
    ... on CartLine {
      quantity
    }
    ... on User {
      name
    }
    ... on Notification {
      subject
    }
    ... on Product {
      slug
    }
    ... on ProductVariant {
      sku
    }
    ... on Category {
      slug
    }
    ... on Payment {
      ...NodePaymentFields
    }
    ... on Refund {
      ...NodeRefundFields
    }
  }
`);
const NODE = graphql(`
  query Node($id: ID!) {
    node(id: $id) {
      ...NodeOwnerFields
    }
  }
`);
const NODES = graphql(`
  query Nodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      ...NodeOwnerFields
    }
  }
`);
/** The id alone, no field of the owner's: the gateway need not ask the owner. */
const BARE_NODE = graphql(`
  query NodeBare($id: ID!) {
    node(id: $id) {
      __typename
      id
    }
  }
`);

interface Shopper {
  token: string;
  userId: string;
  orderId: string;
  cartId: string;
  lineId: string;
  notificationId: string;
  /** The charge and the refund of a second order, paid and then cancelled. */
  payment: NodePaymentFieldsFragment;
  refund: NodeRefundFieldsFragment;
}

describe("global ids and node/nodes through the gateway", () => {
  let stack: SupergraphUnderTest;
  let adminToken: string;
  let variant: { id: string; productId: string; categoryId: string };
  let ada: Shopper;
  let bob: Shopper;

  async function shopper(name: string): Promise<Shopper> {
    const anonymous = stack.client();
    const { register } = dataOf(
      await anonymous(REGISTER, {
        input: { email: `${name}-${randomUUID()}@node.test`, password: "correct horse battery", name },
      }),
    );
    expect(register.userErrors).toEqual([]);
    const token = present(register.accessToken, "an access token");
    const client = stack.client(token);
    const { cartCreate } = dataOf(
      await client(CART_CREATE, { input: { lines: [{ variantId: variant.id, quantity: 1 }] } }),
    );
    expect(cartCreate.userErrors).toEqual([]);
    const { placeOrder } = dataOf(
      await client(PLACE_ORDER, { input: { idempotencyKey: randomUUID(), shippingAddress: TEST_ADDRESS } }),
    );
    expect(placeOrder.userErrors).toEqual([]);
    // A second order, paid and cancelled: one payment and one refund.
    dataOf(await client(CART_CREATE, { input: { lines: [{ variantId: variant.id, quantity: 1 }] } }));
    const refunded = present(
      dataOf(await client(PLACE_ORDER, { input: { idempotencyKey: randomUUID(), shippingAddress: TEST_ADDRESS } }))
        .placeOrder.order,
      "the order to refund",
    ).id;
    const { payOrder } = dataOf(await client(PAY_ORDER, { orderId: refunded }));
    expect(payOrder.userErrors).toEqual([]);
    expect(payOrder.order?.status).toBe("PAID");
    const { cancelOrder } = dataOf(await client(CANCEL_ORDER, { orderId: refunded }));
    expect(cancelOrder.userErrors).toEqual([]);
    const cancelled = present(cancelOrder.order, "the cancelled order");
    expect(cancelled.payments).toHaveLength(1);
    expect(cancelled.refunds).toHaveLength(1);
    // A fresh line in the account cart, after the checkout emptied it.
    const again = present(
      dataOf(await client(CART_CREATE, { input: { lines: [{ variantId: variant.id, quantity: 2 }] } })).cartCreate.cart,
      "the account cart",
    );
    const notificationId = await eventually(async () => {
      const { me } = dataOf(await client(FIRST_NOTIFICATION));
      return me?.notifications.nodes[0]?.id;
    }, 20_000);
    return {
      token,
      userId: present(register.user, "the user").id,
      orderId: present(placeOrder.order, "the order").id,
      cartId: again.id,
      lineId: present(again.lines[0], "the cart's line").id,
      notificationId,
      payment: present(cancelled.payments[0], "the payment"),
      refund: present(cancelled.refunds[0], "the refund"),
    };
  }

  const idsOf = (who: Shopper) => [
    who.orderId,
    who.cartId,
    who.lineId,
    who.userId,
    who.notificationId,
    who.payment.id,
    who.refund.id,
  ];

  beforeAll(async () => {
    stack = await startSupergraph({
      subgraphEnv: { SEED_DEMO_CATALOG: "true", ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
    });
    const { login } = dataOf(await stack.client()(LOGIN, { input: ADMIN }));
    adminToken = present(login.accessToken, "the admin's access token");
    const { products } = dataOf(await stack.client()(IN_STOCK));
    const product = present(products.nodes[0], "a product in stock");
    variant = {
      id: present(product.variants[0], "its variant").id,
      productId: product.id,
      categoryId: product.category.id,
    };
    ada = await shopper("Ada");
    bob = await shopper("Bob");
  }, 120_000);
  afterAll(() => stack?.close());

  it("gives every Node a global id naming its type, over the row's UUID", () => {
    const types = {
      Order: ada.orderId,
      Cart: ada.cartId,
      CartLine: ada.lineId,
      User: ada.userId,
      Notification: ada.notificationId,
      ProductVariant: variant.id,
      Product: variant.productId,
      Category: variant.categoryId,
      Payment: ada.payment.id,
      Refund: ada.refund.id,
    };
    for (const [type, id] of Object.entries(types)) {
      expect(id).toMatch(/^[A-Za-z]+_[A-Za-z0-9_-]{22}$/);
      expect(fromGlobalId(id)?.type).toBe(type);
    }
  });

  it("fetches each of the owner's objects again with node, and all at once with nodes", async () => {
    const client = stack.client(ada.token);
    const expected = [
      ["Order", ada.orderId],
      ["Cart", ada.cartId],
      ["CartLine", ada.lineId],
      ["User", ada.userId],
      ["Notification", ada.notificationId],
      ["ProductVariant", variant.id],
      ["Product", variant.productId],
      ["Category", variant.categoryId],
      ["Payment", ada.payment.id],
      ["Refund", ada.refund.id],
    ] as const;
    for (const [type, id] of expected) {
      const response = await client(NODE, { id });
      expect(response.errors).toBeUndefined();
      expect(response.data?.node).toMatchObject({ __typename: type, id });
    }
    const response = await client(NODES, { ids: expected.map(([, id]) => id) });
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes.map((node) => [node?.__typename, node?.id])).toEqual(expected);
    const { node } = dataOf(await client(NODE, { id: ada.orderId }));
    expect(node).toMatchObject({ number: expect.stringMatching(/^SG-/), status: "PENDING_PAYMENT" });
  });

  it("shows a payment and a refund by node as their order shows them, over their rows' UUIDs", async () => {
    const client = stack.client(ada.token);
    const { nodes } = dataOf(await client(NODES, { ids: [ada.payment.id, ada.refund.id] }));
    expect(nodes).toEqual([
      { __typename: "Payment", ...ada.payment },
      { __typename: "Refund", ...ada.refund },
    ]);
    expect(ada.payment).toMatchObject({ paymentStatus: "SUCCEEDED", reference: expect.stringMatching(/^test_ch_/) });
    expect(ada.refund).toMatchObject({ refundStatus: "SUCCEEDED", amount: ada.payment.amount });
    const db = new pg.Client({ connectionString: stack.databaseUrls.get("orders") });
    await db.connect();
    try {
      const { rows } = await db.query("select id, payment_id from refunds where id = $1", [rowId(ada.refund.id)]);
      expect(rows).toEqual([{ id: rowId(ada.refund.id), payment_id: rowId(ada.payment.id) }]);
    } finally {
      await db.end();
    }
  });

  it("takes the raw UUID wherever an id is an argument, and answers with the global id", async () => {
    const client = stack.client(ada.token);
    const raw = fromGlobalId(ada.orderId)!.uuid;
    const { order } = dataOf(await client(ORDER, { id: raw }));
    expect(order?.id).toBe(ada.orderId);
    const { cart } = dataOf(await client(CART, { id: fromGlobalId(ada.cartId)!.uuid }));
    expect(cart).toEqual({ id: ada.cartId, lines: [{ id: ada.lineId }] });
  });

  it("refuses another type's global id in an argument as BAD_USER_INPUT, like a malformed id", async () => {
    const client = stack.client(ada.token);
    const sameUuid = toGlobalId("Cart", fromGlobalId(ada.orderId)!.uuid);
    const response = await client(ORDER, { id: sameUuid });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const lines = await client(CART_LINES_REMOVE, { cartId: ada.cartId, lineIds: [ada.orderId] });
    expect(lines.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("shows no one else's order, cart, cart line, account, notification, payment or refund through node or nodes", async () => {
    for (const [caller, token] of [
      ["bob", bob.token],
      ["anonymous", undefined],
    ] as const) {
      const client = stack.client(token);
      for (const id of idsOf(ada)) {
        const response = await client(NODE, { id });
        expect(response.errors, `${caller} asking for ${id}`).toBeUndefined();
        expect(response.data?.node, `${caller} asking for ${id}`).toBeNull();
        // The id alone (no owner's field) is no way round the check of a type orders owns, nor of a user.
        const bare = await client(BARE_NODE, { id });
        if (fromGlobalId(id)?.type !== "Notification" || caller === "anonymous") {
          expect(bare.data?.node, `${caller} asking for ${id} alone`).toBeNull();
        } else {
          // Orders cannot see notifications: to a signed-in caller it echoes the type and id it was
          // given, the same for someone else's notification as for one that does not exist.
          const forged = toGlobalId("Notification", randomUUID());
          const echo = await client(BARE_NODE, { id: forged });
          expect(bare.data?.node).toEqual({ __typename: "Notification", id });
          expect(echo.data?.node).toEqual({ __typename: "Notification", id: forged });
        }
      }
      const response = await client(NODES, { ids: [...idsOf(ada), variant.id] });
      expect(response.errors).toBeUndefined();
      expect(response.data?.nodes).toEqual([
        ...idsOf(ada).map(() => null),
        expect.objectContaining({ id: variant.id }),
      ]);
    }
  });

  it("answers null for forged ids, raw UUIDs and ids of the wrong type, in node and in nodes' positions", async () => {
    const client = stack.client(ada.token);
    const orderUuid = fromGlobalId(ada.orderId)!.uuid;
    const forged = [
      toGlobalId("Order", randomUUID()),
      toGlobalId("Notification", randomUUID()),
      toGlobalId("User", randomUUID()),
      toGlobalId("Cart", orderUuid),
      toGlobalId("Notification", orderUuid),
      toGlobalId("Payment", randomUUID()),
      toGlobalId("Refund", randomUUID()),
      // A payment's or refund's UUID as another type, and the order's as a payment.
      toGlobalId("Refund", rowId(ada.payment.id)),
      toGlobalId("Payment", rowId(ada.refund.id)),
      toGlobalId("Payment", orderUuid),
      orderUuid,
    ];
    for (const id of forged) {
      const response = await client(NODE, { id });
      expect(response.errors, id).toBeUndefined();
      expect(response.data?.node, id).toBeNull();
    }
    const response = await client(NODES, { ids: [...forged, ada.orderId] });
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes).toEqual([...forged.map(() => null), expect.objectContaining({ id: ada.orderId })]);
  });

  it("refuses malformed and oversized ids, and more than 100 ids, as BAD_USER_INPUT", async () => {
    const client = stack.client(ada.token);
    for (const id of [
      "Order_short",
      "Nope_AZBdr5l2cxKkEp3pcXH6Yw",
      `Order_${"A".repeat(5000)}`,
      "Order_AZBdr5l2cxKkEp3pcXH6Yx",
      "",
    ]) {
      const response = await client(NODE, { id });
      expect(response.errors?.[0]?.extensions?.code, id).toBe("BAD_USER_INPUT");
      expect(response.data?.node ?? null).toBeNull();
    }
    const many = Array.from({ length: 101 }, () => toGlobalId("Order", randomUUID()));
    const response = await client(NODES, { ids: many });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const hundred = await client(NODES, { ids: many.slice(0, 100) });
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data?.nodes).toEqual(many.slice(0, 100).map(() => null));
  });

  it("lets an admin fetch any shopper's objects by node, and shows an archived product to admins only", async () => {
    const admin = stack.client(adminToken);
    const ids = [bob.orderId, bob.userId, bob.notificationId, bob.payment.id, bob.refund.id];
    const response = await admin(NODES, { ids });
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes.map((node) => node?.id)).toEqual(ids);

    const { products } = dataOf(await stack.client()(MUGS));
    const productId = present(products.nodes[0], "a mug").id;
    const archived = dataOf(await admin(ARCHIVE_PRODUCT, { id: productId }));
    expect(archived.archiveProduct.product).toEqual({ id: productId, status: "ARCHIVED" });
    expect(dataOf(await stack.client(ada.token)(NODE, { id: productId })).node).toBeNull();
    expect(dataOf(await admin(NODE, { id: productId })).node).toMatchObject({ __typename: "Product", id: productId });
  });
});
