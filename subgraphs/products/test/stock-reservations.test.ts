import { randomUUID } from "node:crypto";
import { dataOf, eventually, present, rowId, testServiceToken } from "@shopgraph/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createCategory, createProduct, simpleProduct, stockedVariants, tokens, uniqueSku } from "./fixtures.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";
import { ARCHIVE_PRODUCT, PRODUCT, RELEASE_STOCK, RESERVE_STOCK } from "./operations.js";

let products: ProductsUnderTest;
let orders: ReturnType<ProductsUnderTest["client"]>;

beforeAll(async () => {
  products = await startProducts();
  orders = products.client(tokens.service());
  await createCategory(products, "Home", "home");
});
afterAll(() => products?.close());

async function reserve(orderId: string, lines: { variantId: string; quantity: number }[]) {
  return dataOf(await orders(RESERVE_STOCK, { orderId, lines })).reserveStock;
}

async function release(orderId: string): Promise<boolean> {
  return dataOf(await orders(RELEASE_STOCK, { orderId })).releaseStock;
}

async function stockOf(variantId: string): Promise<number> {
  const [row] = await products.sql("SELECT stock FROM product_variants WHERE id = $1", [variantId]);
  return row!.stock;
}

/** A product with one variant per entry of `stocks`, priced $12.50, $13.50, ...; their raw UUIDs. */
const stocked = (name: string, ...stocks: number[]) =>
  stockedVariants(products, { name, categorySlug: "home", priceCents: 1250, skuPrefix: "R" }, stocks);

describe("who may reserve and release stock", () => {
  test("the fields are @inaccessible: in the subgraph schema, not in the public API", async () => {
    const sdl: string = dataOf(await orders(`{ _service { sdl } }`))._service.sdl;
    expect(sdl).toMatch(/reserveStock\([\s\S]*?\): StockReservationPayload! @inaccessible/);
    expect(sdl).toMatch(/releaseStock\([\s\S]*?orderId: ID! @nodeId\(type: "Order"\)\s*\): Boolean! @inaccessible/);
    for (const type of ["type StockReservationPayload", "type ReservedStockLine", "input StockLineInput"]) {
      expect(sdl).toMatch(new RegExp(`${type}\\s+@inaccessible`));
    }
  });

  test.each([
    ["anonymous callers", undefined, "UNAUTHENTICATED"],
    ["customers", tokens.customer(), "FORBIDDEN"],
    ["admins", tokens.admin(), "FORBIDDEN"],
    ["services other than orders", testServiceToken("notifications"), "FORBIDDEN"],
  ])("%s are refused", async (_, token, code) => {
    const [variantId] = await stocked(`Guarded ${code}`, 5);
    const client = products.client(token);
    for (const send of [
      () => client(RESERVE_STOCK, { orderId: randomUUID(), lines: [{ variantId: present(variantId), quantity: 1 }] }),
      () => client(RELEASE_STOCK, { orderId: randomUUID() }),
    ]) {
      const response = await send();
      expect(response.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await stockOf(variantId!)).toBe(5);
  });
});

describe("reserveStock", () => {
  test("reserves every line and returns what the order must record", async () => {
    const [small, large] = await stocked("Linen Napkins", 5, 2);
    const orderId = randomUUID();
    const reservation = await reserve(orderId, [
      { variantId: large!, quantity: 2 },
      { variantId: small!.toUpperCase(), quantity: 3 },
    ]);
    expect(reservation.userErrors).toEqual([]);
    expect(reservation).toMatchObject({ orderId, alreadyReserved: false });
    expect(reservation.lines).toEqual([
      expect.objectContaining({
        variantId: large,
        productName: "Linen Napkins",
        variantTitle: "Size 2",
        unitPrice: { amountCents: 1350, currency: "USD", formatted: "$13.50" },
        quantity: 2,
      }),
      expect.objectContaining({ variantId: small, variantTitle: "Size 1", quantity: 3 }),
    ]);
    expect(reservation.lines[0]?.sku).toMatch(/^R-/);
    expect([await stockOf(small!), await stockOf(large!)]).toEqual([2, 0]);
    const ledger = await products.sql(
      "SELECT variant_id, delta, stock_after, actor FROM stock_movements WHERE order_id = $1 ORDER BY delta",
      [orderId],
    );
    expect(ledger).toEqual([
      { variant_id: small, delta: -3, stock_after: 2, actor: "service:orders" },
      { variant_id: large, delta: -2, stock_after: 0, actor: "service:orders" },
    ]);
  });

  test("a second call for the order returns the same lines and reserves nothing", async () => {
    const [variantId] = await stocked("Beeswax Wraps", 10);
    const orderId = randomUUID();
    const first = await reserve(orderId, [{ variantId: variantId!, quantity: 4 }]);
    const again = await reserve(orderId, [{ variantId: variantId!, quantity: 4 }]);
    expect(again).toEqual({ ...first, alreadyReserved: true });
    expect(await stockOf(variantId!)).toBe(6);
  });

  test("the snapshot is what was reserved, even after the price changes", async () => {
    const [variantId] = await stocked("Price Drift Tray", 10);
    const orderId = randomUUID();
    await reserve(orderId, [{ variantId: variantId!, quantity: 1 }]);
    await products.sql("UPDATE product_variants SET price_cents = 99 WHERE id = $1", [variantId]);
    const again = await reserve(orderId, [{ variantId: variantId!, quantity: 1 }]);
    expect(again.lines[0]?.unitPrice.amountCents).toBe(1250);
  });

  test("a different request for an order that has a reservation is refused", async () => {
    const [a, b] = await stocked("Mismatch Mats", 10, 10);
    const orderId = randomUUID();
    await reserve(orderId, [{ variantId: a!, quantity: 1 }]);
    for (const lines of [[{ variantId: a!, quantity: 2 }], [{ variantId: b!, quantity: 1 }]]) {
      const reservation = await reserve(orderId, lines);
      expect(reservation.userErrors.map((e: any) => e.code)).toEqual(["RESERVATION_MISMATCH"]);
      expect(reservation.lines).toEqual([]);
    }
    expect([await stockOf(a!), await stockOf(b!)]).toEqual([9, 10]);
  });

  test("reserves nothing when one line is out of stock, and says which", async () => {
    const [plenty, scarce] = await stocked("Enamel Jugs", 10, 1);
    const orderId = randomUUID();
    const reservation = await reserve(orderId, [
      { variantId: plenty!, quantity: 3 },
      { variantId: scarce!, quantity: 2 },
    ]);
    expect(reservation.lines).toEqual([]);
    expect(reservation.userErrors).toEqual([
      { code: "OUT_OF_STOCK", field: ["lines", "1"], message: expect.stringContaining(scarce!) },
    ]);
    expect([await stockOf(plenty!), await stockOf(scarce!)]).toEqual([10, 1]);
    expect(await products.sql("SELECT 1 FROM stock_reservations WHERE order_id = $1", [orderId])).toEqual([]);
    // A failed attempt leaves no trace: the order can still reserve once stock allows.
    const retry = await reserve(orderId, [{ variantId: plenty!, quantity: 3 }]);
    expect(retry).toMatchObject({ userErrors: [], alreadyReserved: false });
  });

  test.each<[string, (ids: { ok: string; archived: string }) => { variantId: string; quantity: number }[], string[]]>([
    ["an unknown variant", ({ ok }) => [line(ok, 1), line(randomUUID(), 1)], ["VARIANT_NOT_FOUND@lines.1"]],
    ["an archived product", ({ ok, archived }) => [line(ok, 1), line(archived, 1)], ["VARIANT_UNAVAILABLE@lines.1"]],
    ["a zero quantity", ({ ok }) => [line(ok, 0)], ["INVALID_QUANTITY@lines.0"]],
    ["a negative quantity", ({ ok }) => [line(ok, -2)], ["INVALID_QUANTITY@lines.0"]],
    ["an absurd quantity", ({ ok }) => [line(ok, 1_000_000)], ["INVALID_QUANTITY@lines.0"]],
    ["a variant on two lines", ({ ok }) => [line(ok, 1), line(ok, 1)], ["DUPLICATE_VARIANT@lines.1"]],
    ["no lines", () => [], ["NO_LINES@lines"]],
    [
      "several bad lines",
      ({ archived }) => [line(randomUUID(), 1), line(archived, 1), line(archived.replace(/.$/, "0"), 0)],
      ["VARIANT_NOT_FOUND@lines.0", "VARIANT_UNAVAILABLE@lines.1", "INVALID_QUANTITY@lines.2"],
    ],
  ])("refuses %s and reserves nothing", async (_, lines, expected) => {
    const [ok] = await stocked(`Checked ${uniqueSku()}`, 10);
    const archivedProduct = await createProduct(products, simpleProduct("home", `Archived ${uniqueSku()}`));
    dataOf(await products.client(tokens.admin())(ARCHIVE_PRODUCT, { id: archivedProduct.id }));
    const reservation = await reserve(
      randomUUID(),
      lines({ ok: ok!, archived: rowId(archivedProduct.variants[0]!.id) }),
    );
    expect(reservation.userErrors.map((e: any) => `${e.code}@${e.field.join(".")}`)).toEqual(expected);
    expect(await stockOf(ok!)).toBe(10);
  });

  test("refuses an order id that is not one", async () => {
    const [ok] = await stocked("Order Id Check", 10);
    const response = await orders(RESERVE_STOCK, { orderId: "order-1", lines: [line(ok!, 1)] });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await stockOf(ok!)).toBe(10);
  });
});

describe("releaseStock", () => {
  test("gives the reserved stock back exactly once", async () => {
    const [a, b] = await stocked("Release Bowls", 5, 5);
    const orderId = randomUUID();
    await reserve(orderId, [line(a!, 2), line(b!, 5)]);
    expect([await stockOf(a!), await stockOf(b!)]).toEqual([3, 0]);
    expect(await release(orderId)).toBe(true);
    expect([await stockOf(a!), await stockOf(b!)]).toEqual([5, 5]);
    expect(await release(orderId)).toBe(false);
    expect([await stockOf(a!), await stockOf(b!)]).toEqual([5, 5]);
    const ledger = await products.sql(
      "SELECT delta, kind, actor FROM stock_movements WHERE order_id = $1 AND kind = 'RELEASE' ORDER BY delta",
      [orderId],
    );
    expect(ledger).toEqual([
      { delta: 2, kind: "RELEASE", actor: "service:orders" },
      { delta: 5, kind: "RELEASE", actor: "service:orders" },
    ]);
  });

  test("an unknown order id changes nothing; a malformed order or variant id is BAD_USER_INPUT", async () => {
    const movements = (await products.sql("SELECT count(*)::int AS n FROM stock_movements"))[0]!.n;
    expect(await release(randomUUID())).toBe(false);
    for (const send of [
      () => orders(RELEASE_STOCK, { orderId: "nonsense" }),
      () => orders(RESERVE_STOCK, { orderId: randomUUID(), lines: [line("v-1", 1)] }),
    ]) {
      expect((await send()).errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    }
    expect((await products.sql("SELECT count(*)::int AS n FROM stock_movements"))[0]!.n).toBe(movements);
  });

  test("a released order cannot reserve again", async () => {
    const [a] = await stocked("Released Reservers", 5);
    const orderId = randomUUID();
    await reserve(orderId, [line(a!, 1)]);
    await release(orderId);
    const again = await reserve(orderId, [line(a!, 1)]);
    expect(again.userErrors.map((e: any) => e.code)).toEqual(["RESERVATION_RELEASED"]);
    expect(await stockOf(a!)).toBe(5);
  });

  test("an order released before it reserved anything can never reserve (a late reservation would be held for no order)", async () => {
    const [a] = await stocked("Released Before Reserving", 5);
    const orderId = randomUUID();
    expect(await release(orderId)).toBe(false);
    const late = await reserve(orderId, [line(a!, 1)]);
    expect(late.userErrors.map((e: any) => e.code)).toEqual(["RESERVATION_RELEASED"]);
    expect(await stockOf(a!)).toBe(5);
  });

  test("releases archived products' stock too", async () => {
    const [a] = await stocked("Archived After Order", 4);
    const orderId = randomUUID();
    await reserve(orderId, [line(a!, 4)]);
    const [variant] = await products.sql("SELECT product_id FROM product_variants WHERE id = $1", [a]);
    dataOf(await products.client(tokens.admin())(ARCHIVE_PRODUCT, { id: variant!.product_id }));
    expect(await release(orderId)).toBe(true);
    expect(await stockOf(a!)).toBe(4);
  });
});

describe("under concurrency", () => {
  test("50 concurrent orders for 1 unit each against stock 10: exactly 10 succeed, stock ends at 0", async () => {
    const [variantId] = await stocked("Limited Edition Print", 10);
    const results = await Promise.all(Array.from({ length: 50 }, () => reserve(randomUUID(), [line(variantId!, 1)])));
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(10);
    expect(results.filter((r) => r.userErrors[0]?.code === "OUT_OF_STOCK")).toHaveLength(40);
    expect(await stockOf(variantId!)).toBe(0);
    const [ledger] = await products.sql(
      "SELECT sum(delta)::int AS total, min(stock_after)::int AS lowest FROM stock_movements WHERE variant_id = $1",
      [variantId],
    );
    expect(ledger).toEqual({ total: 0, lowest: 0 });
    const reservations = await products.sql("SELECT count(*)::int AS n FROM stock_reservations WHERE variant_id = $1", [
      variantId,
    ]);
    expect(reservations[0]!.n).toBe(10);
  });

  test("racing duplicate reservations of one order reserve once and all answer with the same lines", async () => {
    const [variantId] = await stocked("Raced Candles", 10);
    const orderId = randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => reserve(orderId, [line(variantId!, 2)])));
    expect(results.every((r) => r.userErrors.length === 0)).toBe(true);
    expect(results.filter((r) => !r.alreadyReserved)).toHaveLength(1);
    expect(new Set(results.map((r) => JSON.stringify(r.lines))).size).toBe(1);
    expect(await stockOf(variantId!)).toBe(8);
  });

  test("racing releases of one order give the stock back once", async () => {
    const [variantId] = await stocked("Raced Releases", 10);
    const orderId = randomUUID();
    await reserve(orderId, [line(variantId!, 6)]);
    const results = await Promise.all(Array.from({ length: 10 }, () => release(orderId)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await stockOf(variantId!)).toBe(10);
  });

  test("orders taking the same variants in opposite orders do not deadlock", async () => {
    const [a, b] = await stocked("Crossed Lines", 100, 100);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        reserve(randomUUID(), i % 2 ? [line(a!, 1), line(b!, 1)] : [line(b!, 1), line(a!, 1)]),
      ),
    );
    expect(results.every((r) => r.userErrors.length === 0)).toBe(true);
    expect([await stockOf(a!), await stockOf(b!)]).toEqual([80, 80]);
  });

  test("releases of orders holding the same variants in opposite orders do not deadlock", async () => {
    const [a, b] = await stocked("Crossed Releases", 100, 100);
    const orderIds = Array.from({ length: 20 }, () => randomUUID());
    await Promise.all(
      orderIds.map((orderId, i) => reserve(orderId, i % 2 ? [line(a!, 1), line(b!, 1)] : [line(b!, 1), line(a!, 1)])),
    );
    expect([await stockOf(a!), await stockOf(b!)]).toEqual([80, 80]);
    // Released all at once, with reservations of the same variants racing them: every call
    // answers (a deadlock would be an error), and every unit comes back.
    const racing = Array.from({ length: 10 }, (_, i) =>
      reserve(randomUUID(), i % 2 ? [line(a!, 1), line(b!, 1)] : [line(b!, 1), line(a!, 1)]),
    );
    const [released, reserved] = await Promise.all([
      Promise.all(orderIds.map((orderId) => release(orderId))),
      Promise.all(racing),
    ]);
    expect(released.every(Boolean)).toBe(true);
    expect(reserved.every((r) => r.userErrors.length === 0)).toBe(true);
    expect([await stockOf(a!), await stockOf(b!)]).toEqual([90, 90]);
  });

  test("a reservation that waited for a variant's lock sees the stock given back meanwhile", async () => {
    const [variantId] = await stocked("Restocked Bowls", 0);
    const restock = new pg.Client({ connectionString: products.config.databaseUrl });
    await restock.connect();
    try {
      await restock.query("BEGIN");
      await restock.query("UPDATE product_variants SET stock = stock + 5 WHERE id = $1", [variantId]);
      const pending = reserve(randomUUID(), [line(variantId!, 2)]);
      // Its statement (inside reserve_stock, after the order's lock) has begun, its snapshot still
      // saying 0 in stock, and waits for the row. It is told by the call pg_stat_activity shows.
      await eventually(
        async () =>
          (
            await products.sql(
              `SELECT 1 FROM pg_stat_activity
               WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'SELECT reserve_stock(%'`,
            )
          ).length === 1,
      );
      await restock.query("COMMIT");
      expect(await pending).toMatchObject({ userErrors: [], lines: [{ variantId, quantity: 2 }] });
      expect(await stockOf(variantId!)).toBe(3);
      const [ledger] = await products.sql(
        "SELECT delta, stock_after AS \"stockAfter\" FROM stock_movements WHERE variant_id = $1 AND kind = 'RESERVATION'",
        [variantId],
      );
      expect(ledger).toEqual({ delta: -2, stockAfter: 3 });
    } finally {
      await restock.end();
    }
  });

  test("a reservation that waited for the order's lock sees a release committed meanwhile (its statement's snapshot comes after the lock)", async () => {
    const [variantId] = await stocked("Released While Waiting", 5);
    const orderId = randomUUID();
    const releasing = new pg.Client({ connectionString: products.config.databaseUrl });
    await releasing.connect();
    try {
      // A release of the order in progress: it holds the order's lock (as lockOrder takes it) and
      // has written the order's tombstone, not yet committed.
      await releasing.query("BEGIN");
      await releasing.query("SELECT pg_advisory_xact_lock(4002, hashtext($1))", [orderId]);
      await releasing.query("INSERT INTO released_orders (order_id, released_at) VALUES ($1, now())", [orderId]);
      const pending = reserve(orderId, [line(variantId!, 2)]);
      await eventually(
        async () =>
          (
            await products.sql(
              `SELECT 1 FROM pg_stat_activity
               WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'SELECT reserve_stock(%'`,
            )
          ).length === 1,
      );
      await releasing.query("COMMIT");
      expect((await pending).userErrors.map((e: any) => e.code)).toEqual(["RESERVATION_RELEASED"]);
      expect(await stockOf(variantId!)).toBe(5);
      const [held] = await products.sql("SELECT count(*)::int AS n FROM stock_reservations WHERE order_id = $1", [
        orderId,
      ]);
      expect(held!.n).toBe(0);
    } finally {
      await releasing.end();
    }
  });

  test("the public product shows the stock left", async () => {
    const [variantId] = await stocked("Visible Stock", 3);
    await reserve(randomUUID(), [line(variantId!, 3)]);
    const product = dataOf(await products.client()(PRODUCT, { slug: "visible-stock" })).product;
    expect(product?.variants[0]).toMatchObject({ stock: 0, inStock: false });
    expect(product?.inStock).toBe(false);
  });
});

function line(variantId: string, quantity: number) {
  return { variantId, quantity };
}
