import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { openDatabase, query, sql } from "@shopgraph/subgraph";
import { dropDatabase, freshDatabaseUrl } from "@shopgraph/testing";
import { entities } from "../src/entities/index.js";
import { migrations } from "../src/migrations/index.js";

const CARTS_BY_ID = "Migration20261206165309_CartsById";

test("carts by id: every user's lines move into one cart of theirs, each line with an id of its own", async () => {
  const url = freshDatabaseUrl("orders_cart_migration");
  const before = migrations.slice(
    0,
    migrations.findIndex((migration) => migration.name === CARTS_BY_ID),
  );
  const ada = randomUUID();
  const bob = randomUUID();
  const [shirt, mug] = [randomUUID(), randomUUID()];
  try {
    const old = await openDatabase({ url, entities, migrations: before });
    await query(
      old.em.fork(),
      sql`insert into cart_lines (user_id, variant_id, quantity, created_at, updated_at, seen_price_cents, seen_currency)
          values (${ada}, ${shirt}, 2, now() - interval '2 days', now() - interval '1 day', 2500, 'USD'),
                 (${ada}, ${mug}, 1, now(), now(), null, null),
                 (${bob}, ${mug}, 3, now(), now(), 1200, 'USD')`,
    );
    await old.close();

    const orm = await openDatabase({ url, entities, migrations });
    try {
      const em = orm.em.fork();
      const carts = await query<{ id: string; user_id: string }>(em, sql`select id, user_id from carts`);
      expect(carts.map((cart) => cart.user_id).sort()).toEqual([ada, bob].sort());
      for (const cart of carts) expect(cart.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
      const lines = await query<{ id: string; user_id: string; variant_id: string; quantity: number }>(
        em,
        sql`select l.id, c.user_id, l.variant_id, l.quantity from cart_lines l join carts c on c.id = l.cart_id`,
      );
      expect(lines.map(({ user_id, variant_id, quantity }) => [user_id, variant_id, quantity]).sort()).toEqual(
        [
          [ada, shirt, 2],
          [ada, mug, 1],
          [bob, mug, 3],
        ].sort(),
      );
      expect(new Set(lines.map((line) => line.id)).size).toBe(3);
    } finally {
      await orm.close();
    }
  } finally {
    await dropDatabase(url);
  }
});
