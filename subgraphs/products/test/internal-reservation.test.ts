import { randomUUID } from "node:crypto";
import { dataOf, testKeys, testServiceToken } from "@shopgraph/testing";
import { requestPath, signatureHeaders } from "@shopgraph/platform";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createCategory, stockedVariants, tokens } from "./fixtures.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";
import { RESERVE_STOCK } from "./operations.js";

/**
 * `/internal/reserve-stock` (decision 0017): orders' reservation without GraphQL. The same use
 * case as the `reserveStock` mutation, so the same answers; only a signed call with a service
 * token is served.
 */

let products: ProductsUnderTest;
let url: string;

beforeAll(async () => {
  products = await startProducts();
  url = new URL("/internal/reserve-stock", products.subgraph.url).toString();
  await createCategory(products, "Internal", "internal");
});
afterAll(() => products?.close());

interface CallOptions {
  token?: string | undefined;
  /** Sign with another secret, or not at all. */
  signWith?: string | false;
  method?: string;
  contentType?: string;
}

/** A raw call: the body as given (a string is sent as it is), signed as orders signs it. */
async function call(body: unknown, options: CallOptions = {}) {
  const method = options.method ?? "POST";
  const text = method === "GET" ? "" : typeof body === "string" ? body : JSON.stringify(body);
  const secret = options.signWith ?? testKeys().requestSigningSecret;
  const token = "token" in options ? options.token : tokens.service();
  const response = await fetch(url, {
    method,
    headers: {
      "content-type": options.contentType ?? "application/json",
      ...(secret === false ? {} : signatureHeaders(secret, { method, path: requestPath(url), body: text })),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(method === "GET" ? {} : { body: text }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function stockOf(variantId: string): Promise<number> {
  const [row] = await products.sql("SELECT stock FROM product_variants WHERE id = $1", [variantId]);
  return row!.stock;
}

/** Raw UUIDs of a new product's variants, one per entry of `stocks`, priced $20.00, $21.00, ... */
const stocked = (...stocks: number[]) =>
  stockedVariants(
    products,
    { name: `Internal ${randomUUID().slice(0, 8)}`, categorySlug: "internal", priceCents: 2000, skuPrefix: "I" },
    stocks,
  );

describe("reserving through the internal endpoint", () => {
  test("answers the lines the mutation answers, in one statement; repeated, the same lines and nothing more", async () => {
    const [a, b] = await stocked(10, 10);
    const lines = [
      { variantId: a!, quantity: 2 },
      { variantId: b!, quantity: 1 },
    ];
    const orderId = randomUUID();
    products.statements.reset();
    const first = await call({ orderId, lines });
    expect(products.statements.count).toBe(1);
    expect(first.status).toBe(200);
    expect(first.body["lines"]).toEqual([
      expect.objectContaining({ variantId: a, quantity: 2, unitPriceCents: 2000, currency: "USD" }),
      expect.objectContaining({ variantId: b, quantity: 1, unitPriceCents: 2100, currency: "USD" }),
    ]);
    expect(first.body["lines"][0]).toMatchObject({ sku: expect.any(String), productName: expect.any(String) });
    const again = await call({ orderId, lines });
    expect(again.body).toEqual(first.body);
    expect([await stockOf(a!), await stockOf(b!)]).toEqual([8, 9]);

    // The mutation, asked for another order, answers the same figures (its own shape).
    const byMutation = dataOf(
      await products.client(tokens.service())(RESERVE_STOCK, { orderId: randomUUID(), lines }),
    ).reserveStock;
    expect(byMutation.lines.map((line: { unitPrice: { amountCents: number } }) => line.unitPrice.amountCents)).toEqual(
      first.body["lines"].map((line: { unitPriceCents: number }) => line.unitPriceCents),
    );
  });

  test("refusals are userErrors with StockErrorCode codes and reserve nothing", async () => {
    const [a] = await stocked(3);
    const cases: [unknown, string[]][] = [
      [{ orderId: randomUUID(), lines: [{ variantId: a, quantity: 4 }] }, ["OUT_OF_STOCK"]],
      [{ orderId: randomUUID(), lines: [{ variantId: randomUUID(), quantity: 1 }] }, ["VARIANT_NOT_FOUND"]],
      [{ orderId: randomUUID(), lines: [{ variantId: "not-a-uuid", quantity: 1 }] }, ["VARIANT_NOT_FOUND"]],
      [{ orderId: randomUUID(), lines: [{ variantId: a, quantity: 0 }] }, ["INVALID_QUANTITY"]],
      [{ orderId: "not-an-order", lines: [{ variantId: a, quantity: 1 }] }, ["INVALID_ORDER_ID"]],
      [{ orderId: randomUUID(), lines: [] }, ["NO_LINES"]],
    ];
    for (const [body, codes] of cases) {
      const answer = await call(body);
      expect(answer.status, JSON.stringify(body)).toBe(200);
      expect(answer.body["userErrors"].map((e: { code: string }) => e.code)).toEqual(codes);
      expect(answer.body["lines"]).toBeUndefined();
    }
    expect(await stockOf(a!)).toBe(3);
  });

  test("concurrent reservations never sell more than the stock, and one order's repeats reserve once", async () => {
    const [a] = await stocked(5);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => call({ orderId: randomUUID(), lines: [{ variantId: a, quantity: 1 }] })),
    );
    expect(answers.filter((answer) => answer.body["lines"]).length).toBe(5);
    expect(answers.filter((answer) => answer.body["userErrors"]?.[0]?.code === "OUT_OF_STOCK").length).toBe(15);
    expect(await stockOf(a!)).toBe(0);

    const [b] = await stocked(100);
    const orderId = randomUUID();
    const repeats = await Promise.all(
      Array.from({ length: 10 }, () => call({ orderId, lines: [{ variantId: b, quantity: 3 }] })),
    );
    expect(repeats.every((answer) => answer.body["lines"]?.[0]?.quantity === 3)).toBe(true);
    expect(await stockOf(b!)).toBe(97);
  });
});

test("its calls are counted under their own route in /metrics", async () => {
  await call({ orderId: randomUUID(), lines: [] });
  const metrics = await (await fetch(new URL("/metrics", products.subgraph.url))).text();
  expect(metrics).toMatch(/http_server_request_duration_seconds_count\{[^}]*http_route="\/internal\/\*"/);
});

describe("who may call it, and with what", () => {
  const orderId = randomUUID();

  test.each([
    ["an unsigned call", { signWith: false as const }, 401, "UNAUTHENTICATED"],
    ["a call signed with another secret", { signWith: "f".repeat(64) }, 401, "UNAUTHENTICATED"],
    ["a bearer that is no token", { token: "not-a-token" }, 401, "UNAUTHENTICATED"],
    ["a signed call without a token", { token: undefined }, 403, "FORBIDDEN"],
    ["a customer", { token: tokens.customer() }, 403, "FORBIDDEN"],
    ["an admin", { token: tokens.admin() }, 403, "FORBIDDEN"],
    ["another service than orders", { token: testServiceToken("notifications") }, 403, "FORBIDDEN"],
  ])("%s is refused and reserves nothing", async (_name, options, status, code) => {
    const [a] = await stocked(5);
    const answer = await call({ orderId, lines: [{ variantId: a, quantity: 1 }] }, options);
    expect(answer.status).toBe(status);
    expect(answer.body["error"]).toMatchObject({ code });
    expect(await stockOf(a!)).toBe(5);
  });

  test.each([
    ["a GET", undefined, { method: "GET" }, 405],
    ["a body that is no JSON", "{ orderId", {}, 400],
    ["another content type", "orderId=1", { contentType: "application/x-www-form-urlencoded" }, 415],
    ["null", null, {}, 400],
    ["an array", [], {}, 400],
    ["no lines", { orderId: randomUUID() }, {}, 400],
    ["lines that are no list", { orderId: randomUUID(), lines: { variantId: randomUUID(), quantity: 1 } }, {}, 400],
    ["a quantity as text", { orderId: randomUUID(), lines: [{ variantId: randomUUID(), quantity: "1" }] }, {}, 400],
    ["a fractional quantity", { orderId: randomUUID(), lines: [{ variantId: randomUUID(), quantity: 1.5 }] }, {}, 400],
    ["a variant id that is no string", { orderId: randomUUID(), lines: [{ variantId: 7, quantity: 1 }] }, {}, 400],
    ["an order id that is no string", { orderId: 7, lines: [] }, {}, 400],
    ["a null line", { orderId: randomUUID(), lines: [null] }, {}, 400],
  ])("%s is refused with its status", async (_name, body, options, status) => {
    const answer = await call(body, options);
    expect(answer.status).toBe(status);
    expect(answer.body["error"]).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });
});
