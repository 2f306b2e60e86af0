import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { eventually, rowId } from "@shopgraph/testing";
import { Catalog } from "./catalog.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { addToCart, placeOrder, shopper } from "./shoppers.js";

let stack: OrdersUnderTest;
let catalog: Catalog;

beforeAll(async () => {
  stack = await startOrders();
  catalog = new Catalog(stack);
});
afterAll(() => stack?.close());

// A checkout whose claim is still in flight when a second one starts (found by review): the
// second one's snapshot sees none of the first one's claims, waits on the lines the first one
// locked, and used to take what the first one had not seen (a line added in between), making a
// second order of one cart.
test("a checkout that starts while another's claim is in flight takes nothing, however the lines were split", async () => {
  const [a, b, c] = await Promise.all(
    ["Racing A", "Racing B", "Racing C"].map((name) => catalog.variant({ priceCents: 1000, stock: 10 }, name)),
  );
  const ada = shopper(stack);
  for (const variant of [a!, b!, c!]) await addToCart(ada, variant.id, 1);

  // The first checkout's claim, in flight: it holds A and B (it never saw C, added after it began).
  const first = new pg.Client({ connectionString: stack.config.databaseUrl });
  await first.connect();
  try {
    await first.query("begin");
    await first.query(
      `update cart_lines set checkout_order_id = $1, checkout_until = now() + interval '1 minute'
       where variant_id = any($2::uuid[]) and cart_id = (select id from carts where user_id = $3)`,
      [randomUUID(), [rowId(a!.id), rowId(b!.id)], ada.userId],
    );
    const second = placeOrder(ada);
    // The second checkout waits on the first one's row locks...
    await eventually(async () => {
      const { rows } = await first.query<{ waiting: number }>(
        `select count(*)::int as waiting from pg_stat_activity
         where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
      );
      return rows[0]!.waiting > 0;
    });
    // ...and the first one commits its claim.
    await first.query("commit");
    const { order, userErrors } = await second;
    expect(order).toBeNull();
    expect(userErrors.map((error: { code: string }) => error.code)).toEqual(["CHECKOUT_IN_PROGRESS"]);
  } finally {
    await first.end();
  }
  const unclaimed = await stack.ordersDb.sql<{ claimed: boolean }>(
    `select checkout_order_id is not null as claimed from cart_lines where variant_id = $1`,
    [c!.id],
  );
  expect(unclaimed).toEqual([{ claimed: false }]);
  expect(await stack.ordersDb.sql(`select id from orders where user_id = $1`, [ada.userId])).toEqual([]);
});
