import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Role } from "@shopgraph/kernel";
import { dataOf, eventually, testAccessToken } from "@shopgraph/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startSupergraph, type SupergraphUnderTest } from "../../gateway/test/harness.js";

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
    await client(`mutation($input: RegisterInput!) { register(input: $input) { accessToken userErrors { code } } }`, {
      input: { email: "lin@example.com", password: "correct horse battery", name: "Lin" },
    }),
  );
  const shopper = supergraph.client(register.accessToken);
  const { products } = dataOf(
    await client(`{ products(first: 1, filter: { inStock: true }) { nodes { variants { id } } } }`),
  );
  await shopper(`mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { userErrors { code } } }`, {
    v: products.nodes[0].variants[0].id,
  });
  const { placeOrder } = dataOf(
    await shopper(`mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id number } } }`, {
      input: {
        idempotencyKey: randomUUID(),
        shippingAddress: { name: "Lin", line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" },
      },
    }),
  );

  const child = spawn(process.execPath, [SCRIPT, "lin@example.com", "correct horse battery", placeOrder.order.id], {
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
    await shopper(`mutation($id: ID!) { payOrder(orderId: $id, paymentToken: "tok_visa") { userErrors { code } } }`, {
      id: placeOrder.order.id,
    });
    await supergraph.client(testAccessToken({ role: Role.ADMIN }))(
      `mutation($id: ID!) { updateOrderStatus(orderId: $id, status: SHIPPED) { userErrors { code } } }`,
      { id: placeOrder.order.id },
    );
    const events = await eventually(() => {
      const printed = lines.filter((line) => line.includes(placeOrder.order.number));
      return printed.length >= 2 && printed;
    }, 20_000);
    expect(events[0]).toMatch(/ PAID .* lin@example\.com /);
    expect(events[1]).toMatch(/ SHIPPED .* lin@example\.com /);
    expect(lines.filter((line) => line.startsWith("stderr"))).toEqual([]);
  } finally {
    child.kill("SIGINT");
  }
});
