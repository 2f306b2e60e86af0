import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { signatureProblem } from "@shopgraph/platform";
import type { TokenKeys } from "@shopgraph/subgraph";
import { afterEach, describe, expect, test } from "vitest";
import { ProductsClient, ProductsUnavailableError } from "../src/adapters/products-client.js";

/** How the fake products answers the next request. */
type Answer = (request: IncomingMessage, body: string, response: ServerResponse) => void;

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A products stand-in on a free port; the client talks to it as to products. */
async function productsAnswering(answer: Answer): Promise<ProductsClient> {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => answer(request, body, response));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const keys: TokenKeys = { jwtPublicKey: "unused", jwtIssuer: "shopgraph", serviceTokenSecret: "s".repeat(32) };
  return new ProductsClient(`http://127.0.0.1:${port}/graphql`, keys, "x".repeat(32), 300);
}

const json = (response: ServerResponse, value: unknown) => {
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify(value));
};

test("a call is a signed POST of the operation with its service token; the answer comes back parsed", async () => {
  const seen: { headers: IncomingMessage["headers"]; body: string }[] = [];
  const client = await productsAnswering((request, body, response) => {
    seen.push({ headers: request.headers, body });
    json(response, { data: { releaseStock: true } });
  });
  expect(await client.releaseStock("order-1")).toBe(true);
  // Again, over the connection kept from the first call.
  expect(await client.releaseStock("order-2")).toBe(true);
  expect(seen).toHaveLength(2);
  const [first] = seen;
  expect(JSON.parse(first!.body)).toMatchObject({ variables: { orderId: "order-1" } });
  expect(first!.headers["authorization"]).toMatch(/^Bearer /);
  expect(first!.headers["x-shopgraph-signature"]).toBeTruthy();
  expect(first!.headers["content-length"]).toBe(String(Buffer.byteLength(first!.body)));
});

test("no answer within the timeout, a body that is no JSON, a cut-short answer, errors: products is unavailable", async () => {
  const answers: Answer[] = [
    () => undefined, // never answers
    (_request, _body, response) => response.end("<html>gateway timeout</html>"),
    (_request, _body, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write('{"data":');
      // Once the client has the headers and the start of the body.
      setTimeout(() => response.socket?.destroy(), 50);
    },
    (_request, _body, response) => json(response, { errors: [{ message: "boom" }] }),
  ];
  let next = 0;
  const client = await productsAnswering((request, body, response) => answers[next++]!(request, body, response));
  const failures: string[] = [];
  for (let i = 0; i < answers.length; i++) {
    const failure = await client.releaseStock("order-1").then(
      () => new Error("answered"),
      (error: unknown) => error as Error,
    );
    expect(failure, `answer ${i}`).toBeInstanceOf(ProductsUnavailableError);
    failures.push(failure.message);
  }
  expect(failures).toEqual([
    expect.stringMatching(/did not answer: .*(abort|timeout)/i),
    expect.stringMatching(/did not answer: .*JSON/),
    expect.stringMatching(/did not answer: /),
    "products answered with errors: boom",
  ]);
});

test("a kept-alive connection closed as it is reused is sent again on a new one; a fresh one that fails is not", async () => {
  const sockets = new WeakSet<object>();
  let requests = 0;
  let dropReused = true;
  let dropFresh = false;
  const client = await productsAnswering((request, _body, response) => {
    requests += 1;
    const reused = sockets.has(request.socket);
    sockets.add(request.socket);
    // The server's side of the race: it gives up the connection just as the client reuses it.
    if ((reused && dropReused) || (!reused && dropFresh)) {
      request.socket.destroy();
      return;
    }
    json(response, { data: { releaseStock: true } });
  });
  expect(await client.releaseStock("order-1")).toBe(true);
  expect(requests).toBe(1);
  // Reuses the kept connection, which the server drops: sent again, on a new connection.
  expect(await client.releaseStock("order-2")).toBe(true);
  expect(requests).toBe(3);

  server!.closeAllConnections();
  dropReused = false;
  dropFresh = true;
  await expect(client.releaseStock("order-3")).rejects.toBeInstanceOf(ProductsUnavailableError);
  expect(requests).toBe(4);
});

describe("reserving stock (products' internal endpoint, decision 0017)", () => {
  const line = { variantId: "11111111-1111-4111-8111-111111111111", quantity: 2 };
  const reserved = {
    variantId: line.variantId,
    productId: "22222222-2222-4222-8222-222222222222",
    productName: "Mug",
    variantTitle: "Blue",
    sku: "MUG-B",
    unitPriceCents: 1250,
    currency: "USD",
    quantity: 2,
    weightGrams: null,
    taxCategory: "STANDARD",
  };

  test("is a signed POST of the order and its lines to /internal/reserve-stock with the service token", async () => {
    const seen: { url: string; headers: IncomingMessage["headers"]; body: string }[] = [];
    const client = await productsAnswering((request, body, response) => {
      seen.push({ url: request.url ?? "", headers: request.headers, body });
      json(response, { lines: [reserved] });
    });
    expect(await client.reserveStock("order-1", [line])).toEqual({ ok: true, lines: [reserved] });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe("/internal/reserve-stock");
    expect(JSON.parse(seen[0]!.body)).toEqual({ orderId: "order-1", lines: [line] });
    expect(seen[0]!.headers["authorization"]).toMatch(/^Bearer /);
    // The signature covers the internal path, not /graphql.
    const request = { method: "POST", body: seen[0]!.body, headers: seen[0]!.headers };
    expect(signatureProblem("x".repeat(32), { ...request, path: "/internal/reserve-stock" })).toBeUndefined();
    expect(signatureProblem("x".repeat(32), { ...request, path: "/graphql" })).toBeDefined();
  });

  test("userErrors come back as the refusal, field paths included", async () => {
    const client = await productsAnswering((_request, _body, response) =>
      json(response, { userErrors: [{ code: "OUT_OF_STOCK", message: "none left", field: ["lines", "0"] }] }),
    );
    expect(await client.reserveStock("order-1", [line])).toEqual({
      ok: false,
      problems: [{ code: "OUT_OF_STOCK", message: "none left", field: ["lines", "0"] }],
    });
  });

  test("a products without the endpoint (404, an older release) is asked the reserveStock mutation", async () => {
    const paths: string[] = [];
    const client = await productsAnswering((request, body, response) => {
      paths.push(request.url ?? "");
      if (request.url !== "/graphql") {
        response.writeHead(404, { "content-type": "application/json" });
        response.end(JSON.stringify({ errors: [{ message: "Not found" }] }));
        return;
      }
      expect(JSON.parse(body)).toMatchObject({ variables: { orderId: "order-1", lines: [line] } });
      const { unitPriceCents, currency, ...rest } = reserved;
      json(response, {
        data: {
          reserveStock: { lines: [{ ...rest, unitPrice: { amountCents: unitPriceCents, currency } }], userErrors: [] },
        },
      });
    });
    expect(await client.reserveStock("order-1", [line])).toEqual({ ok: true, lines: [reserved] });
    expect(paths).toEqual(["/internal/reserve-stock", "/graphql"]);
  });

  test("a refusal of the call itself (401, 403, 400, 500) or an answer that is no JSON: products is unavailable", async () => {
    const answers: Answer[] = [401, 403, 400, 500].map((status) => (_request, _body, response) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { code: "X", message: `refused ${status}` } }));
    });
    answers.push((_request, _body, response) => response.end("<html>bad gateway</html>"));
    let next = 0;
    const client = await productsAnswering((request, body, response) => answers[next++]!(request, body, response));
    const messages: string[] = [];
    for (let i = 0; i < answers.length; i++) {
      const failure = await client.reserveStock("order-1", [line]).then(
        () => new Error("answered"),
        (error: unknown) => error as Error,
      );
      expect(failure, `answer ${i}`).toBeInstanceOf(ProductsUnavailableError);
      messages.push(failure.message);
    }
    expect(messages).toEqual([
      "products refused (401): refused 401",
      "products refused (403): refused 403",
      "products refused (400): refused 400",
      "products refused (500): refused 500",
      expect.stringMatching(/did not answer: .*JSON/),
    ]);
  });
});
