import { randomUUID } from "node:crypto";
import { Role, toGlobalId } from "@shopgraph/kernel";
import { dataOf, eventually, present } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Catalog, type TestVariant } from "./catalog.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { ADDRESS } from "./operations.js";
import { addToCart, shopper, type Shopper } from "./shoppers.js";

/**
 * Promotions limited to products or categories, and first-order-only promotions, through the
 * real GraphQL stack over real Postgres and the real products subgraph (which tells each line's
 * product and category with the reservation). Figures are worked out by hand in the comments.
 */

let stack: OrdersUnderTest;
let admin: Shopper;
/** 25.00, in the clothing category. */
let shirt: TestVariant;
/** 12.50, in the clothing category too. */
let book: TestVariant;
/** 12.00, in the kitchen category. */
let mug: TestVariant;
let clothing: string;
let kitchen: string;
/** When set, the next order's insert (inside its coupon's transaction) waits for it. */
let holdNextInsert: Promise<void> | null = null;

beforeAll(async () => {
  stack = await startOrders({
    config: { productsTimeoutMs: 30_000 },
    options: {
      beforeOrderInsert: async () => {
        const hold = holdNextInsert;
        holdNextInsert = null;
        await hold;
      },
    },
  });
  admin = shopper(stack, Role.ADMIN);
  const clothes = new Catalog(stack);
  const kitchenware = new Catalog(stack);
  shirt = await clothes.variant({ priceCents: 2500, stock: 1000 }, "Shirt");
  book = await clothes.variant({ priceCents: 1250, stock: 1000 }, "Book");
  mug = await kitchenware.variant({ priceCents: 1200, stock: 1000 }, "Mug");
  clothing = await clothes.categoryId();
  kitchen = await kitchenware.categoryId();
});
afterAll(() => stack?.close());

const CREATE_PROMOTION = `mutation($input: CreatePromotionInput!) {
  createPromotion(input: $input) {
    promotion { id couponCode products { id } categories { id } firstOrderOnly }
    userErrors { code field }
  }
}`;
const USES = `query { promotions { couponCode uses } }`;
const CART_TOTALS = `query($input: CartTotalsInput!) {
  cart { totals(input: $input) { subtotal { amountCents } discountTotal { amountCents } total { amountCents }
    couponCode userErrors { code field } } }
}`;
const ORDER = `id subtotal { amountCents } discountTotal { amountCents } total { amountCents } couponCode
  lines { sku discount { amountCents } }`;
const PLACE = `mutation($input: PlaceOrderInput!) {
  placeOrder(input: $input) { order { ${ORDER} } userErrors { code field } }
}`;
const CART_CREATE = `mutation($input: CartCreateInput!) { cartCreate(input: $input) { cart { id } userErrors { code } } }`;
const PLACE_GUEST = `mutation($input: GuestOrderInput!) {
  placeGuestOrder(input: $input) { order { ${ORDER} } userErrors { code field } }
}`;

interface Placed {
  order: {
    discountTotal: { amountCents: number };
    total: { amountCents: number };
    couponCode: string | null;
    lines: { sku: string; discount: { amountCents: number } }[];
  } | null;
  userErrors: { code: string; field: string[] | null }[];
}

const uniqueCode = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`.toUpperCase();
const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((error) => error.code);

async function createPromotion(input: Record<string, unknown>) {
  return dataOf(await admin.client(CREATE_PROMOTION, { input: { name: "Test", ...input } })).createPromotion as {
    promotion: { products: { id: string }[]; categories: { id: string }[]; firstOrderOnly: boolean } | null;
    userErrors: { code: string; field: string[] }[];
  };
}

async function promotion(input: Record<string, unknown>): Promise<string> {
  const couponCode = uniqueCode("scoped");
  const created = await createPromotion({ couponCode, ...input });
  expect(created.userErrors).toEqual([]);
  return couponCode;
}

async function usesOf(code: string): Promise<number> {
  const { promotions } = dataOf(await admin.client(USES)) as { promotions: { couponCode: string; uses: number }[] };
  return present(promotions.find((each) => each.couponCode === code)).uses;
}

async function withCart(lines: Array<[TestVariant, number]>): Promise<Shopper> {
  const who = shopper(stack);
  for (const [variant, quantity] of lines) await addToCart(who, variant.id, quantity);
  return who;
}

async function preview(who: Shopper, couponCode: string) {
  const { cart } = dataOf(await who.client(CART_TOTALS, { input: { country: "DE", couponCode } })) as {
    cart: { totals: { discountTotal: { amountCents: number }; total: { amountCents: number } } & Placed };
  };
  return cart.totals;
}

async function place(who: Shopper, couponCode: string): Promise<Placed> {
  const input = { idempotencyKey: randomUUID(), shippingAddress: ADDRESS, couponCode };
  return dataOf(await who.client(PLACE, { input })).placeOrder as Placed;
}

async function placeAsGuest(email: string, couponCode: string): Promise<Placed> {
  const { cartCreate } = dataOf(
    await stack.client()(CART_CREATE, { input: { lines: [{ variantId: shirt.id, quantity: 1 }] } }),
  ) as { cartCreate: { cart: { id: string } } };
  const input = {
    email,
    cartId: cartCreate.cart.id,
    idempotencyKey: randomUUID(),
    shippingAddress: ADDRESS,
    couponCode,
  };
  return dataOf(await stack.client()(PLACE_GUEST, { input })).placeGuestOrder as Placed;
}

describe("a promotion limited to products or categories", () => {
  test("shows its scope, and refuses products and categories that do not exist", async () => {
    const created = await createPromotion({
      couponCode: uniqueCode("shown"),
      percentOff: 10,
      productIds: [book.productId, book.productId],
      categoryIds: [kitchen],
    });
    expect(created.userErrors).toEqual([]);
    // Named twice, kept once.
    expect(present(created.promotion)).toMatchObject({
      products: [{ id: book.productId }],
      categories: [{ id: kitchen }],
      firstOrderOnly: false,
    });
    const unknown = await createPromotion({
      couponCode: uniqueCode("unknown"),
      percentOff: 10,
      productIds: [book.productId, toGlobalId("Product", randomUUID())],
      categoryIds: [toGlobalId("Category", randomUUID())],
    });
    expect(unknown.userErrors).toEqual([
      { code: "UNKNOWN_PRODUCT", field: ["input", "productIds"] },
      { code: "UNKNOWN_CATEGORY", field: ["input", "categoryIds"] },
    ]);
    const tooMany = await createPromotion({
      couponCode: uniqueCode("many"),
      percentOff: 10,
      productIds: Array.from({ length: 51 }, () => toGlobalId("Product", randomUUID())),
    });
    expect(codes(tooMany)).toEqual(["TOO_MANY_IDS"]);
  });

  test("a percentage off one product discounts only its lines, in the preview and the order alike", async () => {
    const code = await promotion({ percentOff: 10, productIds: [book.productId] });
    const ada = await withCart([
      [shirt, 2],
      [book, 2],
    ]);
    // Shirts 50.00, books 25.00: 10% of the books only = 2.50. Total 75.00 − 2.50 = 72.50.
    expect(await preview(ada, code)).toMatchObject({
      subtotal: { amountCents: 7500 },
      discountTotal: { amountCents: 250 },
      total: { amountCents: 7250 },
      couponCode: code,
      userErrors: [],
    });
    const placed = await place(ada, code);
    expect(codes(placed)).toEqual([]);
    expect(present(placed.order)).toMatchObject({
      discountTotal: { amountCents: 250 },
      total: { amountCents: 7250 },
      lines: [
        { sku: shirt.sku, discount: { amountCents: 0 } },
        { sku: book.sku, discount: { amountCents: 250 } },
      ],
    });
  });

  test("a fixed amount off a category is capped at that category's lines", async () => {
    const code = await promotion({ amountOffCents: 5_000, categoryIds: [kitchen] });
    const ada = await withCart([
      [shirt, 2],
      [mug, 1],
    ]);
    // 50.00 off the kitchen lines, which cost 12.00: 12.00 off, the shirts untouched. 62.00 − 12.00.
    expect(await preview(ada, code)).toMatchObject({
      discountTotal: { amountCents: 1200 },
      total: { amountCents: 5000 },
    });
    const order = present((await place(ada, code)).order);
    expect(order).toMatchObject({
      discountTotal: { amountCents: 1200 },
      total: { amountCents: 5000 },
      lines: [
        { sku: shirt.sku, discount: { amountCents: 0 } },
        { sku: mug.sku, discount: { amountCents: 1200 } },
      ],
    });
  });

  test("a product or a category matches: either scope counts, each line discounted once", async () => {
    const code = await promotion({ percentOff: 50, productIds: [mug.productId], categoryIds: [clothing] });
    const ada = await withCart([
      [book, 1],
      [mug, 1],
    ]);
    // Both lines match (the book by category, the mug by product): half of 24.50.
    const order = present((await place(ada, code)).order);
    expect(order).toMatchObject({ discountTotal: { amountCents: 1225 }, total: { amountCents: 1225 } });
  });

  test("a cart with nothing in scope is refused COUPON_INVALID: no order, no use", async () => {
    const code = await promotion({ percentOff: 10, freeShipping: true, categoryIds: [kitchen] });
    const ada = await withCart([[shirt, 1]]);
    expect(await preview(ada, code)).toMatchObject({
      discountTotal: { amountCents: 0 },
      couponCode: null,
      userErrors: [{ code: "COUPON_INVALID", field: ["couponCode"] }],
    });
    const refused = await place(ada, code);
    expect(refused.order).toBeNull();
    expect(codes(refused)).toEqual(["COUPON_INVALID"]);
    expect(await usesOf(code)).toBe(0);
  });
});

describe("what scoped and first-order coupons cost in orders' SQL", () => {
  test("a scoped coupon costs no statement more than any coupon (5); a first-order one one more, the customer's lock", async () => {
    const scoped = await promotion({ percentOff: 10, productIds: [shirt.productId] });
    const first = await promotion({ percentOff: 10, firstOrderOnly: true });
    const ada = await withCart([[shirt, 1]]);
    stack.ordersDb.statements.reset();
    expect(codes(await place(ada, scoped))).toEqual([]);
    // Claim the cart, lock the promotion, count the uses, record the use, store the order.
    expect(stack.ordersDb.statements.count).toBe(5);
    const bob = await withCart([[shirt, 1]]);
    stack.ordersDb.statements.reset();
    expect(codes(await place(bob, first))).toEqual([]);
    expect(stack.ordersDb.statements.count).toBe(6);
  });
});

describe("a first-order-only promotion", () => {
  test("applies to a customer's first order and is refused to one with an earlier order", async () => {
    const code = await promotion({ percentOff: 10, firstOrderOnly: true });
    const ada = await withCart([[shirt, 1]]);
    expect(await preview(ada, code)).toMatchObject({ discountTotal: { amountCents: 250 }, userErrors: [] });
    expect(codes(await place(ada, code))).toEqual([]);
    await addToCart(ada, shirt.id, 1);
    expect(await preview(ada, code)).toMatchObject({ userErrors: [{ code: "COUPON_INVALID" }] });
    expect(codes(await place(ada, code))).toEqual(["COUPON_INVALID"]);

    // An earlier order without the coupon counts as well.
    const bob = await withCart([[book, 1]]);
    expect(codes(await place(bob, uniqueCode("none")))).toEqual(["COUPON_INVALID"]);
    const other = await promotion({ percentOff: 5 });
    expect(codes(await place(bob, other))).toEqual([]);
    await addToCart(bob, book.id, 1);
    expect(codes(await place(bob, code))).toEqual(["COUPON_INVALID"]);
    expect(await usesOf(code)).toBe(1);
  });

  test("a guest is known by the e-mail address: of parallel first checkouts with one address, one is discounted", async () => {
    const code = await promotion({ percentOff: 10, firstOrderOnly: true });
    const email = `first-${randomUUID().slice(0, 8)}@example.com`;
    const results = await Promise.all(Array.from({ length: 8 }, () => placeAsGuest(email, code)));
    expect(results.filter((result) => result.order !== null)).toHaveLength(1);
    expect(results.filter((result) => codes(result).join() === "COUPON_INVALID")).toHaveLength(7);
    expect(await usesOf(code)).toBe(1);
    // The same address in another case is the same guest.
    expect(codes(await placeAsGuest(email.toUpperCase(), code))).toEqual(["COUPON_INVALID"]);
    // Another address is another first order.
    expect(codes(await placeAsGuest(`other-${email}`, code))).toEqual([]);
  });

  test("two different first-order coupons at once for one customer: still one discounted first order", async () => {
    const codesUsed = [
      await promotion({ percentOff: 10, firstOrderOnly: true }),
      await promotion({ amountOffCents: 300, firstOrderOnly: true }),
    ];
    const email = `twice-${randomUUID().slice(0, 8)}@example.com`;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) => placeAsGuest(email, codesUsed[index % 2]!)),
    );
    const discounted = results.filter((result) => result.order !== null);
    expect(discounted).toHaveLength(1);
    expect(present(discounted[0]!.order).discountTotal.amountCents).toBeGreaterThan(0);
    expect((await usesOf(codesUsed[0]!)) + (await usesOf(codesUsed[1]!))).toBe(1);
  });

  test("a checkout with another first-order coupon waits for the customer's first one, then is refused", async () => {
    const [first, second] = [
      await promotion({ percentOff: 10, firstOrderOnly: true }),
      await promotion({ percentOff: 20, firstOrderOnly: true }),
    ];
    const email = `held-${randomUUID().slice(0, 8)}@example.com`;
    let release!: () => void;
    holdNextInsert = new Promise((resolve) => (release = resolve));
    // The first checkout stops right before its order's insert, its coupon redeemed, its transaction open.
    const firstCheckout = placeAsGuest(email, first);
    await eventually(() => holdNextInsert === null);
    const secondCheckout = placeAsGuest(email, second);
    // The second waits for the customer's lock (not the promotion's: it is another promotion) ...
    await eventually(async () => {
      const waiting = await stack.ordersDb.sql(
        `select 1 from pg_locks l join pg_database d on d.oid = l.database
         where d.datname = current_database() and l.locktype = 'advisory' and l.classid = 4003 and not l.granted`,
      );
      return waiting.length > 0;
    });
    release();
    // ... and then sees the first order.
    expect(codes(await firstCheckout)).toEqual([]);
    expect(codes(await secondCheckout)).toEqual(["COUPON_INVALID"]);
  });

  test("at most 100 promotions are live: creations racing for the last places get exactly those", async () => {
    const db = stack.ordersDb;
    const live = async () =>
      ((await db.sql(`select count(*)::int as n from promotions where archived_at is null`)) as { n: number }[])[0]!.n;
    const fillers = 98 - (await live());
    await db.sql(
      `insert into promotions (id, name, percent_off, free_shipping, created_at)
       select gen_random_uuid(), 'filler', 5, false, now() from generate_series(1, ${fillers})`,
    );
    const created = await Promise.all(
      Array.from({ length: 5 }, () => createPromotion({ couponCode: uniqueCode("last"), percentOff: 5 })),
    );
    expect(created.filter((payload) => payload.promotion !== null)).toHaveLength(2);
    expect(created.flatMap(codes).sort()).toEqual(Array(3).fill("TOO_MANY_PROMOTIONS"));
    expect(await live()).toBe(100);
  });
});
