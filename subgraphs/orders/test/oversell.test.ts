import { afterAll, beforeAll, expect, test } from "vitest";
import { Catalog } from "./catalog.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { addToCart, placeOrder, shopper, type Shopper } from "./shoppers.js";

let stack: OrdersUnderTest;
let catalog: Catalog;

beforeAll(async () => {
  stack = await startOrders();
  catalog = new Catalog(stack);
});
afterAll(() => stack?.close());

async function shoppersWithCarts(carts: Array<Array<[string, number]>>): Promise<Shopper[]> {
  return Promise.all(
    carts.map(async (lines) => {
      const who = shopper(stack);
      for (const [variantId, quantity] of lines) await addToCart(who, variantId, quantity);
      return who;
    }),
  );
}

/** Units of each variant held by placed orders, as orders recorded them. */
async function orderedUnits(variantId: string): Promise<number> {
  const [row] = await stack.ordersDb.sql<{ units: number }>(
    "select coalesce(sum(quantity), 0)::int as units from order_lines where variant_id = $1",
    [variantId],
  );
  return row!.units;
}

test("50 shoppers racing for the last 10 units: exactly 10 orders, stock ends at 0", async () => {
  const variant = await catalog.variant({ priceCents: 999, stock: 10 }, "Limited edition");
  const shoppers = await shoppersWithCarts(Array.from({ length: 50 }, () => [[variant.id, 1]]));
  const results = await Promise.all(shoppers.map((who) => placeOrder(who)));
  const placed = results.filter((result) => result.order);
  const refused = results.filter((result) => !result.order);
  expect(placed).toHaveLength(10);
  expect(new Set(refused.flatMap((result) => result.userErrors.map((error: any) => error.code)))).toEqual(
    new Set(["OUT_OF_STOCK"]),
  );
  expect(await catalog.stock(variant.id)).toBe(0);
  expect(await catalog.reserved(variant.id)).toBe(10);
  expect(await orderedUnits(variant.id)).toBe(10);
}, 30_000);

test("overlapping multi-line orders: never below zero, reserved + remaining stays what it was", async () => {
  const initial = [12, 9, 7];
  const variants = await catalog.product(
    "Overlapping",
    initial.map((stock) => ({ priceCents: 500, stock })),
  );
  const [a, b, c] = variants.map((variant) => variant.id) as [string, string, string];
  const combos: Array<Array<[string, number]>> = [
    [
      [a, 2],
      [b, 1],
    ],
    [
      [b, 2],
      [c, 1],
    ],
    [
      [a, 1],
      [c, 2],
    ],
    [
      [a, 1],
      [b, 1],
      [c, 1],
    ],
  ];
  const shoppers = await shoppersWithCarts(Array.from({ length: 40 }, (_, i) => combos[i % combos.length]!));
  const results = await Promise.all(shoppers.map((who) => placeOrder(who)));
  const placed = results.filter((result) => result.order).length;
  expect(placed).toBeGreaterThan(0);
  expect(placed).toBeLessThan(40);
  for (const [i, variant] of variants.entries()) {
    const stock = await catalog.stock(variant.id);
    expect(stock).toBeGreaterThanOrEqual(0);
    expect(stock + (await catalog.reserved(variant.id))).toBe(initial[i]);
    expect(await orderedUnits(variant.id)).toBe(await catalog.reserved(variant.id));
  }
  // Every refusal reserved nothing: products holds stock only for orders that exist.
  const [orphans] = await stack.productsDb.sql<{ count: number }>(
    `select count(distinct order_id)::int as count from stock_reservations
     where variant_id = any($1::uuid[]) and released_at is null`,
    [[a, b, c]],
  );
  expect(orphans!.count).toBe(placed);
}, 30_000);
