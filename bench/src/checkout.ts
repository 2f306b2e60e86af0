/**
 * Checkout scenario of `npm run bench` (also `node bench/dist/checkout.js` on its own): virtual
 * shoppers place and pay orders through the gateway, spread over 100 variants with ample stock.
 * products and orders run in processes of their own (counting their SQL statements), the
 * gateway from the committed supergraph; users and notifications are not started (a checkout
 * asks nothing of them; tokens are signed here as users would sign them).
 *
 * Reports orders/s, p50/p99 of a checkout (placeOrder + payOrder) and of each mutation, the SQL
 * statements per checkout in each subgraph, and checks that nothing was oversold: for every
 * variant, stock + units held by orders is what it started with, and products holds exactly
 * what orders recorded.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import pg from "pg";
import { Role } from "@shopgraph/kernel";
import { rowId } from "@shopgraph/testing";
import { ADDRESS, POSTGRES_URL, post, startOrdersStack } from "./orders-stack.js";
import { percentile, round } from "./stats.js";
import { runScenario, writeResults } from "./results.js";

const CHECKOUTS = Number(process.env["BENCH_CHECKOUTS"] ?? 3_000);
const SHOPPERS = Number(process.env["BENCH_SHOPPERS"] ?? 32);
const VARIANTS = 100;
const STOCK = 100_000;
const TARGET_ORDERS_PER_SECOND = 300;

const PLACE_ORDER = `mutation Checkout($input: PlaceOrderInput!) {
  placeOrder(input: $input) { order { id total { amountCents } } userErrors { code message } }
}`;
const PAY_ORDER = `mutation Pay($orderId: ID!) {
  payOrder(orderId: $orderId, paymentToken: "tok_visa") { order { status } userErrors { code message } }
}`;

const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU time of a process so far, in ms (Linux /proc). */
export function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Postgres backends serving these databases (their CPU is part of a checkout's cost too). */
async function backendPids(databaseNames: string[]): Promise<number[]> {
  const client = new pg.Client({ connectionString: `${POSTGRES_URL}/postgres` });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>("select pid from pg_stat_activity where datname = any($1)", [
      databaseNames,
    ]);
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

interface Timings {
  checkout: number[];
  placeOrder: number[];
  payOrder: number[];
}

/** Seeds 100 variants through products' admin API; returns their ids. */
export async function seedCatalog(productsUrl: string, adminToken: string): Promise<string[]> {
  await post(
    productsUrl,
    `mutation { createCategory(input: { name: "Bench", slug: "bench" }) { userErrors { code } } }`,
    {},
    adminToken,
  );
  const ids: string[] = [];
  for (let p = 0; p < VARIANTS / 10; p++) {
    const input = {
      name: `Bench product ${p}`,
      categorySlug: "bench",
      options: ["Size"],
      variants: Array.from({ length: 10 }, (_, v) => ({
        sku: `BENCH-${p}-${v}`,
        priceCents: 500 + 100 * p + v,
        stock: STOCK,
        options: [{ name: "Size", value: `S${v}` }],
      })),
    };
    const { createProduct } = await post<{
      createProduct: { product: { variants: { id: string }[] }; userErrors: unknown[] };
    }>(
      productsUrl,
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { variants { id } } userErrors { code message } } }`,
      { input },
      adminToken,
    );
    if (createProduct.userErrors.length) throw new Error(JSON.stringify(createProduct.userErrors));
    // Rows are seeded straight into the orders database, which keeps raw UUIDs.
    ids.push(...createProduct.product.variants.map((variant) => rowId(variant.id)));
  }
  return ids;
}

/**
 * Fills every shopper's cart with one to three lines straight in the orders database: carts are
 * the setup here, not what is measured.
 */
export async function fillCarts(ordersDatabase: string, userIds: string[], variantIds: string[]): Promise<void> {
  const rows: Array<[string, string, number]> = [];
  userIds.forEach((userId, i) => {
    const lines = 1 + (i % 3);
    const chosen = new Set<string>();
    for (let n = 0; n < lines; n++) chosen.add(variantIds[(i * 7 + n * 31) % variantIds.length]!);
    for (const variantId of chosen) rows.push([userId, variantId, 1 + ((i + variantId.charCodeAt(0)) % 2)]);
  });
  const client = new pg.Client({ connectionString: ordersDatabase });
  await client.connect();
  try {
    // One account cart per shopper, then its lines (carts are keyed by their own id).
    await client.query(
      `insert into carts (id, user_id, created_at, updated_at)
       select gen_random_uuid(), u, now(), now() from unnest($1::uuid[]) as t(u)`,
      [userIds],
    );
    await client.query(
      `insert into cart_lines (id, cart_id, variant_id, quantity, created_at, updated_at)
       select gen_random_uuid(), c.id, v, q, now(), now()
       from unnest($1::uuid[], $2::uuid[], $3::int[]) as t(u, v, q) join carts c on c.user_id = t.u`,
      [rows.map((row) => row[0]), rows.map((row) => row[1]), rows.map((row) => row[2])],
    );
  } finally {
    await client.end();
  }
}

/** Runs every checkout with SHOPPERS of them in flight; returns timings and failures. */
async function checkoutAll(gatewayUrl: string, tokens: string[]) {
  const timings: Timings = { checkout: [], placeOrder: [], payOrder: [] };
  const failures: string[] = [];
  let next = 0;
  const shopper = async () => {
    for (let i = next++; i < tokens.length; i = next++) {
      const token = tokens[i]!;
      try {
        const started = performance.now();
        const placed = await post<{
          placeOrder: { order: { id: string } | null; userErrors: unknown[] };
        }>(gatewayUrl, PLACE_ORDER, { input: { idempotencyKey: randomUUID(), shippingAddress: ADDRESS } }, token);
        const ordered = performance.now();
        if (placed.placeOrder.userErrors.length) throw new Error(JSON.stringify(placed.placeOrder.userErrors));
        const paid = await post<{ payOrder: { order: { status: string } | null; userErrors: unknown[] } }>(
          gatewayUrl,
          PAY_ORDER,
          { orderId: placed.placeOrder.order!.id },
          token,
        );
        const done = performance.now();
        if (paid.payOrder.order?.status !== "PAID") throw new Error(JSON.stringify(paid.payOrder.userErrors));
        timings.placeOrder.push(ordered - started);
        timings.payOrder.push(done - ordered);
        timings.checkout.push(done - started);
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: SHOPPERS }, shopper));
  return { timings, failures, elapsedS: (performance.now() - started) / 1000 };
}

/** Stock + units held for orders is what each variant started with; products holds what orders recorded. */
async function oversellCheck(productsDatabase: string, ordersDatabase: string) {
  const products = new pg.Client({ connectionString: productsDatabase });
  const orders = new pg.Client({ connectionString: ordersDatabase });
  await Promise.all([products.connect(), orders.connect()]);
  try {
    const held = await products.query<{ id: string; stock: number; reserved: number }>(
      `select v.id, v.stock, coalesce(sum(r.quantity) filter (where r.released_at is null), 0)::int as reserved
       from product_variants v left join stock_reservations r on r.variant_id = v.id group by v.id, v.stock`,
    );
    const ordered = await orders.query<{ variant_id: string; units: number }>(
      "select variant_id, sum(quantity)::int as units from order_lines group by variant_id",
    );
    const orderedBy = new Map(ordered.rows.map((row) => [row.variant_id, row.units]));
    const negative = held.rows.filter((row) => row.stock < 0).length;
    const unbalanced = held.rows.filter((row) => row.stock + row.reserved !== STOCK).length;
    const mismatched = held.rows.filter((row) => (orderedBy.get(row.id) ?? 0) !== row.reserved).length;
    const unitsSold = held.rows.reduce((sum, row) => sum + row.reserved, 0);
    const [status] = (
      await orders.query<{ paid: number; other: number }>(
        "select count(*) filter (where status = 'PAID')::int as paid, count(*) filter (where status <> 'PAID')::int as other from orders",
      )
    ).rows;
    return { negative, unbalanced, mismatched, unitsSold, paidOrders: status!.paid, unpaidOrders: status!.other };
  } finally {
    await Promise.all([products.end(), orders.end()]);
  }
}

export async function runCheckoutBench(): Promise<void> {
  console.log("checkout: starting products, orders and the gateway over fresh databases...");
  const stack = await startOrdersStack("checkout");
  try {
    const { products, orders, gateway, gatewayUrl, databases, token } = stack;
    const variantIds = await seedCatalog(products.url, token(randomUUID(), Role.ADMIN));
    const userIds = Array.from({ length: CHECKOUTS }, () => randomUUID());
    await fillCarts(databases.orders, userIds, variantIds);
    const tokens = userIds.map((userId) => token(userId));

    // Warm-up: the first checkouts pay for JIT, connection pools and query plans.
    const warmUp = Math.min(100, Math.floor(CHECKOUTS / 10));
    await checkoutAll(gatewayUrl, tokens.slice(0, warmUp));
    const before = { products: await products.statements(), orders: await orders.statements() };
    const processes = { products: products.child.pid, orders: orders.child.pid, gateway: gateway.child.pid };
    const cpuBefore = Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, cpuMs(pid)]));
    const databaseNames = Object.values(databases).map((url) => new URL(url).pathname.slice(1));
    const postgresBefore = new Map((await backendPids(databaseNames)).map((pid) => [pid, cpuMs(pid)]));
    console.log(`checkout: measuring ${CHECKOUTS - warmUp} checkouts, ${SHOPPERS} shoppers in flight...`);
    const run = await checkoutAll(gatewayUrl, tokens.slice(warmUp));
    // Other work on the machine takes CPU from the services: say how busy it was.
    const loadAverage = round(loadavg()[0] ?? 0);
    const completed = run.timings.checkout.length;
    const after = { products: await products.statements(), orders: await orders.statements() };
    const perCheckout = (value: number) => round(value / Math.max(1, completed));
    const statements = {
      products: perCheckout(after.products.statements - before.products.statements),
      orders: perCheckout(after.orders.statements - before.orders.statements),
      ordersOutboxRelay: perCheckout(after.orders.relayStatements - before.orders.relayStatements),
    };
    // CPU per checkout is disturbed less than orders/s by whatever else runs on the machine.
    const cpuMsPerCheckout = Object.fromEntries(
      Object.entries(processes).map(([name, pid]) => [
        name,
        round((cpuMs(pid) - (cpuBefore[name] ?? 0)) / Math.max(1, completed)),
      ]),
    );
    const postgresMs = (await backendPids(databaseNames)).reduce(
      (sum, pid) => sum + cpuMs(pid) - (postgresBefore.get(pid) ?? 0),
      0,
    );
    cpuMsPerCheckout["postgres"] = round(postgresMs / Math.max(1, completed));
    const oversell = await oversellCheck(databases.products, databases.orders);
    const stats = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return { p50Ms: round(percentile(sorted, 50)), p99Ms: round(percentile(sorted, 99)) };
    };
    const result = {
      checkouts: completed,
      shoppers: SHOPPERS,
      failures: run.failures.length,
      firstFailure: run.failures[0] ?? null,
      ordersPerSecond: Math.round(completed / run.elapsedS),
      targetOrdersPerSecond: TARGET_ORDERS_PER_SECOND,
      checkout: stats(run.timings.checkout),
      placeOrder: stats(run.timings.placeOrder),
      payOrder: stats(run.timings.payOrder),
      statementsPerCheckout: statements,
      cpuMsPerCheckout,
      loadAverage,
      cpus: availableParallelism(),
      oversell,
    };
    const text = [
      "",
      `checkout through the gateway: placeOrder + payOrder, ${SHOPPERS} shoppers in flight, ${VARIANTS} variants`,
      `  orders/s          ${result.ordersPerSecond} (target ${TARGET_ORDERS_PER_SECOND})`,
      `  checkouts         ${completed} in ${round(run.elapsedS)} s, ${result.failures} failed`,
      `  checkout          p50 ${result.checkout.p50Ms} ms, p99 ${result.checkout.p99Ms} ms`,
      `  placeOrder        p50 ${result.placeOrder.p50Ms} ms, p99 ${result.placeOrder.p99Ms} ms`,
      `  payOrder          p50 ${result.payOrder.p50Ms} ms, p99 ${result.payOrder.p99Ms} ms`,
      `  SQL per checkout  orders ${statements.orders} (+ ${statements.ordersOutboxRelay} by its outbox relay), ` +
        `products ${statements.products}`,
      `  machine           ${availableParallelism()} CPUs, load average ${loadAverage} at the end of the run`,
      `  CPU ms/checkout   ${Object.entries(cpuMsPerCheckout)
        .map(([name, ms]) => `${name} ${ms}`)
        .join(", ")}`,
      `  oversell check    ${oversell.negative} variants below zero, ${oversell.unbalanced} with stock + reserved != ${STOCK}, ` +
        `${oversell.mismatched} where products and orders disagree; ${oversell.unitsSold} units sold, ` +
        `${oversell.paidOrders} orders PAID, ${oversell.unpaidOrders} not`,
      ...(result.firstFailure ? [`  first failure     ${result.firstFailure}`] : []),
    ].join("\n");
    console.log(text);
    writeResults("checkout-", result, text);
    if (oversell.negative || oversell.unbalanced || oversell.mismatched) throw new Error("stock was oversold");
  } finally {
    await stack.stop();
  }
}

if (import.meta.main) await runScenario(runCheckoutBench);
