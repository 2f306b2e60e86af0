import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, test } from "vitest";
import { Role } from "@shopgraph/kernel";
import { dataOf, present, testAccessToken } from "@shopgraph/testing";
import { graphql } from "../../../gateway/test/gql/index.js";
import { ADD_TO_CART, PAY_ORDER, PLACE_ORDER, REGISTER } from "../../../gateway/test/operations.js";
import { ADDRESS } from "./operations.js";
import { startShop, type ShopUnderTest } from "./shop.js";

// Sent through the gateway: typed against the public API (codegen.ts's THROUGH_GATEWAY).
const CREATE_KITCHEN = graphql(`
  mutation OrdersGatewayCreateKitchen {
    createCategory(input: { name: "Kitchen", slug: "kitchen" }) {
      userErrors {
        code
      }
    }
  }
`);
const CREATE_PRODUCT = graphql(`
  mutation OrdersGatewayCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      product {
        variants {
          id
          sku
        }
      }
      userErrors {
        code
      }
    }
  }
`);
graphql(`
  fragment OrdersGatewayLineVariant on ProductVariant {
    sku
    price {
      formatted
    }
    product {
      name
    }
  }
`);
const ADD_TWO_TO_CART = graphql(`
  mutation OrdersGatewayAddTwoToCart($v: ID!) {
    addToCart(variantId: $v, quantity: 2) {
      cart {
        lines {
          quantity
          lineTotal {
            formatted
          }
          variant {
            ...OrdersGatewayLineVariant
          }
        }
        subtotal {
          formatted
        }
      }
      userErrors {
        code
      }
    }
  }
`);
/** The order with its buyer, whom users resolves. */
const PLACE_ORDER_WITH_BUYER = graphql(`
  mutation OrdersGatewayPlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      order {
        id
        number
        status
        user {
          id
          email
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const MY_ORDERS = graphql(`
  query OrdersGatewayMyOrders {
    me {
      orders(first: 10) {
        nodes {
          number
          status
          lines {
            quantity
            variant {
              ...OrdersGatewayLineVariant
            }
          }
        }
      }
    }
  }
`);

let shop: ShopUnderTest;
let variants: { id: string; sku: string }[];

beforeAll(async () => {
  shop = await startShop();
  const admin = shop.client(testAccessToken({ role: Role.ADMIN }));
  expect(dataOf(await admin(CREATE_KITCHEN)).createCategory.userErrors).toEqual([]);
  const { createProduct } = dataOf(
    await admin(CREATE_PRODUCT, {
      input: {
        name: "Teapot",
        categorySlug: "kitchen",
        options: ["Colour"],
        variants: [
          { sku: "POT-RED", priceCents: 3200, stock: 50, options: [{ name: "Colour", value: "Red" }] },
          { sku: "POT-BLUE", priceCents: 3500, stock: 50, options: [{ name: "Colour", value: "Blue" }] },
        ],
      },
    }),
  );
  variants = present(createProduct.product, "the teapot").variants;
}, 60_000);
afterAll(() => shop?.close());

test("a shopper fills a cart, checks out and pays through the gateway", async () => {
  const { register } = dataOf(
    await shop.client()(REGISTER, {
      input: { email: "grace@example.com", password: "a long passphrase", name: "Grace" },
    }),
  );
  const grace = shop.client(present(register.accessToken, "Grace's access token"));
  const cart = dataOf(await grace(ADD_TWO_TO_CART, { v: variants[0]!.id })).addToCart;
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
    await grace(PLACE_ORDER_WITH_BUYER, { input: { idempotencyKey: randomUUID(), shippingAddress: ADDRESS } }),
  );
  const order = present(placeOrder.order, "Grace's order");
  expect(order).toMatchObject({
    status: "PENDING_PAYMENT",
    user: { id: register.user?.id, email: "grace@example.com" },
  });
  const { payOrder } = dataOf(await grace(PAY_ORDER, { orderId: order.id }));
  expect(payOrder).toEqual({ order: { id: order.id, status: "PAID" }, userErrors: [] });
});

test("me { orders } costs one SQL statement per subgraph fetch, however many orders", async () => {
  const { register } = dataOf(
    await shop.client()(REGISTER, {
      input: { email: "linus@example.com", password: "a long passphrase", name: "Linus" },
    }),
  );
  const linus = shop.client(present(register.accessToken, "Linus's access token"));
  for (let i = 0; i < 7; i++) {
    for (const variant of variants) {
      expect(dataOf(await linus(ADD_TO_CART, { variantId: variant.id })).addToCart.userErrors).toEqual([]);
    }
    const { placeOrder } = dataOf(
      await linus(PLACE_ORDER, { input: { idempotencyKey: randomUUID(), shippingAddress: ADDRESS } }),
    );
    expect(placeOrder.userErrors).toEqual([]);
  }
  for (const counter of Object.values(shop.statements)) counter.reset();
  const { me } = dataOf(await linus(MY_ORDERS));
  const orders = present(present(me, "Linus").orders, "his orders").nodes;
  expect(orders).toHaveLength(7);
  expect(orders[0]?.lines).toEqual([
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
  // Invalid against the public API on purpose: a string, not a typed document.
  const response = await shop.client(testAccessToken())(
    `mutation { releaseStock(orderId: "00000000-0000-4000-8000-000000000000") }`,
  );
  expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
});
