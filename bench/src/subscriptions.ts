/**
 * Subscriptions scenario of `npm run bench` (also `node bench/dist/subscriptions.js` on its own):
 * 1,000 shoppers each hold a graphql-ws connection to the gateway subscribed to their own order
 * (a selection spanning orders and products, so every event also runs an entity fetch), then
 * every order changes status once (payOrder through the gateway): the first 100 one at a time,
 * the rest 16 in flight.
 *
 * Reports the delivery latency from the transition (its `updatedAt`, stamped in the transaction
 * just before commit) to the client, p50/p99, for both phases; the gateway's memory per open subscription (RSS
 * growth from no client to all subscribed, over the subscriptions); the share of events delivered.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { Role } from "@shopgraph/kernel";
import { fillCarts, seedCatalog } from "./checkout.js";
import { ADDRESS, post, startOrdersStack } from "./orders-stack.js";
import { percentile, round } from "./stats.js";
import { runScenario, writeResults } from "./results.js";

const SUBSCRIPTIONS = Number(process.env["BENCH_SUBSCRIPTIONS"] ?? 1_000);
const IN_FLIGHT = 16;
/**
 * With BENCH_CHANGES_PER_SECOND, the loaded phase starts one change every 1/rate s whatever the
 * answers (at most IN_FLIGHT at once still): latency at a given rate, as the issue states it.
 * Without, it goes as fast as IN_FLIGHT allows.
 */
const CHANGES_PER_SECOND = Number(process.env["BENCH_CHANGES_PER_SECOND"] ?? 0);
/** Changes made one at a time first: the latency of the path itself, before it is loaded. */
const ONE_AT_A_TIME = 100;

const ORDER_UPDATED = `subscription Live($orderId: ID) {
  orderUpdated(orderId: $orderId) { id status updatedAt lines { quantity variant { sku product { name } } } }
}`;
const PLACE_ORDER = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id } userErrors { code message } } }`;
const PAY_ORDER = `mutation($orderId: ID!) { payOrder(orderId: $orderId, paymentToken: "tok_visa") { order { status } userErrors { code } } }`;

/** Resident memory of a process in KiB (Linux /proc). */
function rssKiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** What a process holds in JavaScript objects and the buffers they own. */
const retained = (usage: NodeJS.MemoryUsage) => usage.heapUsed + usage.external;

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs `work` over `items` with `concurrency` in flight. */
/** Starts `work` for each item at `perSecond`, never more than `concurrency` at once. */
async function atRate<T>(items: T[], perSecond: number, concurrency: number, work: (item: T) => Promise<void>) {
  const started = performance.now();
  const running = new Set<Promise<void>>();
  for (const [i, item] of items.entries()) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    while (running.size >= concurrency) await Promise.race(running);
    const task = work(item).finally(() => running.delete(task));
    running.add(task);
  }
  await Promise.all(running);
}

async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < items.length; i = next++) await work(items[i]!);
    }),
  );
}

export async function runSubscriptionsBench(): Promise<void> {
  console.log("subscriptions: starting products, orders and the gateway over fresh databases...");
  const stack = await startOrdersStack("live");
  const clients: Client[] = [];
  try {
    const { products, orders, gateway, gatewayUrl, databases, token } = stack;
    const variantIds = await seedCatalog(products.url, token(randomUUID(), Role.ADMIN));
    const shoppers = Array.from({ length: SUBSCRIPTIONS }, () => {
      const userId = randomUUID();
      return { userId, token: token(userId), orderId: "" };
    });
    await fillCarts(
      databases.orders,
      shoppers.map((shopper) => shopper.userId),
      variantIds,
    );
    console.log(`subscriptions: placing ${SUBSCRIPTIONS} orders...`);
    await inParallel(shoppers, IN_FLIGHT, async (shopper) => {
      const { placeOrder } = await post<{ placeOrder: { order: { id: string } | null; userErrors: unknown[] } }>(
        gatewayUrl,
        PLACE_ORDER,
        { input: { idempotencyKey: randomUUID(), shippingAddress: ADDRESS } },
        shopper.token,
      );
      if (!placeOrder.order) throw new Error(JSON.stringify(placeOrder.userErrors));
      shopper.orderId = placeOrder.order.id;
    });

    const rssBefore = rssKiB(gateway.child.pid);
    const heapBefore = retained(await stack.gatewayMemory());
    console.log(`subscriptions: opening ${SUBSCRIPTIONS} connections, one subscription each...`);
    const latencyByOrder = new Map<string, number>();
    const failures: string[] = [];
    let acknowledged = 0;
    for (const shopper of shoppers) {
      const client = createClient({
        url: gatewayUrl.replace(/^http/, "ws"),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${shopper.token}` },
        lazy: false,
        on: { connected: () => acknowledged++ },
      });
      clients.push(client);
      client.subscribe(
        { query: ORDER_UPDATED, variables: { orderId: shopper.orderId } },
        {
          next: (result) => {
            const order = (result.data as { orderUpdated?: { id: string; updatedAt: string } } | null)?.orderUpdated;
            if (result.errors || !order) failures.push(JSON.stringify(result.errors));
            else latencyByOrder.set(order.id, Date.now() - Date.parse(order.updatedAt));
          },
          error: (error) => failures.push(String((error as Error).message ?? error)),
          complete: () => {},
        },
      );
    }
    await until(() => acknowledged >= SUBSCRIPTIONS, 60_000, "every connection to be acknowledged");
    // Relayed upstream, every subscription is held by orders (over the gateway's one socket).
    for (let held = 0; held < SUBSCRIPTIONS; held = await orders.subscriptions()) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const rssAfter = rssKiB(gateway.child.pid);
    const heapAfter = retained(await stack.gatewayMemory());
    const ordersRss = rssKiB(orders.child.pid);

    const pay = async (shopper: (typeof shoppers)[number]) => {
      const { payOrder } = await post<{ payOrder: { order: { status: string } | null } }>(
        gatewayUrl,
        PAY_ORDER,
        { orderId: shopper.orderId },
        shopper.token,
      );
      if (payOrder.order?.status !== "PAID") failures.push(`payOrder ${shopper.orderId} failed`);
    };
    const quiet = shoppers.slice(0, ONE_AT_A_TIME);
    const loaded = shoppers.slice(ONE_AT_A_TIME);
    console.log(`subscriptions: ${quiet.length} status changes one at a time (payOrder)...`);
    for (const shopper of quiet) {
      await pay(shopper);
      await until(() => latencyByOrder.has(shopper.orderId), 10_000, "the event").catch(() => {});
    }
    const pace = CHANGES_PER_SECOND > 0 ? `at ${CHANGES_PER_SECOND}/s, ` : "";
    console.log(`subscriptions: ${loaded.length} status changes, ${pace}${IN_FLIGHT} in flight at most...`);
    const started = performance.now();
    if (CHANGES_PER_SECOND > 0) await atRate(loaded, CHANGES_PER_SECOND, IN_FLIGHT, pay);
    else await inParallel(loaded, IN_FLIGHT, pay);
    const mutationsS = (performance.now() - started) / 1000;
    await until(() => latencyByOrder.size + failures.length >= SUBSCRIPTIONS, 30_000, "every event").catch(() => {});

    const latencies = [...latencyByOrder.values()];
    const stats = (group: typeof shoppers) => {
      const sorted = group
        .map((shopper) => latencyByOrder.get(shopper.orderId))
        .filter((ms) => ms !== undefined)
        .sort((a, b) => a - b);
      return { p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), maxMs: sorted.at(-1) ?? 0 };
    };
    const result = {
      subscriptions: SUBSCRIPTIONS,
      delivered: latencies.length,
      deliveredShare: round((latencies.length / SUBSCRIPTIONS) * 100),
      failures: failures.length,
      firstFailure: failures[0] ?? null,
      latencyOneAtATime: stats(quiet),
      latencyUnderLoad: stats(loaded),
      statusChangesPerSecond: Math.round(loaded.length / mutationsS),
      gatewayKiBPerSubscription: round((heapAfter - heapBefore) / 1024 / SUBSCRIPTIONS),
      gatewayRetainedMiB: { before: round(heapBefore / 2 ** 20), after: round(heapAfter / 2 ** 20) },
      gatewayRssKiBPerSubscription: round((rssAfter - rssBefore) / SUBSCRIPTIONS),
      ordersRssMiB: round(ordersRss / 1024),
      loadAverage: round(loadavg()[0] ?? 0),
      cpus: availableParallelism(),
    };
    const text = [
      "",
      `subscriptions through the gateway: ${SUBSCRIPTIONS} shoppers, one connection and one orderUpdated each ` +
        `(orders + products fields), one status change per order`,
      `  delivered          ${result.delivered}/${SUBSCRIPTIONS} (${result.deliveredShare} %), ${result.failures} errors`,
      `  commit -> client   one at a time (${quiet.length}): p50 ${result.latencyOneAtATime.p50Ms} ms, ` +
        `p99 ${result.latencyOneAtATime.p99Ms} ms, max ${result.latencyOneAtATime.maxMs} ms`,
      `                     under load (${loaded.length}, at most ${IN_FLIGHT} in flight, ${result.statusChangesPerSecond} changes/s): ` +
        `p50 ${result.latencyUnderLoad.p50Ms} ms, p99 ${result.latencyUnderLoad.p99Ms} ms, max ${result.latencyUnderLoad.maxMs} ms`,
      `  gateway memory     ${result.gatewayKiBPerSubscription} KiB retained per open subscription ` +
        `(heap + buffers after a full GC, ${result.gatewayRetainedMiB.before} -> ${result.gatewayRetainedMiB.after} MiB); ` +
        `RSS grew ${result.gatewayRssKiBPerSubscription} KiB per subscription; orders RSS ${result.ordersRssMiB} MiB`,
      `  machine            ${result.cpus} CPUs, load average ${result.loadAverage} at the end of the run`,
      ...(result.firstFailure ? [`  first error        ${result.firstFailure}`] : []),
    ].join("\n");
    console.log(text);
    writeResults("subscriptions-", result, text);
    if (result.delivered < SUBSCRIPTIONS)
      throw new Error(`${SUBSCRIPTIONS - result.delivered} events were not delivered`);
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await stack.stop();
  }
}

if (import.meta.main) await runScenario(runSubscriptionsBench);
