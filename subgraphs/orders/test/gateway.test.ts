import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, test } from "vitest";
import { Role } from "@shopgraph/kernel";
import { dataOf, testAccessToken } from "@shopgraph/testing";
import { ADDRESS } from "./operations.js";
import { startShop, type ShopUnderTest } from "./shop.js";

let shop: ShopUnderTest;
let variants: { id: string; sku: string }[];

beforeAll(async () => {
  shop = await startShop();
  const admin = shop.client(testAccessToken({ role: Role.ADMIN }));
  dataOf(
    await admin(`mutation { createCategory(input: { name: "Kitchen", slug: "kitchen" }) { userErrors { code } } }`),
  );
  const { createProduct } = dataOf(
    await admin(
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { variants { id sku } } userErrors { code } } }`,
      {
        input: {
          name: "Teapot",
          categorySlug: "kitchen",
          options: ["Colour"],
          variants: [
            { sku: "POT-RED", priceCents: 3200, stock: 50, options: [{ name: "Colour", value: "Red" }] },
            { sku: "POT-BLUE", priceCents: 3500, stock: 50, options: [{ name: "Colour", value: "Blue" }] },
          ],
        },
      },
    ),
  );
  variants = createProduct.product.variants;
}, 60_000);
afterAll(() => shop?.close());

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } userErrors { code } } }`;

test("a shopper fills a cart, checks out and pays through the gateway", async () => {
  const { register } = dataOf(
    await shop.client()(REGISTER, {
      input: { email: "grace@example.com", password: "a long passphrase", name: "Grace" },
    }),
  );
  const grace = shop.client(register.accessToken);
  const cart = dataOf(
    await grace(
      `mutation($v: ID!) { addToCart(variantId: $v, quantity: 2) {
        cart { lines { quantity lineTotal { formatted } variant { sku price { formatted } product { name } } } subtotal { formatted } }
        userErrors { code } } }`,
      { v: variants[0]!.id },
    ),
  ).addToCart;
  expect(cart).toEqual({
    cart: {
      lines: [
        {
          quantity: 2,
          lineTotal: { formatted: "$64.00" },
          variant: { sku: "POT-RED", price: { formatted: "$32.00" }, product: { name: "Teapot" } },
        },
      ],
      subtotal: { formatted: "$64.00" },
    },
    userErrors: [],
  });
  const { placeOrder } = dataOf(
    await grace(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id number status user { id email } } userErrors { code } } }`,
      {
        input: { idempotencyKey: randomUUID(), shippingAddress: ADDRESS },
      },
    ),
  );
  expect(placeOrder.order).toMatchObject({
    status: "PENDING_PAYMENT",
    user: { id: register.user.id, email: "grace@example.com" },
  });
  const { payOrder } = dataOf(
    await grace(
      `mutation($id: ID!) { payOrder(orderId: $id, paymentToken: "tok_visa") { order { status } userErrors { code } } }`,
      {
        id: placeOrder.order.id,
      },
    ),
  );
  expect(payOrder).toEqual({ order: { status: "PAID" }, userErrors: [] });
});

test("me { orders } costs one SQL statement per subgraph fetch, however many orders", async () => {
  const { register } = dataOf(
    await shop.client()(REGISTER, {
      input: { email: "linus@example.com", password: "a long passphrase", name: "Linus" },
    }),
  );
  const linus = shop.client(register.accessToken);
  for (let i = 0; i < 7; i++) {
    for (const variant of variants) {
      dataOf(
        await linus(`mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { userErrors { code } } }`, {
          v: variant.id,
        }),
      );
    }
    dataOf(
      await linus(`mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { userErrors { code } } }`, {
        input: { idempotencyKey: randomUUID(), shippingAddress: ADDRESS },
      }),
    );
  }
  for (const counter of Object.values(shop.statements)) counter.reset();
  const { me } = dataOf(
    await linus(
      `{ me { orders(first: 10) { nodes { number status lines { quantity variant { sku price { formatted } product { name } } } } } } }`,
    ),
  );
  expect(me.orders.nodes).toHaveLength(7);
  expect(me.orders.nodes[0].lines).toEqual([
    { quantity: 1, variant: { sku: "POT-RED", price: { formatted: "$32.00" }, product: { name: "Teapot" } } },
    { quantity: 1, variant: { sku: "POT-BLUE", price: { formatted: "$35.00" }, product: { name: "Teapot" } } },
  ]);
  // users: `me`; orders: `_entities(User) { orders }`; products: `_entities(ProductVariant)` for 14 lines.
  expect({
    users: shop.statements.users.count,
    orders: shop.statements.orders.count,
    products: shop.statements.products.count,
  }).toEqual({ users: 1, orders: 1, products: 1 });
});

test("internal stock mutations are not part of the public API", async () => {
  const response = await shop.client(testAccessToken())(
    `mutation { releaseStock(orderId: "00000000-0000-4000-8000-000000000000") }`,
  );
  expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
});
