import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eventually } from "@shopgraph/testing";
import type { Dispatcher } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import { mediaProxy, type MediaProxyOptions } from "../src/media-proxy.js";

/** A stand-in for the pool to products: each request waits until the test answers or fails it. */
class HeldProducts {
  readonly calls: { signal: AbortSignal; answer(): void; fail(error: unknown): void }[] = [];

  readonly agent = {
    request: (options: { signal: AbortSignal }) =>
      new Promise((resolve, reject) => {
        this.calls.push({
          signal: options.signal,
          answer: () =>
            resolve({
              statusCode: 200,
              headers: { "content-type": "image/jpeg", "cache-control": "public, max-age=31536000, immutable" },
              body: { arrayBuffer: async () => new TextEncoder().encode("jpeg").buffer },
            }),
          fail: reject,
        });
      }),
  } as unknown as Dispatcher;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function serve(products: HeldProducts, options: Partial<MediaProxyOptions> = {}): Promise<string> {
  const handler = mediaProxy({
    productsUrl: "http://products.internal:4002/graphql",
    agent: products.agent,
    signingSecret: "s".repeat(32),
    maxUploadBytes: 1_000,
    authorizeUpload: async () => undefined,
    chargeRead: async () => undefined,
    // The test says which address a request comes from.
    addressOf: (req: IncomingMessage) => String(req.headers["x-test-address"] ?? "a"),
    ...options,
  });
  const server = createServer((req, res) => {
    void Promise.resolve(handler(req, res)).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const read = (origin: string, address = "a", signal?: AbortSignal) =>
  fetch(`${origin}/media/abc/320.jpg`, { headers: { "x-test-address": address }, signal });

describe("media reads through the gateway", () => {
  it("refuses reads beyond the gateway's cap with 503, and serves again once those in flight end", async () => {
    const products = new HeldProducts();
    const origin = await serve(products, { maxReadsInFlight: 2 });
    const held = [read(origin, "a"), read(origin, "b")];
    await eventually(() => products.calls.length === 2);
    const refused = await read(origin, "c");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(refused.headers.get("cache-control")).toBe("no-store");
    products.calls.forEach((call) => call.answer());
    expect((await Promise.all(held)).map((response) => response.status)).toEqual([200, 200]);
    const again = read(origin, "c");
    await eventually(() => products.calls.length === 3);
    products.calls[2]!.answer();
    expect((await again).status).toBe(200);
  });

  it("lets one address hold at most 16 reads at once; another address is still served", async () => {
    const products = new HeldProducts();
    const origin = await serve(products);
    const held = Array.from({ length: 16 }, () => read(origin, "greedy"));
    await eventually(() => products.calls.length === 16);
    expect((await read(origin, "greedy")).status).toBe(503);
    const other = read(origin, "other");
    await eventually(() => products.calls.length === 17);
    products.calls.forEach((call) => call.answer());
    expect((await other).status).toBe(200);
    expect(new Set((await Promise.all(held)).map((response) => response.status))).toEqual(new Set([200]));
  });

  it("a read refused because the gateway is full does not use up its address's places", async () => {
    const products = new HeldProducts();
    const origin = await serve(products, { maxReadsInFlight: 1 });
    const holding = read(origin, "a");
    await eventually(() => products.calls.length === 1);
    // More refusals than an address has places: each must give its place back.
    for (let i = 0; i < 20; i++) expect((await read(origin, "b")).status).toBe(503);
    products.calls[0]!.answer();
    expect((await holding).status).toBe(200);
    const next = read(origin, "b");
    await eventually(() => products.calls.length === 2);
    products.calls[1]!.answer();
    expect((await next).status).toBe(200);
  });

  it("answers 504 when products times out and 502 when it cannot be reached, never cached", async () => {
    const products = new HeldProducts();
    const origin = await serve(products);
    for (const [code, status] of [
      ["UND_ERR_HEADERS_TIMEOUT", 504],
      ["ECONNREFUSED", 502],
    ] as const) {
      const answer = read(origin);
      await eventually(() => products.calls.length > 0);
      products.calls.shift()!.fail(Object.assign(new Error(code), { code }));
      const response = await answer;
      expect(response.status).toBe(status);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: "SERVICE_UNAVAILABLE", serviceName: "products" } }],
      });
    }
  });

  it("a client that goes away cancels its request to products and frees its place", async () => {
    const products = new HeldProducts();
    const origin = await serve(products, { maxReadsInFlight: 1 });
    const leaving = new AbortController();
    const abandoned = read(origin, "a", leaving.signal).catch(() => "aborted");
    await eventually(() => products.calls.length === 1);
    leaving.abort();
    expect(await abandoned).toBe("aborted");
    await eventually(() => products.calls[0]!.signal.aborted);
    products.calls[0]!.fail(Object.assign(new Error("aborted"), { name: "AbortError" }));
    const next = read(origin, "a");
    await eventually(() => products.calls.length === 2);
    products.calls[1]!.answer();
    expect((await next).status).toBe(200);
  });
});
