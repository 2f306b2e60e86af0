import { readFileSync } from "node:fs";
import { join } from "node:path";
import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { dataOf, graphqlRequest, testAccessToken } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";
import { PLACE_ORDER, REGISTER } from "./operations.js";

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/**
 * GET /metrics of `origin`: a page a Prometheus text parser accepts (parse-prometheus-text-format
 * throws on a malformed line), read as its samples (that parser folds labelled histograms into one).
 */
async function scrape(origin: string, headers: Record<string, string> = {}): Promise<Sample[]> {
  const response = await fetch(`${origin}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  expect(parsePrometheusTextFormat(text).length).toBeGreaterThan(0);
  return text
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [, name, labels = "", value] = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)/.exec(line)!;
      const pairs = [...labels.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, key, v]) => [key!, v!] as const);
      return { name: name!, labels: Object.fromEntries(pairs), value: Number(value) };
    });
}

/** The sum of the samples named `name` whose labels include `labels` (a histogram: its `_count`). */
function total(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const histogram = samples.some((s) => s.name === `${name}_count`);
  return samples
    .filter((s) => s.name === (histogram ? `${name}_count` : name))
    .filter((s) => Object.entries(labels).every(([key, value]) => s.labels[key] === value))
    .reduce((sum, s) => sum + s.value, 0);
}

const has = (samples: Sample[], name: string) => samples.some((s) => s.name === name || s.name.startsWith(`${name}_`));

const originOf = (url: string) => new URL(url).origin;
/** Its operation name is what the gateway's operation metrics are labelled with. */
const CATEGORIES = graphql(`
  query MetricsCategories {
    categories {
      slug
    }
  }
`);

describe("/metrics", () => {
  let supergraph: SupergraphUnderTest;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  }, 60_000);
  afterAll(() => supergraph?.close());

  it("of every service parses, has the runtime and database metrics, and moves when traffic flows", async () => {
    const subgraphs = [...supergraph.subgraphs.entries()].map(([name, s]) => [name, originOf(s.url)] as const);
    const before = new Map<string, Sample[]>();
    for (const [name, origin] of [["gateway", supergraph.origin] as const, ...subgraphs]) {
      const families = await scrape(origin);
      before.set(name, families);
      expect(total(families, "process_cpu_user_seconds_total"), name).toBeGreaterThan(0);
      expect(
        families.find((f) => f.name === "nodejs_eventloop_lag_seconds"),
        name,
      ).toBeDefined();
      if (name !== "gateway")
        expect(
          families.find((f) => f.name === "db_client_connection_count"),
          name,
        ).toBeDefined();
    }

    dataOf(await supergraph.request(CATEGORIES));
    const email = `metrics-${Date.now()}@example.com`;
    dataOf(await supergraph.request(REGISTER, { input: { email, password: "a long passphrase here", name: "Mo" } }));
    await supergraph.settled();

    const gateway = await scrape(supergraph.origin);
    const ok = { graphql_operation_name: "MetricsCategories", graphql_operation_type: "query", outcome: "ok" };
    expect(total(gateway, "graphql_server_operation_duration_seconds", ok)).toBe(
      total(before.get("gateway")!, "graphql_server_operation_duration_seconds", ok) + 1,
    );
    expect(
      total(gateway, "gateway_subgraph_request_duration_seconds", { subgraph: "products", outcome: "ok" }),
    ).toBeGreaterThan(
      total(before.get("gateway")!, "gateway_subgraph_request_duration_seconds", {
        subgraph: "products",
        outcome: "ok",
      }),
    );
    expect(
      total(gateway, "http_server_request_duration_seconds", {
        http_route: "/graphql",
        http_response_status_code: "200",
      }),
    ).toBeGreaterThan(0);
    expect(has(gateway, "gateway_websocket_connections")).toBe(true);

    const products = await scrape(originOf(supergraph.subgraphs.get("products")!.url));
    expect(total(products, "graphql_server_operation_duration_seconds", { outcome: "ok" })).toBeGreaterThan(
      total(before.get("products")!, "graphql_server_operation_duration_seconds", { outcome: "ok" }),
    );
    // The welcome event: published from users' outbox, handled once by notifications.
    const users = await scrape(originOf(supergraph.subgraphs.get("users")!.url));
    expect(total(users, "outbox_events_published_total")).toBeGreaterThan(
      total(before.get("users")!, "outbox_events_published_total"),
    );
    expect(total(users, "outbox_events_unpublished")).toBe(0);
    const notifications = await scrape(originOf(supergraph.subgraphs.get("notifications")!.url));
    const handled = { event_type: "user.registered", outcome: "handled" };
    expect(total(notifications, "messaging_process_messages_total", handled)).toBe(
      total(before.get("notifications")!, "messaging_process_messages_total", handled) + 1,
    );
    expect(total(notifications, "messaging_process_lag_seconds")).toBeGreaterThan(0);
    // A checkout of an empty cart is counted by its outcome.
    const shopper = testAccessToken();
    const refused = await supergraph.client(shopper)(PLACE_ORDER, {
      input: {
        idempotencyKey: `metrics-${Date.now()}`,
        shippingAddress: { name: "Mo", line1: "1 Gauge Rd", city: "Oslo", postalCode: "0150", country: "NO" },
      },
    });
    expect(dataOf(refused).placeOrder.userErrors.map((error) => error.code)).toEqual(["CART_EMPTY"]);
    const orders = await scrape(originOf(supergraph.subgraphs.get("orders")!.url));
    expect(total(orders, "orders_checkout_total", { outcome: "CART_EMPTY" })).toBe(
      total(before.get("orders")!, "orders_checkout_total", { outcome: "CART_EMPTY" }) + 1,
    );
    // ...and its two mails went out: the welcome and the link to verify the address.
    expect(total(notifications, "mail_messages_total", { outcome: "sent" })).toBe(
      total(before.get("notifications")!, "mail_messages_total", { outcome: "sent" }) + 2,
    );
  });

  it("names in the alert rules and the Grafana dashboard only metrics the services serve", async () => {
    // Every family a service declares (`# TYPE name kind`), counted or not yet.
    const served = new Set<string>();
    for (const origin of [supergraph.origin, ...[...supergraph.subgraphs.values()].map((s) => originOf(s.url))]) {
      const text = await (await fetch(`${origin}/metrics`)).text();
      for (const [, name] of text.matchAll(/^# TYPE (\S+) /gm)) served.add(name!);
    }
    const root = join(import.meta.dirname, "../..");
    const alerts = readFileSync(join(root, "docker/prometheus/alerts.yml"), "utf8");
    const dashboard = JSON.parse(readFileSync(join(root, "docker/grafana/dashboards/shopgraph.json"), "utf8")) as {
      panels: { targets: { expr: string }[] }[];
    };
    const queries = [alerts, ...dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr))];
    // Every metric is written `name{...}` in them, so it can be told from PromQL's own words.
    const named = new Set(
      queries.flatMap((query) => [...query.matchAll(/([a-z_:][a-z0-9_:]*)\{/g)].map(([, name]) => name!)),
    );
    const ours = [...named].filter((name) => !name.startsWith("rabbitmq_") && name !== "up");
    expect(ours.length).toBeGreaterThan(10);
    for (const name of ours) {
      expect(served.has(name) || served.has(name.replace(/_(bucket|count|sum)$/, "")), name).toBe(true);
    }
  });

  it("tells at most 200 operation names apart: a client cannot grow the registry without end", async () => {
    // Operation names made up on the fly, as a hostile client would: strings, not typed documents.
    await Promise.all(
      Array.from({ length: 230 }, (_, i) => supergraph.request(`query Op${i} { categories { slug } }`)),
    );
    // A name no person writes (it would repeat on every series at every scrape) is "other" at once.
    const long = `L${"o".repeat(5_000)}ng`;
    await supergraph.request(`query ${long} { categories { slug } }`);
    const names = new Set(
      (await scrape(supergraph.origin))
        .filter((s) => s.name === "graphql_server_operation_duration_seconds_count")
        .map((s) => s.labels["graphql_operation_name"]),
    );
    // 200 names, and "anonymous" and "other".
    expect(names.size).toBeLessThanOrEqual(202);
    expect(names).toContain("other");
    expect([...names].some((name) => (name?.length ?? 0) > 64)).toBe(false);
    // 231 operations the gateway has never seen, each parsed, costed and planned: on two loaded
    // cores that alone came near the default 15 s bound.
  }, 60_000);

  it("is not served by a production gateway without METRICS_TOKEN, and only to its bearer with one", async () => {
    const open = await supergraph.startGateway({ NODE_ENV: "production" });
    expect((await fetch(`${originOf(open.url)}/metrics`)).status).toBe(404);

    const guarded = await supergraph.startGateway({ NODE_ENV: "production", METRICS_TOKEN: "scrape-me-please" });
    const origin = originOf(guarded.url);
    expect((await fetch(`${origin}/metrics`)).status).toBe(401);
    expect((await fetch(`${origin}/metrics`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    const families = await scrape(origin, { authorization: "Bearer scrape-me-please" });
    expect(total(families, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
    // The API itself is unaffected (production takes documents from callers with a token).
    const token = testAccessToken();
    expect((await graphqlRequest(guarded.url, CATEGORIES, {}, { token })).status).toBe(200);
  });
});
