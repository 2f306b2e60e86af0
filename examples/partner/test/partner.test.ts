import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { eventually, freePort, graphqlRequest, present, TEST_ADDRESS } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSupergraph, type SupergraphUnderTest } from "../../../gateway/test/harness.js";
import { documentHash, PRODUCTS, verifyShopgraphWebhook } from "../partner.ts";

const ADMIN = { email: "root@example-partner.test", password: "admin passphrase for the partner example" };
const EXAMPLE = resolve(import.meta.dirname, "../partner.ts");

let supergraph: SupergraphUnderTest;
let child: ChildProcess | undefined;
/** Every JSON line the example printed, in order. */
const lines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  supergraph = await startSupergraph({
    // A receiver on 127.0.0.1 is a private address: allowed here as under `npm start`.
    subgraphEnv: {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SEED_DEMO_CATALOG: "true",
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: "true",
    },
  });
}, 120_000);
afterAll(async () => {
  child?.kill("SIGTERM");
  await supergraph?.close();
}, 60_000);

/** One operation as a string (the example is plain text too), with a token, its data or a failure. */
async function request<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const answer = await graphqlRequest<T>(supergraph.url, query, variables, { token, signWith: false });
  if (answer.errors || !answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

async function placeOrder(): Promise<string> {
  const { register } = await request<{ register: { accessToken: string } }>(
    "mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }",
    { input: { email: `shopper-${randomUUID()}@example-partner.test`, password: "correct horse battery", name: "S" } },
  );
  const { products } = await request<{ products: { nodes: Array<{ variants: Array<{ id: string }> }> } }>(
    "{ products(first: 1, filter: { inStock: true }) { nodes { variants { id } } } }",
    {},
  );
  const variantId = present(products.nodes[0]?.variants[0]?.id, "a variant in stock");
  await request(
    "mutation ($v: ID!) { addToCart(variantId: $v, quantity: 1) { userErrors { code } } }",
    { v: variantId },
    register.accessToken,
  );
  const { placeOrder } = await request<{ placeOrder: { order: { id: string } | null; userErrors: unknown[] } }>(
    "mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id } userErrors { code } } }",
    { input: { idempotencyKey: randomUUID(), shippingAddress: TEST_ADDRESS } },
    register.accessToken,
  );
  expect(placeOrder.userErrors).toEqual([]);
  return present(placeOrder.order, "the order").id;
}

describe("the partner example (examples/partner/partner.ts)", () => {
  it("calls with its key, runs an operation by hash, and verifies the webhooks it receives", async () => {
    const { login } = await request<{ login: { accessToken: string } }>(
      "mutation ($input: LoginInput!) { login(input: $input) { accessToken } }",
      { input: ADMIN },
    );
    const admin = login.accessToken;
    const { createPartnerApp } = await request<{ createPartnerApp: { app: { id: string }; apiKey: string } }>(
      "mutation ($input: CreatePartnerAppInput!) { createPartnerApp(input: $input) { app { id } apiKey } }",
      { input: { name: "Example partner", scopes: ["CATALOG_READ", "ORDERS_READ"] } },
      admin,
    );
    const port = await freePort();
    // notifications learns of the app from an event: APP_NOT_FOUND until then.
    const secret = await eventually(async () => {
      const { createWebhookEndpoint } = await request<{
        createWebhookEndpoint: { secret: string | null; userErrors: Array<{ code: string }> };
      }>(
        "mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret userErrors { code } } }",
        {
          input: {
            appId: createPartnerApp.app.id,
            url: `http://127.0.0.1:${port}/hooks/shopgraph`,
            events: ["order.placed"],
          },
        },
        admin,
      );
      return createWebhookEndpoint.secret ?? false;
    }, 5_000);

    // The example as a partner runs it: a process of its own, on Node alone.
    child = spawn(process.execPath, [EXAMPLE], {
      env: {
        PATH: process.env["PATH"],
        SHOPGRAPH_URL: supergraph.url,
        SHOPGRAPH_API_KEY: createPartnerApp.apiKey,
        SHOPGRAPH_WEBHOOK_SECRET: secret,
        PORT: String(port),
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    createInterface({ input: child.stdout! }).on("line", (line) =>
      lines.push(JSON.parse(line) as Record<string, unknown>),
    );
    await eventually(() => lines.some((line) => line["step"] === "listening"), 20_000);
    expect(lines.slice(0, 3)).toEqual([
      { step: "viewerApp", status: 200, app: { name: "Example partner", scopes: ["CATALOG_READ", "ORDERS_READ"] } },
      // Unknown hash first, so the document went along once (APQ); by hash alone the second time.
      { step: "persisted", byHash: false, products: 3 },
      { step: "persisted", byHash: true, products: 3 },
    ]);

    const orderId = await placeOrder();
    const delivered = await eventually(() => lines.find((line) => line["step"] === "webhook"), 10_000);
    expect(delivered["type"]).toBe("order.placed");

    // A forged delivery to the same receiver is refused.
    const body = JSON.stringify({
      id: randomUUID(),
      type: "order.placed",
      occurredAt: new Date().toISOString(),
      data: {},
    });
    const forged = await fetch(`http://127.0.0.1:${port}/hooks/shopgraph`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "shopgraph-signature": `t=${Math.floor(Date.now() / 1000)},v1=${"0".repeat(64)}`,
      },
      body,
    });
    expect(forged.status).toBe(401);
    await eventually(() => lines.some((line) => line["step"] === "refused"), 5_000);
    expect(lines.filter((line) => line["step"] === "webhook")).toHaveLength(1);
    expect(orderId).toMatch(/^Order_/);
  });

  it("verifies signatures as the docs describe: the raw body, a 5-minute window, constant-time compare", async () => {
    const { createHmac } = await import("node:crypto");
    const body = '{"id":"e1"}';
    const sign = (t: number, secret = "whsec_test") =>
      `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
    const now = 1_800_000_000;
    expect(verifyShopgraphWebhook("whsec_test", sign(now), body, now)).toBe(true);
    expect(verifyShopgraphWebhook("whsec_test", sign(now), `${body} `, now)).toBe(false);
    expect(verifyShopgraphWebhook("whsec_test", sign(now, "whsec_other"), body, now)).toBe(false);
    expect(verifyShopgraphWebhook("whsec_test", sign(now - 301), body, now)).toBe(false);
    expect(verifyShopgraphWebhook("whsec_test", undefined, body, now)).toBe(false);
    expect(verifyShopgraphWebhook("whsec_test", "t=abc,v1=zz", body, now)).toBe(false);
    expect(documentHash(PRODUCTS)).toMatch(/^[0-9a-f]{64}$/);
  });
});
