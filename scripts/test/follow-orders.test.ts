import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Role } from "@shopgraph/kernel";
import { dataOf, eventually, present, testAccessToken } from "@shopgraph/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startSupergraph, type SupergraphUnderTest } from "../../gateway/test/harness.js";
import {
  ADD_TO_CART,
  IN_STOCK_PRODUCTS,
  PAY_ORDER,
  PLACE_ORDER,
  REGISTER,
  UPDATE_ORDER_STATUS,
} from "../../gateway/test/operations.js";

/** The README's example, run as a newcomer would run it: `npm run follow-orders -- <email> <password> [orderId]`. */
const SCRIPT = join(import.meta.dirname, "../dist/follow-orders.js");

let supergraph: SupergraphUnderTest;
beforeAll(async () => {
  supergraph = await startSupergraph({ subgraphEnv: { SEED_DEMO_CATALOG: "true" } });
}, 60_000);
afterAll(() => supergraph?.close());

it("prints each status change of the shopper's order as it happens", async () => {
  const client = supergraph.client();
  const { register } = dataOf(
    await client(REGISTER, {
      input: { email: "lin@example.com", password: "correct horse battery", name: "Lin" },
    }),
  );
  const shopper = supergraph.client(present(register.accessToken, "Lin's access token"));
  const { products } = dataOf(await client(IN_STOCK_PRODUCTS, { first: 1 }));
  const variant = present(products.nodes[0]?.variants[0], "a variant in stock");
  expect(dataOf(await shopper(ADD_TO_CART, { variantId: variant.id })).addToCart.userErrors).toEqual([]);
  const order = present(
    dataOf(
      await shopper(PLACE_ORDER, {
        input: {
          idempotencyKey: randomUUID(),
          shippingAddress: { name: "Lin", line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" },
        },
      }),
    ).placeOrder.order,
    "Lin's order",
  );

  const child = spawn(process.execPath, [SCRIPT, "lin@example.com", "correct horse battery", order.id], {
    env: { ...process.env, GATEWAY_URL: supergraph.url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  createInterface({ input: child.stdout }).on("line", (line) => lines.push(line));
  createInterface({ input: child.stderr }).on("line", (line) => lines.push(`stderr: ${line}`));
  try {
    await eventually(() => lines.some((line) => line.startsWith("following order")), 20_000);
    // The script subscribes right after it prints that; the relay opens upstream a moment later.
    const orders = supergraph.subgraphs.get("orders") as unknown as { live: { subscriptions(): number } };
    await eventually(() => orders.live.subscriptions() === 1);
    expect(dataOf(await shopper(PAY_ORDER, { orderId: order.id })).payOrder.userErrors).toEqual([]);
    const admin = supergraph.client(testAccessToken({ role: Role.ADMIN }));
    const shipped = dataOf(await admin(UPDATE_ORDER_STATUS, { orderId: order.id, status: "SHIPPED" }));
    expect(shipped.updateOrderStatus.userErrors).toEqual([]);
    const events = await eventually(() => {
      const printed = lines.filter((line) => line.includes(order.number));
      return printed.length >= 2 && printed;
    }, 20_000);
    expect(events[0]).toMatch(/ PAID .* lin@example\.com /);
    expect(events[1]).toMatch(/ SHIPPED .* lin@example\.com /);
    expect(lines.filter((line) => line.startsWith("stderr"))).toEqual([]);
  } finally {
    child.kill("SIGINT");
  }
});
