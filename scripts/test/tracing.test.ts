import { generateKeyPairSync, randomBytes } from "node:crypto";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  dataOf,
  dropDatabase,
  freshDatabaseUrl,
  graphqlRequest,
  eventually,
  freePort,
  testChannel,
  TEST_AMQP_URL,
  present,
  uniqueName,
} from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startService, stopServices, waitUntilReady, type Service } from "../src/processes.js";
import { ROOT } from "../src/supergraph.js";
import { graphql } from "../../gateway/test/gql/index.js";
import { deleteRedisKeys } from "../../gateway/test/harness.js";
import { ADD_TO_CART, PAY_ORDER, PLACE_ORDER, REGISTER } from "../../gateway/test/operations.js";

const IN_STOCK = graphql(`
  query TracingInStock {
    products(first: 5, filter: { inStock: true }) {
      nodes {
        variants {
          id
          quantityAvailable
        }
      }
    }
  }
`);

// The stack as separate processes, each with `--import @shopgraph/platform/tracing/register` and
// OTEL_* variables pointing at an OTLP/HTTP receiver of this test's own.

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
  /** Trace ids of the spans this one links to. */
  links: string[];
}
const SERVER = 2;
const CLIENT = 3;
const PRODUCER = 4;
const CONSUMER = 5;

/** An OTLP/HTTP receiver: http/json bodies become spans; any body's content type is kept. */
async function otlpReceiver() {
  const spans: ReceivedSpan[] = [];
  const contentTypes: string[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      contentTypes.push(`${req.url} ${req.headers["content-type"]} ${body.length > 0 ? "non-empty" : "empty"}`);
      if (req.headers["content-type"]?.startsWith("application/json")) {
        const request = JSON.parse(body.toString()) as { resourceSpans: any[] };
        for (const resourceSpans of request.resourceSpans ?? []) {
          const service = attributesOf(resourceSpans.resource?.attributes)["service.name"] as string;
          for (const scope of resourceSpans.scopeSpans ?? []) {
            for (const span of scope.spans ?? []) {
              spans.push({
                service,
                traceId: span.traceId,
                spanId: span.spanId,
                parentSpanId: span.parentSpanId ?? "",
                name: span.name,
                kind: span.kind,
                attributes: attributesOf(span.attributes),
                links: (span.links ?? []).map((link: { traceId: string }) => link.traceId),
              });
            }
          }
        }
      }
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    })();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as { port: number }).port;
  return { endpoint: `http://127.0.0.1:${port}`, spans, contentTypes, close: () => server.close() };
}

/** What `check` finds, once it finds it; a failure names `what` was never seen. */
function seen<T>(what: string, check: () => T | undefined): Promise<T> {
  return eventually(check, 30_000).catch((error: Error) => {
    throw new Error(`not seen: ${what} (${error.message})`);
  });
}

function attributesOf(list: { key: string; value: Record<string, unknown> }[] = []): Record<string, unknown> {
  return Object.fromEntries(list.map(({ key, value }) => [key, Object.values(value)[0]]));
}

describe("a trace across the stack", () => {
  const services: Service[] = [];
  const databases: string[] = [];
  const exchange = uniqueName("tracing");
  const queues = {
    notifications: uniqueName("tracing-notifications"),
    gateway: uniqueName("tracing-gateway"),
    orders: uniqueName("tracing-orders"),
  };
  // The gateway's Redis keys and notifications' mail: this test's own, removed at the end.
  const redisKeyPrefix = `${uniqueName("tracing")}:`;
  const mailDir = join(ROOT, ".data", `tracing-mail-${randomBytes(4).toString("hex")}`);
  let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
  let gatewayUrl: string;

  beforeAll(async () => {
    receiver = await otlpReceiver();
    const { privateKey, publicKey } = generateKeyPairSync("ec", {
      namedCurve: "P-256",
      privateKeyEncoding: { type: "pkcs8", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    });
    const ports = Object.fromEntries(
      await Promise.all(
        ["users", "products", "orders", "notifications", "gateway"].map(async (n) => [n, await freePort()]),
      ),
    ) as Record<string, number>;
    const url = (name: string) => `http://127.0.0.1:${ports[name]}/graphql`;
    const base = {
      PATH: process.env["PATH"] ?? "",
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      HOST: "127.0.0.1",
      JWT_PUBLIC_KEY: publicKey,
      JWT_PRIVATE_KEY: privateKey,
      SERVICE_TOKEN_SECRET: randomBytes(32).toString("hex"),
      REQUEST_SIGNING_SECRET: randomBytes(32).toString("hex"),
      AMQP_URL: TEST_AMQP_URL,
      EVENTS_EXCHANGE: exchange,
      SCRYPT_LOG2_N: "10",
      // The confirmation goes at once (it is held for a payment otherwise; this order is not paid).
      ORDER_CONFIRMATION_HOLD_MS: "0",
      APOLLO_TELEMETRY_DISABLED: "true",
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      OTEL_BSP_SCHEDULE_DELAY: "100",
      ...Object.fromEntries(Object.keys(ports).map((name) => [`${name.toUpperCase()}_URL`, url(name)])),
    };
    const start = (name: string, script: string, env: Record<string, string>) => {
      const service = startService(
        name,
        join(ROOT, script),
        { ...base, ...env, OTEL_SERVICE_NAME: name, PORT: String(ports[name]) },
        13,
        ["--import", "@shopgraph/platform/tracing/register"],
      );
      services.push(service);
      return waitUntilReady(service, `http://127.0.0.1:${ports[name]}/ready`);
    };
    const database = (name: string) => {
      const databaseUrl = freshDatabaseUrl(`tracing_${name}`);
      databases.push(databaseUrl);
      return { [`${name.toUpperCase()}_DATABASE_URL`]: databaseUrl };
    };
    await Promise.all([
      start("users", "subgraphs/users/dist/server.js", database("users")),
      start("products", "subgraphs/products/dist/server.js", { ...database("products"), SEED_DEMO_CATALOG: "true" }),
      start("orders", "subgraphs/orders/dist/server.js", { ...database("orders"), ORDERS_QUEUE: queues.orders }),
      start("notifications", "subgraphs/notifications/dist/server.js", {
        ...database("notifications"),
        NOTIFICATIONS_QUEUE: queues.notifications,
        MAIL_DIR: mailDir,
      }),
    ]);
    await start("gateway", "gateway/dist/server.js", {
      GATEWAY_QUEUE: queues.gateway,
      REDIS_KEY_PREFIX: redisKeyPrefix,
    });
    gatewayUrl = url("gateway");
  }, 90_000);

  afterAll(async () => {
    await stopServices(services, 5_000);
    receiver?.close();
    await Promise.all(databases.map(dropDatabase));
    const { channel, close } = await testChannel();
    // Notifications' webhooks queue is named after its queue; the gateway's has five retry queues.
    const retries = [1, 2, 3, 4, 5].map((n) => `.retry.${n}`);
    for (const queue of Object.values(queues).flatMap((name) => [name, `${name}.webhooks`])) {
      for (const name of [queue, `${queue}.dead`, ...retries.map((suffix) => `${queue}${suffix}`)]) {
        await channel.deleteQueue(name).catch(() => undefined);
      }
    }
    await channel.deleteExchange(exchange).catch(() => undefined);
    await close();
    await deleteRedisKeys(redisKeyPrefix);
    await rm(mailDir, { recursive: true, force: true });
  });

  it("follows a checkout from the client's traceparent through gateway, orders, products, SQL, the broker, notifications and the mail it sends", async () => {
    const ask = async <TData, TVariables>(
      document: TypedDocumentNode<TData, TVariables>,
      variables: TVariables,
      token?: string,
      traceparent?: string,
    ) =>
      dataOf(
        await graphqlRequest(gatewayUrl, document, variables, {
          token,
          headers: traceparent ? { traceparent } : {},
        }),
      );
    const { register } = await ask(REGISTER, {
      input: { email: "tracy@example.com", password: "a long passphrase for tracing", name: "Tracy" },
    });
    const token = present(register.accessToken, "Tracy's access token");
    const { products } = await ask(IN_STOCK, {});
    const variant = present(
      products.nodes.flatMap((p) => p.variants).find((v) => (v.quantityAvailable ?? 0) > 0),
      "a variant in stock",
    );
    expect((await ask(ADD_TO_CART, { variantId: variant.id }, token)).addToCart.userErrors).toEqual([]);

    // The client's own trace: the gateway continues it.
    const traceId = randomBytes(16).toString("hex");
    const clientSpanId = randomBytes(8).toString("hex");
    // Its operation name (PlaceOrder) names the span orders makes of it.
    const placed = await ask(
      PLACE_ORDER,
      {
        input: {
          idempotencyKey: `tracing-${randomBytes(4).toString("hex")}`,
          shippingAddress: { name: "Tracy", line1: "1 Span St", city: "Oslo", postalCode: "0150", country: "NO" },
        },
      },
      token,
      `00-${traceId}-${clientSpanId}-01`,
    );
    expect(placed.placeOrder.userErrors).toEqual([]);

    const inTrace = () => receiver.spans.filter((span) => span.traceId === traceId);
    const find = (what: string, test: (span: ReceivedSpan) => boolean) => seen(what, () => inTrace().find(test));
    const sent = await find("notifications' send mail", (s) => s.service === "notifications" && s.name === "send mail");
    // The mail's consumer; the webhooks consumer processes order.placed too, in a span of its own.
    const consumed = await find(
      "notifications' process order.placed that sent the mail",
      (s) => s.service === "notifications" && s.name === "process order.placed" && s.spanId === sent.parentSpanId,
    );
    const published = await find(
      "orders' publish order.placed",
      (s) => s.service === "orders" && s.name === "publish order.placed",
    );
    const productsServer = await find("a products SERVER span", (s) => s.service === "products" && s.kind === SERVER);
    const sql = await find(
      "an orders SQL span",
      (s) =>
        s.service === "orders" &&
        (s.attributes["db.system"] === "postgresql" || s.attributes["db.system.name"] === "postgresql"),
    );
    const gatewayRoot = await find(
      "the gateway's span under the client's",
      (s) => s.service === "gateway" && s.parentSpanId === clientSpanId,
    );

    const byId = new Map(inTrace().map((span) => [span.spanId, span]));
    const ancestors = (span: ReceivedSpan) => {
      const chain: ReceivedSpan[] = [];
      for (let parent = byId.get(span.parentSpanId); parent; parent = byId.get(parent.parentSpanId)) chain.push(parent);
      return chain;
    };
    // One tree: the mail's send under the event's handling, under its publish, under the orders
    // request, under the gateway's fetch, under the client's span.
    expect([sent.kind, consumed.kind, published.kind]).toEqual([CLIENT, CONSUMER, PRODUCER]);
    expect(sent.parentSpanId).toBe(consumed.spanId);
    expect(consumed.parentSpanId).toBe(published.spanId);
    expect(ancestors(published).some((span) => span.service === "orders" && span.kind === SERVER)).toBe(true);
    expect(ancestors(published).at(-1)).toEqual(gatewayRoot);
    expect(ancestors(productsServer).some((span) => span.service === "orders" && span.kind === CLIENT)).toBe(true);
    expect(ancestors(productsServer).at(-1)).toEqual(gatewayRoot);
    expect(ancestors(sql).at(-1)).toEqual(gatewayRoot);
    expect(new Set(inTrace().map((span) => span.service))).toEqual(
      new Set(["gateway", "orders", "products", "notifications"]),
    );
    expect(inTrace().some((span) => span.service === "orders" && span.name.startsWith("mutation PlaceOrder"))).toBe(
      true,
    );

    // Paying changes the order's status: the live feed relays that change to subscribers in a
    // trace of its own, linked to the payment's.
    const paidTrace = randomBytes(16).toString("hex");
    await ask(
      PAY_ORDER,
      { orderId: present(placed.placeOrder.order, "Tracy's order").id },
      token,
      `00-${paidTrace}-${randomBytes(8).toString("hex")}-01`,
    );
    const relayed = await seen("the live feed's relay span linked to the payment's trace", () =>
      receiver.spans.find((s) => s.name === "relay order.status_changed" && s.links.includes(paidTrace)),
    );
    expect([relayed.service, relayed.kind, relayed.traceId === paidTrace]).toEqual(["orders", CONSUMER, false]);
  });

  it("exports http/protobuf as well, when OTEL_EXPORTER_OTLP_PROTOCOL says so", async () => {
    const port = await freePort();
    const databaseUrl = freshDatabaseUrl("tracing_proto");
    databases.push(databaseUrl);
    const products = startService(
      "products-pb",
      join(ROOT, "subgraphs/products/dist/server.js"),
      {
        PATH: process.env["PATH"] ?? "",
        NODE_ENV: "test",
        LOG_LEVEL: "warn",
        HOST: "127.0.0.1",
        PORT: String(port),
        PRODUCTS_DATABASE_URL: databaseUrl,
        JWT_PUBLIC_KEY: generateKeyPairSync("ec", {
          namedCurve: "P-256",
          publicKeyEncoding: { type: "spki", format: "pem" },
          privateKeyEncoding: { type: "pkcs8", format: "pem" },
        }).publicKey,
        SERVICE_TOKEN_SECRET: "s".repeat(32),
        REQUEST_SIGNING_SECRET: "r".repeat(64),
        ALLOW_UNSIGNED_REQUESTS: "true",
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: "http/protobuf",
        OTEL_SERVICE_NAME: "products-pb",
        OTEL_BSP_SCHEDULE_DELAY: "100",
      },
      13,
      ["--import", "@shopgraph/platform/tracing/register"],
    );
    services.push(products);
    await waitUntilReady(products, `http://127.0.0.1:${port}/ready`);
    await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ categories { slug } }" }),
    });
    await seen("a protobuf export", () =>
      receiver.contentTypes.find((line) => line === "/v1/traces application/x-protobuf non-empty"),
    );
  });
});
