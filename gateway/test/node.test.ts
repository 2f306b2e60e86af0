import { randomUUID } from "node:crypto";
import { fromGlobalId, toGlobalId } from "@shopgraph/kernel";
import { dataOf, eventually, TEST_ADDRESS } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";

const ADMIN = { email: "admin@node.test", password: "admin password 1" };

const REGISTER = `mutation($input: RegisterInput!) {
  register(input: $input) { accessToken user { id } userErrors { code } }
}`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { code } } }`;
const CART_CREATE = `mutation($input: CartCreateInput!) {
  cartCreate(input: $input) { cart { id lines { id } } userErrors { code } }
}`;
const PLACE_ORDER = `mutation($input: PlaceOrderInput!) {
  placeOrder(input: $input) { order { id user { id } } userErrors { code } }
}`;

/** Every field a Node type has that its owner alone resolves: selecting it makes the gateway ask the owner. */
const NODE_FIELDS = `
  __typename id
  ... on Order { number status }
  ... on Cart { totalQuantity }
  ... on CartLine { quantity }
  ... on User { name }
  ... on Notification { subject }
  ... on Product { slug }
  ... on ProductVariant { sku }
  ... on Category { slug }
`;
const NODE = `query($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`;

interface Shopper {
  token: string;
  userId: string;
  orderId: string;
  cartId: string;
  lineId: string;
  notificationId: string;
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
    const client = stack.client(register.accessToken);
    const { cartCreate } = dataOf(
      await client(CART_CREATE, { input: { lines: [{ variantId: variant.id, quantity: 1 }] } }),
    );
    expect(cartCreate.userErrors).toEqual([]);
    const { placeOrder } = dataOf(
      await client(PLACE_ORDER, { input: { idempotencyKey: randomUUID(), shippingAddress: TEST_ADDRESS } }),
    );
    expect(placeOrder.userErrors).toEqual([]);
    // A fresh line in the account cart, after the checkout emptied it.
    const again = dataOf(await client(CART_CREATE, { input: { lines: [{ variantId: variant.id, quantity: 2 }] } }));
    const notificationId = await eventually(async () => {
      const { me } = dataOf(await client(`{ me { notifications(first: 1) { nodes { id } } } }`));
      return me.notifications.nodes[0]?.id as string | undefined;
    }, 20_000);
    return {
      token: register.accessToken,
      userId: register.user.id,
      orderId: placeOrder.order.id,
      cartId: again.cartCreate.cart.id,
      lineId: again.cartCreate.cart.lines[0].id,
      notificationId,
    };
  }

  const idsOf = (who: Shopper) => [who.orderId, who.cartId, who.lineId, who.userId, who.notificationId];

  beforeAll(async () => {
    stack = await startSupergraph({
      subgraphEnv: { SEED_DEMO_CATALOG: "true", ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
    });
    const { login } = dataOf(await stack.client()(LOGIN, { input: ADMIN }));
    adminToken = login.accessToken;
    const { products } = dataOf(
      await stack.client()(`{ products(first: 5, filter: { inStock: true }) {
        nodes { id category { id } variants { id quantityAvailable } } } }`),
    );
    const product = products.nodes[0];
    variant = { id: product.variants[0].id, productId: product.id, categoryId: product.category.id };
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
    ] as const;
    for (const [type, id] of expected) {
      const response = await client(NODE, { id });
      expect(response.errors).toBeUndefined();
      expect(response.data?.node).toMatchObject({ __typename: type, id });
    }
    const response = await client(NODES, { ids: expected.map(([, id]) => id) });
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes.map((node: { __typename: string; id: string }) => [node.__typename, node.id])).toEqual(
      expected,
    );
    const { node } = dataOf(await client(NODE, { id: ada.orderId }));
    expect(node).toMatchObject({ number: expect.stringMatching(/^SG-/), status: "PENDING_PAYMENT" });
  });

  it("takes the raw UUID wherever an id is an argument, and answers with the global id", async () => {
    const client = stack.client(ada.token);
    const raw = fromGlobalId(ada.orderId)!.uuid;
    const { order } = dataOf(await client(`query($id: ID!) { order(id: $id) { id } }`, { id: raw }));
    expect(order.id).toBe(ada.orderId);
    const { cart } = dataOf(
      await client(`query($id: ID) { cart(id: $id) { id lines { id } } }`, { id: fromGlobalId(ada.cartId)!.uuid }),
    );
    expect(cart).toEqual({ id: ada.cartId, lines: [{ id: ada.lineId }] });
  });

  it("refuses another type's global id in an argument as BAD_USER_INPUT, like a malformed id", async () => {
    const client = stack.client(ada.token);
    const sameUuid = toGlobalId("Cart", fromGlobalId(ada.orderId)!.uuid);
    const response = await client(`query($id: ID!) { order(id: $id) { id } }`, { id: sameUuid });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const lines = await client(
      `mutation($cartId: ID!, $lineIds: [ID!]!) { cartLinesRemove(cartId: $cartId, lineIds: $lineIds) { cart { id } } }`,
      { cartId: ada.cartId, lineIds: [ada.orderId] },
    );
    expect(lines.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("shows no one else's order, cart, cart line, account or notification through node or nodes", async () => {
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
        const bare = await client(`query($id: ID!) { node(id: $id) { __typename id } }`, { id });
        if (fromGlobalId(id)?.type !== "Notification" || caller === "anonymous") {
          expect(bare.data?.node, `${caller} asking for ${id} alone`).toBeNull();
        } else {
          // Orders cannot see notifications: to a signed-in caller it echoes the type and id it was
          // given, the same for someone else's notification as for one that does not exist.
          const forged = toGlobalId("Notification", randomUUID());
          const echo = await client(`query($id: ID!) { node(id: $id) { __typename id } }`, { id: forged });
          expect(bare.data?.node).toEqual({ __typename: "Notification", id });
          expect(echo.data?.node).toEqual({ __typename: "Notification", id: forged });
        }
      }
      const response = await client(NODES, { ids: [...idsOf(ada), variant.id] });
      expect(response.errors).toBeUndefined();
      expect(response.data?.nodes).toEqual([null, null, null, null, null, expect.objectContaining({ id: variant.id })]);
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
    const response = await admin(NODES, { ids: [bob.orderId, bob.userId, bob.notificationId] });
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes.map((node: { id: string } | null) => node?.id)).toEqual([
      bob.orderId,
      bob.userId,
      bob.notificationId,
    ]);

    const { products } = dataOf(await stack.client()(`{ products(first: 1, query: "mug") { nodes { id } } }`));
    const productId = products.nodes[0].id;
    const archived = dataOf(
      await admin(`mutation($id: ID!) { archiveProduct(id: $id) { product { id status } userErrors { code } } }`, {
        id: productId,
      }),
    );
    expect(archived.archiveProduct.product).toEqual({ id: productId, status: "ARCHIVED" });
    expect(dataOf(await stack.client(ada.token)(NODE, { id: productId })).node).toBeNull();
    expect(dataOf(await admin(NODE, { id: productId })).node).toMatchObject({ __typename: "Product", id: productId });
  });
});
