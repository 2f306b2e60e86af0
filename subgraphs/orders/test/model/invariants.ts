import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { toGlobalId } from "@shopgraph/kernel";
import type { OrdersUnderTest } from "../harness.js";
import type { RunRecord } from "./run.js";

const DOCUMENTED = readFileSync(resolve(import.meta.dirname, "../../../../README.md"), "utf8");

/**
 * The promises of the orders subgraph, checked after a settled run over the run's own variants
 * and shoppers. Returns every broken one, described; empty when all hold.
 */
export async function brokenInvariants(stack: OrdersUnderTest, record: RunRecord): Promise<string[]> {
  const broken = [...record.brokenAnswers.map((answer) => `an answer was neither data nor a userError: ${answer}`)];
  const variantIds = record.variants.map((variant) => variant.id);
  const userIds = record.shoppers.map((shopper) => shopper.userId);

  // Stock conservation: on hand + held for orders = what the variant was given; never negative.
  const stock = await stack.productsDb.sql<{ id: string; stock: number; held: number }>(
    `select v.id, v.stock,
            coalesce((select sum(r.quantity) from stock_reservations r
                      where r.variant_id = v.id and r.released_at is null), 0)::int as held
     from product_variants v where v.id = any($1::uuid[])`,
    [variantIds],
  );
  for (const row of stock) {
    if (row.stock < 0) broken.push(`variant ${row.id} has negative stock ${row.stock}`);
    const given = record.given.get(toGlobalId("ProductVariant", row.id))!;
    if (row.stock + row.held !== given) {
      broken.push(`variant ${row.id}: on hand ${row.stock} + held ${row.held} != given ${given}`);
    }
  }

  // Products and orders agree: products holds exactly the lines of orders that keep their stock.
  const held = await stack.productsDb.sql<{ order_id: string; variant_id: string; quantity: number }>(
    `select order_id, variant_id, quantity from stock_reservations
     where variant_id = any($1::uuid[]) and released_at is null`,
    [variantIds],
  );
  const kept = await stack.ordersDb.sql<{ order_id: string; variant_id: string; quantity: number }>(
    `select l.order_id, l.variant_id, l.quantity from order_lines l join orders o on o.id = l.order_id
     where l.variant_id = any($1::uuid[]) and o.status <> 'CANCELLED'`,
    [variantIds],
  );
  const key = (row: { order_id: string; variant_id: string; quantity: number }) =>
    `${row.order_id}/${row.variant_id}x${row.quantity}`;
  const heldKeys = new Set(held.map(key));
  const keptKeys = new Set(kept.map(key));
  for (const line of keptKeys) if (!heldKeys.has(line)) broken.push(`order line ${line} holds no stock in products`);
  for (const line of heldKeys) if (!keptKeys.has(line)) broken.push(`products holds ${line} for no live order`);

  // One cart makes one order: no shopper ordered more units than they put in their cart.
  const ordered = await stack.ordersDb.sql<{ user_id: string; units: number }>(
    `select o.user_id, sum(l.quantity)::int as units from orders o join order_lines l on l.order_id = o.id
     where o.user_id = any($1::uuid[]) group by o.user_id`,
    [userIds],
  );
  for (const row of ordered) {
    const added = record.unitsAdded.get(row.user_id) ?? 0;
    if (row.units > added) broken.push(`shopper ${row.user_id} ordered ${row.units} units but added ${added}`);
  }

  // At most one successful charge per order.
  const charges = await stack.ordersDb.sql<{ order_id: string; charges: number }>(
    `select p.order_id, count(*)::int as charges from payments p join orders o on o.id = p.order_id
     where o.user_id = any($1::uuid[]) and p.status = 'SUCCEEDED' group by p.order_id having count(*) > 1`,
    [userIds],
  );
  for (const row of charges) broken.push(`order ${row.order_id} was charged ${row.charges} times`);

  // Exactly one refund per cancelled paid order, none otherwise, and every refund done once settled.
  const refunds = await stack.ordersDb.sql<{ id: string; status: string; paid: boolean; refunds: string[] }>(
    `select o.id, o.status::text as status,
            exists (select 1 from payments p where p.order_id = o.id and p.status = 'SUCCEEDED') as paid,
            array(select r.status::text from refunds r where r.order_id = o.id) as refunds
     from orders o where o.user_id = any($1::uuid[])`,
    [userIds],
  );
  for (const row of refunds) {
    const expected = row.status === "CANCELLED" && row.paid ? ["SUCCEEDED"] : [];
    if (JSON.stringify(row.refunds) !== JSON.stringify(expected)) {
      broken.push(`order ${row.id} (${row.status}, paid: ${row.paid}) has refunds ${JSON.stringify(row.refunds)}`);
    }
  }

  // Every userError code a client met is one the README documents for partners.
  for (const code of record.userErrorCodes) {
    if (!DOCUMENTED.includes(`\`${code}\``)) broken.push(`userError ${code} is not documented in README.md`);
  }

  // Nothing is left "in progress" once background work has run.
  const pending = await stack.ordersDb.sql<{ order_id: string; attempts: number; last_error: string | null }>(
    "select order_id, attempts, last_error from stock_releases where released_at is null",
  );
  for (const row of pending) {
    broken.push(`stock release of ${row.order_id} still pending after settling (${row.attempts}: ${row.last_error})`);
  }
  return broken;
}
