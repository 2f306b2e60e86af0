import { randomUUID } from "node:crypto";
import { Role, uuidOf } from "@shopgraph/kernel";
import { dataOf, graphqlClient, present } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Catalog, type TestVariant } from "./catalog.js";
import type { CreatePromotionInput, PlaceOrderInput } from "./gql/graphql.js";
import { graphql } from "./gql/index.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { ADDRESS } from "./operations.js";
import { addToCart, shopper, type Shopper } from "./shoppers.js";

/**
 * placeOrder with a shipping method, a coupon and tax, through the real GraphQL stack over real
 * Postgres (and the real products subgraph, which tells each line's weight and tax category).
 * The expected figures are worked out by hand below, not by the code under test.
 */

const CREATE_ZONE = graphql(`
  mutation PricedCreateZone($input: CreateShippingZoneInput!) {
    createShippingZone(input: $input) {
      zone {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const CREATE_METHOD = graphql(`
  mutation PricedCreateMethod($input: CreateShippingMethodInput!) {
    createShippingMethod(input: $input) {
      method {
        id
        maxWeightGrams
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const SET_RATE = graphql(`
  mutation PricedSetRate($input: SetTaxRateInput!) {
    setTaxRate(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const CREATE_PROMOTION = graphql(`
  mutation PricedCreatePromotion($input: CreatePromotionInput!) {
    createPromotion(input: $input) {
      promotion {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const PROMOTION_USES = graphql(`
  query PricedPromotions {
    promotions {
      couponCode
      uses
    }
  }
`);
const METHODS = graphql(`
  query PricedShippingMethods($country: String!) {
    shippingMethods(country: $country) {
      id
      price {
        amountCents
      }
    }
  }
`);
const CART_TOTALS = graphql(`
  query PricedCartTotals($input: CartTotalsInput!) {
    cart {
      totals(input: $input) {
        subtotal {
          amountCents
        }
        discountTotal {
          amountCents
        }
        shippingTotal {
          amountCents
        }
        taxTotal {
          amountCents
        }
        total {
          amountCents
          currency
        }
        pricesIncludeTax
        shippingMethodName
        couponCode
        userErrors {
          code
          field
        }
      }
    }
  }
`);
const PLACE = graphql(`
  mutation PricedPlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      order {
        id
        subtotal {
          amountCents
        }
        discountTotal {
          amountCents
        }
        shippingTotal {
          amountCents
        }
        taxTotal {
          amountCents
        }
        total {
          amountCents
        }
        pricesIncludeTax
        shippingMethodName
        couponCode
        lines {
          sku
          lineTotal {
            amountCents
          }
          discount {
            amountCents
          }
          netTotal {
            amountCents
          }
          taxTotal {
            amountCents
          }
          grossTotal {
            amountCents
          }
          taxRateBasisPoints
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

let stack: OrdersUnderTest;
let failNextInsert = false;
let catalog: Catalog;
let admin: Shopper;
/** 25.00, STANDARD tax, 200 g. */
let shirt: TestVariant;
/** 12.50, REDUCED tax, 500 g. */
let book: TestVariant;
/** "Parcel": 4.95, free from 100.00, at most 1 kg. */
let parcel: string;
/** "Freight": 19.00, any weight. */
let freight: string;
/** A method of another zone (FR). */
let french: string;

/** See the statement-count test. */
const COUPON_CHECKOUT_STATEMENTS = 5;

const DE = { ...ADDRESS, country: "DE", city: "Berlin", postalCode: "10115" };

beforeAll(async () => {
  // 50 checkouts at once reserve the same two variants in products, one after another: on a busy
  // machine the last may wait past the default 5 s, which is about products, not coupons.
  stack = await startOrders({
    config: { productsTimeoutMs: 30_000 },
    options: {
      beforeOrderInsert: () => {
        if (!failNextInsert) return;
        failNextInsert = false;
        throw new Error("injected: the order insert failed");
      },
    },
  });
  catalog = new Catalog(stack);
  admin = shopper(stack, Role.ADMIN);
  shirt = await catalog.variant({ priceCents: 2500, stock: 1000 }, "Shirt");
  book = await catalog.variant({ priceCents: 1250, stock: 1000 }, "Book");
  await catalog.setPricing(shirt.productId, { weightGrams: 200, taxCategory: "STANDARD" });
  await catalog.setPricing(book.productId, { weightGrams: 500, taxCategory: "REDUCED" });
  const zone = async (name: string, countries: string[]) => {
    const { createShippingZone } = dataOf(await admin.client(CREATE_ZONE, { input: { name, countries } }));
    return present(createShippingZone.zone).id;
  };
  const method = async (zoneId: string, name: string, priceCents: number, extra = {}) => {
    const { createShippingMethod } = dataOf(
      await admin.client(CREATE_METHOD, { input: { zoneId, name, priceCents, ...extra } }),
    );
    return present(createShippingMethod.method, createShippingMethod.userErrors[0]?.code).id;
  };
  const germany = await zone("Germany", ["DE"]);
  parcel = await method(germany, "Parcel", 495, { freeAboveCents: 10_000, maxWeightGrams: 1_000 });
  freight = await method(germany, "Freight", 1_900);
  french = await method(await zone("France", ["FR"]), "Colissimo", 700);
  for (const [category, rateBasisPoints] of [
    ["STANDARD", 1_900],
    ["REDUCED", 700],
  ] as const) {
    const { setTaxRate } = dataOf(
      await admin.client(SET_RATE, { input: { country: "DE", category, rateBasisPoints } }),
    );
    expect(setTaxRate.userErrors).toEqual([]);
  }
});
afterAll(() => stack?.close());

async function promotion(input: CreatePromotionInput) {
  const { createPromotion } = dataOf(await admin.client(CREATE_PROMOTION, { input }));
  expect(createPromotion.userErrors).toEqual([]);
  return input.couponCode!;
}

const uniqueCode = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`.toUpperCase();

/** A shopper with 2 shirts and 1 book in the cart: 62.50, 900 g. */
async function withCart(): Promise<Shopper> {
  const who = shopper(stack);
  await addToCart(who, shirt.id, 2);
  await addToCart(who, book.id, 1);
  return who;
}

async function place(who: Shopper, input: Partial<PlaceOrderInput> = {}, client = who.client) {
  const { placeOrder } = dataOf(
    await client(PLACE, { input: { idempotencyKey: randomUUID(), shippingAddress: DE, ...input } }),
  );
  return placeOrder;
}

const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((error) => error.code);

async function usesOf(code: string): Promise<number> {
  const { promotions } = dataOf(await admin.client(PROMOTION_USES));
  return present(promotions.find((promotion) => promotion.couponCode === code)).uses;
}

describe("placeOrder with a shipping method, a coupon and tax", () => {
  test("prices inclusive-tax lines, shipping and a coupon as worked out by hand; the preview says the same", async () => {
    const ada = await withCart();
    const code = await promotion({ name: "Ten off", couponCode: uniqueCode("ten"), percentOff: 10 });
    // By hand: shirts 2 × 25.00 = 50.00, book 12.50, subtotal 62.50. 10% off = 6.25, split in
    // proportion: shirts 5.00, book 1.25. Parcel 4.95 (62.50 − 6.25 < 100.00: not free).
    // Prices include tax; net = gross ÷ (1 + rate), rounded half up; tax = gross − net:
    //   shirts 45.00 at 19%: net 45.00 / 1.19 = 37.815… → 37.82, tax 7.18
    //   book 11.25 at 7%:    net 11.25 / 1.07 = 10.514… → 10.51, tax 0.74
    //   shipping 4.95 at 19% (the standard rate): net 4.1596… → 4.16, tax 0.79
    // tax 7.18 + 0.74 + 0.79 = 8.71; total 62.50 − 6.25 + 4.95 = 61.20 (tax already inside).
    const expected = { subtotal: 6250, discount: 625, shipping: 495, tax: 871, total: 6120 };

    const preview = present(
      dataOf(await ada.client(CART_TOTALS, { input: { country: "de", shippingMethodId: parcel, couponCode: code } }))
        .cart,
    ).totals;
    expect(preview).toEqual({
      subtotal: { amountCents: expected.subtotal },
      discountTotal: { amountCents: expected.discount },
      shippingTotal: { amountCents: expected.shipping },
      taxTotal: { amountCents: expected.tax },
      total: { amountCents: expected.total, currency: "USD" },
      pricesIncludeTax: true,
      shippingMethodName: "Parcel",
      couponCode: code,
      userErrors: [],
    });
    // Previewing redeems nothing.
    expect(await usesOf(code)).toBe(0);

    const placed = await place(ada, {
      shippingMethodId: parcel,
      couponCode: code.toLowerCase(),
      expectedTotal: { amountCents: expected.total, currency: "USD" },
    });
    expect(codes(placed)).toEqual([]);
    const order = present(placed.order);
    expect(order).toMatchObject({
      subtotal: { amountCents: expected.subtotal },
      discountTotal: { amountCents: expected.discount },
      shippingTotal: { amountCents: expected.shipping },
      taxTotal: { amountCents: expected.tax },
      total: { amountCents: expected.total },
      pricesIncludeTax: true,
      shippingMethodName: "Parcel",
      couponCode: code,
    });
    expect(order.lines).toEqual([
      {
        sku: shirt.sku,
        lineTotal: { amountCents: 5000 },
        discount: { amountCents: 500 },
        netTotal: { amountCents: 3782 },
        taxTotal: { amountCents: 718 },
        grossTotal: { amountCents: 4500 },
        taxRateBasisPoints: 1900,
      },
      {
        sku: book.sku,
        lineTotal: { amountCents: 1250 },
        discount: { amountCents: 125 },
        netTotal: { amountCents: 1051 },
        taxTotal: { amountCents: 74 },
        grossTotal: { amountCents: 1125 },
        taxRateBasisPoints: 700,
      },
    ]);
    // The identity the API promises, with tax-inclusive prices.
    expect(expected.subtotal - expected.discount + expected.shipping).toBe(expected.total);
    expect(await usesOf(code)).toBe(1);

    // The event carries the same figures, per order and per line.
    const [event] = await stack.ordersDb.sql<{ data: Record<string, unknown> }>(
      "select envelope->'data' as data from outbox where type = 'order.placed' and aggregate_id = $1",
      [present(uuidOf(order.id, "Order"))],
    );
    expect(present(event).data).toMatchObject({
      subtotalCents: 6250,
      discountTotalCents: 625,
      shippingTotalCents: 495,
      taxTotalCents: 871,
      totalCents: 6120,
      pricesIncludeTax: true,
      shippingMethodName: "Parcel",
      couponCode: code,
      lines: [
        { discountCents: 500, taxCents: 718, taxRateBasisPoints: 1900 },
        { discountCents: 125, taxCents: 74, taxRateBasisPoints: 700 },
      ],
    });
  });

  test("with tax-exclusive prices (PRICES_INCLUDE_TAX=false) the tax is added to the total", async () => {
    const instance = await stack.startInstance({ pricesIncludeTax: false });
    const ada = await withCart();
    const client = graphqlClient(instance.url, ada.token);
    const code = await promotion({ name: "Ten off net", couponCode: uniqueCode("net"), percentOff: 10 });
    // By hand: the same 62.50 − 6.25 discount and 4.95 shipping, now net. Tax = net × rate, half up:
    //   shirts 45.00 × 19% = 8.55; book 11.25 × 7% = 0.7875 → 0.79; shipping 4.95 × 19% = 0.9405 → 0.94
    // tax 10.28; total 62.50 − 6.25 + 4.95 + 10.28 = 71.48.
    const placed = await place(ada, { shippingMethodId: parcel, couponCode: code }, client);
    expect(codes(placed)).toEqual([]);
    expect(present(placed.order)).toMatchObject({
      subtotal: { amountCents: 6250 },
      discountTotal: { amountCents: 625 },
      shippingTotal: { amountCents: 495 },
      taxTotal: { amountCents: 1028 },
      total: { amountCents: 7148 },
      pricesIncludeTax: false,
      lines: [
        { netTotal: { amountCents: 4500 }, taxTotal: { amountCents: 855 }, grossTotal: { amountCents: 5355 } },
        { netTotal: { amountCents: 1125 }, taxTotal: { amountCents: 79 }, grossTotal: { amountCents: 1204 } },
      ],
    });
    expect(6250 - 625 + 495 + 1028).toBe(7148);
  });

  test("free shipping above the method's amount, and without a coupon nothing is discounted", async () => {
    const ada = shopper(stack);
    await addToCart(ada, book.id, 1);
    await addToCart(ada, shirt.id, 4);
    // 4 × 25.00 + 12.50 = 112.50 ≥ 100.00: Parcel is free; 1.3 kg is over Parcel's 1 kg, though.
    expect(codes(await place(ada, { shippingMethodId: parcel }))).toEqual(["SHIPPING_METHOD_INVALID"]);
    // shippingMethods offers only what can ship the cart.
    const methods = dataOf(await ada.client(METHODS, { country: "DE" })).shippingMethods;
    expect(methods).toEqual([{ id: freight, price: { amountCents: 1_900 } }]);
    const cheaper = shopper(stack);
    await addToCart(cheaper, shirt.id, 4);
    // 100.00, 800 g: Parcel, free from 100.00.
    const order = present((await place(cheaper, { shippingMethodId: parcel })).order);
    expect(order).toMatchObject({
      subtotal: { amountCents: 10_000 },
      discountTotal: { amountCents: 0 },
      shippingTotal: { amountCents: 0 },
      // 100.00 gross at 19%: net 84.03, tax 15.97.
      taxTotal: { amountCents: 1597 },
      total: { amountCents: 10_000 },
      couponCode: null,
    });
  });
});

describe("a variant's own weight and tax category", () => {
  test("price its line and ship its weight instead of its product's", async () => {
    const poster = await catalog.variant({ priceCents: 1000, stock: 100 }, "Poster");
    await catalog.setPricing(poster.productId, { weightGrams: 100, taxCategory: "STANDARD" });
    await catalog.setVariantPricing(poster.id, { weightGrams: 2_000, taxCategory: "ZERO" });
    const ada = shopper(stack);
    await addToCart(ada, poster.id, 1);
    // 2 kg: over Parcel's 1 kg, which the product's 100 g would have fitted.
    expect(codes(await place(ada, { shippingMethodId: parcel }))).toEqual(["SHIPPING_METHOD_INVALID"]);
    // By hand: 10.00 untaxed (ZERO); Freight 19.00 at 19% included: net 15.97, tax 3.03. Total 29.00.
    const order = present((await place(ada, { shippingMethodId: freight })).order);
    expect(order).toMatchObject({
      subtotal: { amountCents: 1000 },
      shippingTotal: { amountCents: 1900 },
      taxTotal: { amountCents: 303 },
      total: { amountCents: 2900 },
      lines: [{ taxTotal: { amountCents: 0 }, taxRateBasisPoints: 0 }],
    });
  });
});

describe("what a priced checkout costs in orders' SQL", () => {
  test("a method and tax rates add no statement (they ride on the first); a coupon adds its transaction", async () => {
    const ada = await withCart();
    stack.ordersDb.statements.reset();
    expect(codes(await place(ada, { shippingMethodId: parcel }))).toEqual([]);
    // Claim the cart with the stock guard (and read the method and the rates), store the order.
    expect(stack.ordersDb.statements.count).toBe(2);

    const code = await promotion({ name: "Counted", couponCode: uniqueCode("count"), percentOff: 10 });
    const bob = await withCart();
    stack.ordersDb.statements.reset();
    expect(codes(await place(bob, { shippingMethodId: parcel, couponCode: code }))).toEqual([]);
    // The same two, plus (in a transaction) lock the promotion, count the customer's uses, record the use.
    expect(stack.ordersDb.statements.count).toBe(COUPON_CHECKOUT_STATEMENTS);
  });
});

describe("placeOrder refuses bad choices, keeping nothing", () => {
  test("a method is required where a zone ships, and must ship there; a country without zones needs none", async () => {
    const ada = await withCart();
    const before = await catalog.reserved(shirt.id);
    expect(codes(await place(ada))).toEqual(["SHIPPING_METHOD_REQUIRED"]);
    expect(codes(await place(ada, { shippingMethodId: french }))).toEqual(["SHIPPING_METHOD_INVALID"]);
    const unknown = await place(ada, { shippingMethodId: randomUUID() });
    expect(unknown.userErrors).toEqual([{ code: "SHIPPING_METHOD_INVALID", field: ["input", "shippingMethodId"] }]);
    // Nothing was kept: no stock held, the cart still full.
    expect(await catalog.reserved(shirt.id)).toBe(before);
    // GB is in no zone: no method needed, shipping 0, and no tax rate there.
    const order = present((await place(ada, { shippingAddress: ADDRESS })).order);
    expect(order).toMatchObject({
      shippingTotal: { amountCents: 0 },
      taxTotal: { amountCents: 0 },
      total: { amountCents: 6250 },
    });
    // A method of a zone the address is not in stays refused there too.
    const bob = await withCart();
    expect(codes(await place(bob, { shippingAddress: ADDRESS, shippingMethodId: parcel }))).toEqual([
      "SHIPPING_METHOD_INVALID",
    ]);
  });

  test("each coupon refusal has its code; the refused checkout reserves nothing and uses nothing", async () => {
    const ada = await withCart();
    const expired = await promotion({
      name: "Gone",
      couponCode: uniqueCode("gone"),
      percentOff: 5,
      startsAt: new Date(Date.now() - 86_400_000).toISOString(),
      endsAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    const early = await promotion({
      name: "Soon",
      couponCode: uniqueCode("soon"),
      percentOff: 5,
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const minimum = await promotion({
      name: "Big",
      couponCode: uniqueCode("big"),
      amountOffCents: 1000,
      minSubtotalCents: 100_000,
    });
    const once = await promotion({ name: "Once", couponCode: uniqueCode("once"), percentOff: 5, usageLimit: 1 });
    const other = await withCart();
    expect(codes(await place(other, { shippingMethodId: parcel, couponCode: once }))).toEqual([]);
    const before = await catalog.reserved(shirt.id);

    const attempt = (couponCode: string) => place(ada, { shippingMethodId: parcel, couponCode });
    expect((await attempt("NO-SUCH-CODE")).userErrors).toEqual([
      { code: "COUPON_INVALID", field: ["input", "couponCode"] },
    ]);
    expect(codes(await attempt(expired))).toEqual(["COUPON_EXPIRED"]);
    expect(codes(await attempt(early))).toEqual(["COUPON_INVALID"]);
    expect(codes(await attempt(minimum))).toEqual(["COUPON_INVALID"]);
    expect(codes(await attempt(once))).toEqual(["COUPON_EXHAUSTED"]);
    expect(await usesOf(once)).toBe(1);
    expect(await catalog.reserved(shirt.id)).toBe(before);
    // The preview says the same, and prices without the refused coupon.
    const preview = present(
      dataOf(await ada.client(CART_TOTALS, { input: { country: "DE", shippingMethodId: parcel, couponCode: once } }))
        .cart,
    ).totals;
    expect(preview.userErrors).toEqual([{ code: "COUPON_EXHAUSTED", field: ["couponCode"] }]);
    expect(preview.discountTotal.amountCents).toBe(0);
    expect(preview.total.amountCents).toBe(6250 + 495);
    // The cart was kept: the order goes through without the coupon.
    expect(present((await place(ada, { shippingMethodId: parcel })).order).total.amountCents).toBe(6250 + 495);
  });
});

describe("coupon limits under concurrency, through placeOrder", () => {
  test("50 checkouts at once (50 shoppers) with a coupon limited to 10 uses: exactly 10 discounted orders", async () => {
    const code = await promotion({ name: "Ten only", couponCode: uniqueCode("race"), percentOff: 20, usageLimit: 10 });
    const shoppers = await Promise.all(Array.from({ length: 50 }, () => withCart()));
    const reservedBefore = await catalog.reserved(shirt.id);
    const results = await Promise.all(
      shoppers.map((who) => place(who, { shippingMethodId: freight, couponCode: code })),
    );
    const placed = results.filter((result) => result.order);
    const refused = results.filter((result) => !result.order);
    expect(placed).toHaveLength(10);
    expect(refused.map(codes)).toEqual(Array.from({ length: 40 }, () => ["COUPON_EXHAUSTED"]));
    // 20% of 62.50 = 12.50 off every one of the 10.
    expect(placed.map((result) => present(result.order).discountTotal.amountCents)).toEqual(
      Array.from({ length: 10 }, () => 1250),
    );
    expect(await usesOf(code)).toBe(10);
    const [stored] = await stack.ordersDb.sql<{ discounted: number; redemptions: number }>(
      `select (select count(*)::int from orders where coupon_code = $1) as discounted,
              (select count(*)::int from promotion_redemptions r join promotions p on p.id = r.promotion_id
               where p.coupon_code = $1) as redemptions`,
      [code],
    );
    expect(stored).toEqual({ discounted: 10, redemptions: 10 });
    // The 40 refused checkouts gave their stock back at once: only the 10 orders' 2 shirts each
    // stay reserved. (40 releases of the same two variants at once used to deadlock in products.)
    expect(await catalog.reserved(shirt.id)).toBe(reservedBefore + 20);
  });

  test("the per-customer limit holds when a shopper checks out many times at once and again later", async () => {
    const code = await promotion({
      name: "One each",
      couponCode: uniqueCode("each"),
      percentOff: 10,
      perCustomerLimit: 1,
    });
    const shoppers = await Promise.all(Array.from({ length: 5 }, () => withCart()));
    // Each shopper fires 4 checkouts with 4 keys at once: one cart, so one order each, discounted.
    const results = await Promise.all(
      shoppers.flatMap((who) =>
        Array.from({ length: 4 }, () => place(who, { shippingMethodId: freight, couponCode: code })),
      ),
    );
    const placed = results.filter((result) => result.order);
    expect(placed).toHaveLength(5);
    expect(placed.every((result) => present(result.order).discountTotal.amountCents === 625)).toBe(true);
    expect(await usesOf(code)).toBe(5);
    // A second order of each, 5 at once: the limit of 1 per customer refuses all of them.
    for (const who of shoppers) await addToCart(who, book.id, 1);
    const again = await Promise.all(shoppers.map((who) => place(who, { shippingMethodId: freight, couponCode: code })));
    expect(again.map(codes)).toEqual(Array.from({ length: 5 }, () => ["COUPON_EXHAUSTED"]));
    expect(await usesOf(code)).toBe(5);
  });

  test("a checkout whose order cannot be stored uses no coupon and keeps no stock", async () => {
    const code = await promotion({ name: "Fragile", couponCode: uniqueCode("fail"), percentOff: 10, usageLimit: 1 });
    const ada = await withCart();
    const before = await catalog.reserved(shirt.id);
    failNextInsert = true;
    expect(codes(await place(ada, { shippingMethodId: parcel, couponCode: code }))).toEqual(["CHECKOUT_FAILED"]);
    expect(await usesOf(code)).toBe(0);
    expect(await catalog.reserved(shirt.id)).toBe(before);
    // The one use is still there to take.
    const order = present((await place(ada, { shippingMethodId: parcel, couponCode: code })).order);
    expect(order.discountTotal.amountCents).toBe(625);
    expect(await usesOf(code)).toBe(1);
  });

  test("a retried placeOrder with the same key (20 at once, then again) redeems once and answers the same order", async () => {
    const code = await promotion({ name: "Retry", couponCode: uniqueCode("retry"), percentOff: 10, usageLimit: 5 });
    const ada = await withCart();
    const idempotencyKey = randomUUID();
    const input = { idempotencyKey, shippingMethodId: parcel, couponCode: code };
    const results = await Promise.all(Array.from({ length: 20 }, () => place(ada, input)));
    const ids = new Set(results.map((result) => result.order?.id));
    expect(results.flatMap(codes)).toEqual([]);
    expect(ids.size).toBe(1);
    const retried = await place(ada, input);
    expect(retried.order?.id).toBe([...ids][0]);
    expect(retried.order?.discountTotal.amountCents).toBe(625);
    expect(await usesOf(code)).toBe(1);
  });
});
