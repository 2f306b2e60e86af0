/**
 * `npm run bench`: requests/s and latency of the same queries sent directly to the products
 * subgraph, through our gateway, and through a plain `@apollo/gateway`, one after the other on
 * loopback. Starts everything itself over fresh databases (dropped at the end) and writes the
 * results to stdout and bench/results/.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { compose, printSubgraphs } from "../../scripts/dist/composition.js";
import {
  GATEWAY_NODE_FLAGS,
  startService,
  stopServices,
  TRACING_NODE_FLAGS,
  type Service,
} from "../../scripts/dist/processes.js";
import { readSupergraphConfig, ROOT } from "../../scripts/dist/supergraph.js";
import { Redis } from "ioredis";
import { catalogStackEnvironment } from "./catalog-environment.js";
import { catalogBodies, measureStaleness, percentile, zipf, type Staleness } from "./catalog-cache.js";
import { FEATURED_SDL } from "./featured-subgraph.js";
import { freePort, GATEWAY_RETRY_DELAYS_MS, ORDERS_RETRY_DELAYS_MS } from "./orders-stack.js";
import { RESULTS, writeResults } from "./results.js";
import { accessTokenKeyPair, removeEventsTopology } from "./stack-setup.js";

/** Seconds per target per round; targets alternate within a round, so a change in the machine's load hits them alike. */
const DURATION_S = Number(process.env["BENCH_DURATION"] ?? 5);
const ROUNDS = Number(process.env["BENCH_ROUNDS"] ?? 3);
const CONNECTIONS = Number(process.env["BENCH_CONNECTIONS"] ?? 16);
const POSTGRES_URL = process.env["POSTGRES_URL"] ?? "postgres://postgres@127.0.0.1:5432";
/** Changes timed from an admin's mutation to the first fresh read through the cached gateway, per kind. */
const STALENESS_SAMPLES = Number(process.env["BENCH_STALENESS_SAMPLES"] ?? 20);
const AMQP_URL = process.env["AMQP_URL"] ?? "amqp://guest:guest@127.0.0.1:5672";
const REDIS_URL = process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379";
/** Only the catalog loads (uniform, mixed) and staleness: the other scenarios are skipped. */
const CATALOG_ONLY = process.env["BENCH_CATALOG_ONLY"] === "true";
/** A word that matches some, not all, of the demo catalog. */
const SEARCH_TERM = process.env["BENCH_QUERY"] ?? "shirt";

const PRODUCT_FIELDS = `id slug name images
  category { slug name }
  priceRange { min { amountCents currency } max { amountCents currency } }
  variants { id sku title quantityAvailable price { amountCents currency } }`;

const SEARCH = `query Search($query: String!) {
  products(first: 20, query: $query) { totalCount nodes { ${PRODUCT_FIELDS} } }
}`;
const FEATURED = `query Featured { featured { ${PRODUCT_FIELDS} } }`;
const BADGES = `query Badges { featured { id badge } }`;
const SEARCH_WITH_BADGE = `query SearchWithBadge($query: String!) {
  products(first: 20, query: $query) { totalCount nodes { ${PRODUCT_FIELDS} badge } }
}`;
const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Product { ${PRODUCT_FIELDS} } }
}`;

async function post(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (response.status !== 200 || body.errors) {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body.errors)}`);
  }
  return body.data ?? {};
}

/** Waits until `url` executes a trivial query (every target, whatever its health routes). */
async function waitForGraphQL(service: Service, url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited while starting`);
    try {
      await post(url, "{ __typename }");
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${service.name} did not answer at ${url}`);
}

interface Measurement {
  scenario: string;
  target: string;
  round: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
  /** CPU milliseconds per request spent by each service process: a figure that other load on the machine disturbs less than requests/s. */
  cpuMsPerRequest: Record<string, number>;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU time of a process so far, in ms (Linux /proc). */
function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

interface Target {
  name: string;
  url: string;
  body: string;
  /** A mixed load: each request's body is `bodies[pick()]` instead of `body`. */
  bodies?: { list: string[]; pick: () => number };
}

const loadOptions = (target: Target) => ({
  url: target.url,
  method: "POST" as const,
  headers: { "content-type": "application/json" },
  body: target.body,
  connections: CONNECTIONS,
  ...(target.bodies
    ? {
        requests: [
          {
            setupRequest: (request: autocannon.Request) => ({
              ...request,
              body: target.bodies!.list[target.bodies!.pick()]!,
            }),
          },
        ],
      }
    : {}),
});

async function measure(scenario: string, target: Target, round: number): Promise<Measurement> {
  const options = loadOptions(target);
  const before = services.map((service) => cpuMs(service.child.pid));
  const result = await autocannon({ ...options, duration: DURATION_S });
  const requests = Math.max(1, result.requests.total);
  const cpuMsPerRequest: Record<string, number> = {};
  services.forEach((service, index) => {
    const used = cpuMs(service.child.pid) - (before[index] ?? 0);
    if (used > 0) cpuMsPerRequest[service.name] = Number((used / requests).toFixed(3));
  });
  return {
    cpuMsPerRequest,
    scenario,
    target: target.name,
    round,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.non2xx + result.timeouts,
  };
}

const services: Service[] = [];
const databases: string[] = [];
/** Where the run's events go, the cached gateway's queue and Redis keyspace: removed at the end. */
const run = randomBytes(4).toString("hex");
const EXCHANGE = `bench-events-${run}`;
const CACHED_QUEUE = `bench-gateway-${run}`;
/** The other gateways' queue (session revocations): shared, as a deployment's instances share theirs. */
const GATEWAYS_QUEUE = `bench-gateways-${run}`;
const CACHED_PREFIX = `bench-${run}:`;
/** Orders' queue of users' events (user.email_verified), removed at the end as the rest. */
const ORDERS_QUEUE = `bench-orders-${run}`;

async function removeEventsAndCache() {
  await removeEventsTopology(AMQP_URL, EXCHANGE, [
    { queue: CACHED_QUEUE, retryDelaysMs: GATEWAY_RETRY_DELAYS_MS },
    { queue: GATEWAYS_QUEUE, retryDelaysMs: GATEWAY_RETRY_DELAYS_MS },
    { queue: ORDERS_QUEUE, retryDelaysMs: ORDERS_RETRY_DELAYS_MS },
  ]);
  const redis = new Redis(REDIS_URL);
  try {
    const keys = await redis.keys(`${CACHED_PREFIX}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

async function dropDatabases() {
  const client = new pg.Client({ connectionString: `${POSTGRES_URL}/postgres` });
  await client.connect();
  try {
    for (const url of databases) {
      await client.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

async function main() {
  const { subgraphs } = readSupergraphConfig();
  if (!subgraphs.some((s) => s.name === "products")) throw new Error("the bench needs the products subgraph");
  const { privateKey, publicKey } = accessTokenKeyPair();
  const base = catalogStackEnvironment({
    privateKey,
    publicKey,
    postgresUrl: POSTGRES_URL,
    exchange: EXCHANGE,
    ordersQueue: ORDERS_QUEUE,
    gatewayQueue: GATEWAYS_QUEUE,
  });
  const width = 9;

  console.log("starting the subgraphs over fresh databases...");
  const urls: Record<string, string> = {};
  await Promise.all(
    subgraphs.map(async ({ name }) => {
      const port = await freePort();
      const databaseUrl = `${POSTGRES_URL}/bench_${name}_${randomBytes(4).toString("hex")}`;
      databases.push(databaseUrl);
      const service = startService(
        name,
        join(ROOT, `subgraphs/${name}/dist/server.js`),
        { ...base, PORT: String(port), [`${name.toUpperCase()}_DATABASE_URL`]: databaseUrl },
        width,
      );
      services.push(service);
      urls[name] = `http://127.0.0.1:${port}/graphql`;
      await waitForGraphQL(service, urls[name]);
    }),
  );
  const productsUrl = urls["products"]!;

  const catalog = (await post(productsUrl, "{ products(first: 20) { nodes { id } } }")) as {
    products: { nodes: Array<{ id: string }> };
  };
  const ids = catalog.products.nodes.map((node) => node.id);
  if (ids.length === 0) throw new Error("the products subgraph has no catalog (SEED_DEMO_CATALOG)");

  const featuredPort = await freePort();
  const featured = startService(
    "featured",
    join(ROOT, "bench/dist/featured-subgraph.js"),
    { ...base, PORT: String(featuredPort), FEATURED_IDS: JSON.stringify(ids) },
    width,
  );
  services.push(featured);
  urls["featured"] = `http://127.0.0.1:${featuredPort}/graphql`;
  await waitForGraphQL(featured, urls["featured"]);

  const printed = await printSubgraphs(subgraphs.map((s) => ({ ...s, routingUrl: urls[s.name]! })));
  const composition = compose([...printed, { name: "featured", url: urls["featured"], sdl: FEATURED_SDL }]);
  if (!composition.ok) throw new Error(composition.errors.join("\n"));
  mkdirSync(RESULTS, { recursive: true });
  const supergraphPath = join(RESULTS, "bench-supergraph.graphql");
  writeFileSync(supergraphPath, composition.supergraphSdl);

  const gatewayPort = await freePort();
  const gateway = startService(
    "gateway",
    join(ROOT, "gateway/dist/server.js"),
    {
      ...base,
      PORT: String(gatewayPort),
      SUPERGRAPH_PATH: supergraphPath,
      ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
    },
    width,
    GATEWAY_NODE_FLAGS,
  );
  // The same gateway traced (every request, then 1 in 100), exporting to a sink that drops it all.
  const sink = await traceSink();
  const tracedGateway = async (label: string, sampler: Record<string, string>) => {
    const port = await freePort();
    const service = startService(
      label,
      join(ROOT, "gateway/dist/server.js"),
      {
        ...base,
        PORT: String(port),
        SUPERGRAPH_PATH: supergraphPath,
        OTEL_EXPORTER_OTLP_ENDPOINT: sink.url,
        OTEL_SERVICE_NAME: label,
        ...sampler,
        ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
      },
      width,
      [...GATEWAY_NODE_FLAGS, ...TRACING_NODE_FLAGS],
    );
    services.push(service);
    return { service, url: `http://127.0.0.1:${port}/graphql` };
  };
  const tracedAll = await tracedGateway("gw-traced", { OTEL_TRACES_SAMPLER: "always_on" });
  const tracedSome = await tracedGateway("gw-1in100", {
    OTEL_TRACES_SAMPLER: "traceidratio",
    OTEL_TRACES_SAMPLER_ARG: "0.01",
  });

  // The same gateway without in-flight de-duplication, to measure what it brings.
  const aloneGatewayPort = await freePort();
  const aloneGateway = startService(
    "gw-alone",
    join(ROOT, "gateway/dist/server.js"),
    {
      ...base,
      PORT: String(aloneGatewayPort),
      SUPERGRAPH_PATH: supergraphPath,
      DEDUPLICATE_SUBGRAPH_REQUESTS: "false",
      ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
    },
    width,
    GATEWAY_NODE_FLAGS,
  );
  // The gateway with its response cache (and de-duplication), on a queue and keyspace of its own.
  const cachedGatewayPort = await freePort();
  const cachedGateway = startService(
    "gw-cached",
    join(ROOT, "gateway/dist/server.js"),
    {
      ...base,
      PORT: String(cachedGatewayPort),
      SUPERGRAPH_PATH: supergraphPath,
      RESPONSE_CACHE: "true",
      REDIS_KEY_PREFIX: CACHED_PREFIX,
      GATEWAY_QUEUE: CACHED_QUEUE,
      ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
    },
    width,
    GATEWAY_NODE_FLAGS,
  );
  const plainPort = await freePort();
  const plain = startService(
    "plain",
    join(ROOT, "bench/dist/plain-gateway.js"),
    { ...base, PORT: String(plainPort), SUPERGRAPH_PATH: supergraphPath, SUBGRAPH_URLS: JSON.stringify(urls) },
    width,
  );
  services.push(gateway, aloneGateway, cachedGateway, plain);
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  const aloneGatewayUrl = `http://127.0.0.1:${aloneGatewayPort}/graphql`;
  const plainUrl = `http://127.0.0.1:${plainPort}/graphql`;
  const cachedUrl = `http://127.0.0.1:${cachedGatewayPort}/graphql`;
  await Promise.all([
    waitForGraphQL(cachedGateway, cachedUrl),
    waitForGraphQL(gateway, gatewayUrl),
    waitForGraphQL(aloneGateway, aloneGatewayUrl),
    waitForGraphQL(tracedAll.service, tracedAll.url),
    waitForGraphQL(tracedSome.service, tracedSome.url),
    waitForGraphQL(plain, plainUrl),
  ]);

  const searchBody = JSON.stringify({ query: SEARCH, variables: { query: SEARCH_TERM } });
  const featuredBody = JSON.stringify({ query: FEATURED });
  const badgeBody = JSON.stringify({ query: SEARCH_WITH_BADGE, variables: { query: SEARCH_TERM } });
  const entitiesBody = JSON.stringify({
    query: ENTITIES,
    variables: { representations: ids.map((id) => ({ __typename: "Product", id })) },
  });

  // Every target must give the same answer before its speed means anything.
  const direct = await post(productsUrl, SEARCH, { query: SEARCH_TERM });
  const hits = (direct["products"] as { nodes: unknown[] }).nodes.length;
  if (hits === 0) throw new Error(`searching for "${SEARCH_TERM}" finds nothing; pick another term`);
  for (const url of [gatewayUrl, aloneGatewayUrl, cachedUrl, tracedAll.url, tracedSome.url, plainUrl]) {
    if (JSON.stringify(await post(url, SEARCH, { query: SEARCH_TERM })) !== JSON.stringify(direct)) {
      throw new Error(`${url} answers the search differently from the subgraph`);
    }
    const hop = (await post(url, FEATURED))["featured"];
    const entities = (await post(productsUrl, ENTITIES, JSON.parse(entitiesBody).variables))["_entities"];
    if (JSON.stringify(hop) !== JSON.stringify(entities)) throw new Error(`${url} answers the hop differently`);
    const badged = (await post(url, SEARCH_WITH_BADGE, { query: SEARCH_TERM }))["products"] as { nodes: object[] };
    if (badged.nodes.length !== hits || !badged.nodes.every((node) => "badge" in node)) {
      throw new Error(`${url} answers the search with badges differently`);
    }
  }

  console.log(
    `measuring: ${ROUNDS} rounds of ${DURATION_S}s per target after 2s of warm-up, ${CONNECTIONS} connections, ${hits} products per search`,
  );
  const measurements: Measurement[] = [];
  const scenarios: Array<{ name: string; direct: string; directUrl?: string; federated: string }> = [
    { name: `search: products(first: 20, query: "${SEARCH_TERM}")`, direct: searchBody, federated: searchBody },
    {
      name: "gateway overhead alone: featured { id badge } from the in-memory subgraph (direct: that subgraph)",
      direct: JSON.stringify({ query: BADGES }),
      directUrl: urls["featured"],
      federated: JSON.stringify({ query: BADGES }),
    },
    {
      name: "entity hop out of products: search, then Product.badge from an in-memory subgraph (direct: the search)",
      direct: searchBody,
      federated: badgeBody,
    },
    {
      name: "entity hop into products: featured from an in-memory subgraph, then products _entities (direct: the _entities query)",
      direct: entitiesBody,
      federated: featuredBody,
    },
  ];
  for (const scenario of CATALOG_ONLY ? [] : scenarios) {
    const targets: Target[] = [
      { name: DIRECT, url: scenario.directUrl ?? productsUrl, body: scenario.direct },
      { name: OURS, url: gatewayUrl, body: scenario.federated },
      { name: OURS_ALONE, url: aloneGatewayUrl, body: scenario.federated },
      { name: OURS_TRACED, url: tracedAll.url, body: scenario.federated },
      { name: OURS_SAMPLED, url: tracedSome.url, body: scenario.federated },
      { name: PLAIN, url: plainUrl, body: scenario.federated },
    ];
    for (const target of targets) await autocannon({ ...loadOptions(target), duration: 2 });
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of targets) measurements.push(await measure(scenario.name, target, round));
    }
  }

  // A shop's catalog traffic: everyone on the same search, then 100 pages and searches, Zipf-distributed.
  const bodies = await catalogBodies(productsUrl, post);
  for (const body of bodies) {
    const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
    const expected = JSON.stringify(await post(productsUrl, query, variables));
    for (const url of [gatewayUrl, cachedUrl]) {
      // Twice through the cached gateway: the second answer comes from its cache.
      for (let i = 0; i < 2; i++) {
        if (JSON.stringify(await post(url, query, variables)) !== expected) {
          throw new Error(`${url} answers ${body} differently from the subgraph`);
        }
      }
    }
  }
  const catalogLoads: Array<{ name: string; body: string; bodies?: Target["bodies"] }> = [
    { name: `${UNIFORM}: every client products(first: 20, query: "${SEARCH_TERM}")`, body: searchBody },
    {
      name: `${MIXED}: ${bodies.length} distinct searches and product pages, Zipf-distributed (s = 1)`,
      body: bodies[0]!,
      bodies: { list: bodies, pick: zipf(bodies.length) },
    },
  ];
  for (const load of catalogLoads) {
    const targets: Target[] = [
      { name: DIRECT, url: productsUrl, body: load.body, ...(load.bodies ? { bodies: load.bodies } : {}) },
      { name: OURS, url: gatewayUrl, body: load.body, ...(load.bodies ? { bodies: load.bodies } : {}) },
      { name: OURS_CACHED, url: cachedUrl, body: load.body, ...(load.bodies ? { bodies: load.bodies } : {}) },
    ];
    for (const target of targets) await autocannon({ ...loadOptions(target), duration: 2 });
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of targets) measurements.push(await measure(load.name, target, round));
    }
  }
  const slug = (JSON.parse(bodies[0]!) as { variables: { slug: string } }).variables.slug;
  const staleness = await measureStaleness(cachedUrl, privateKey, slug, STALENESS_SAMPLES);
  report(measurements, staleness);
}

/** An OTLP/HTTP endpoint that takes every export and keeps nothing. */
async function traceSink(): Promise<{ url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end("{}"));
  });
  server.unref();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

const DIRECT = "direct (subgraph)";
const OURS = "gateway (ours)";
const OURS_ALONE = "gateway (ours), no de-duplication";
const OURS_TRACED = "gateway (ours), traced, every request";
const OURS_SAMPLED = "gateway (ours), traced, 1 in 100";
const PLAIN = "plain @apollo/gateway";
const OURS_CACHED = "gateway (ours), response cache + de-dup";
const UNIFORM = "uniform catalog load";
const MIXED = "mixed catalog load";

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

/** Per target: mean requests/s, median p50 and p99 over the rounds, CPU per request averaged. */
function summarise(rows: Measurement[]) {
  const services = [...new Set(rows.flatMap((row) => Object.keys(row.cpuMsPerRequest)))];
  return {
    requestsPerSecond: Math.round(mean(rows.map((row) => row.requestsPerSecond))),
    p50Ms: median(rows.map((row) => row.p50Ms)),
    p99Ms: median(rows.map((row) => row.p99Ms)),
    failures: rows.reduce((sum, row) => sum + row.failures, 0),
    cpu: services
      .map((name) => [name, mean(rows.map((row) => row.cpuMsPerRequest[name] ?? 0))] as const)
      .filter(([, ms]) => ms >= 0.05)
      .map(([name, ms]) => `${name} ${ms.toFixed(2)}`)
      .join(", "),
  };
}

/** The median over rounds of one target's requests/s divided by another's in the same round. */
function ratio(rows: Measurement[], over: string, under: string): string {
  const perRound = [...new Set(rows.map((row) => row.round))].map((round) => {
    const a = rows.find((row) => row.round === round && row.target === over)?.requestsPerSecond ?? 0;
    const b = rows.find((row) => row.round === round && row.target === under)?.requestsPerSecond ?? 0;
    return b ? a / b : 0;
  });
  return `${median(perRound).toFixed(2)}x (rounds: ${perRound.map((r) => r.toFixed(2)).join(", ")})`;
}

function report(measurements: Measurement[], staleness: Staleness[]) {
  const lines: string[] = [];
  for (const scenario of new Set(measurements.map((m) => m.scenario))) {
    const rows = measurements.filter((m) => m.scenario === scenario);
    lines.push("", scenario);
    lines.push(
      `  ${"target".padEnd(40)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}  failures  CPU ms per request`,
    );
    const catalog = scenario.startsWith(UNIFORM) || scenario.startsWith(MIXED);
    for (const target of catalog
      ? [DIRECT, OURS, OURS_CACHED]
      : [DIRECT, OURS, OURS_ALONE, OURS_TRACED, OURS_SAMPLED, PLAIN]) {
      const row = summarise(rows.filter((m) => m.target === target));
      lines.push(
        `  ${target.padEnd(40)} ${String(row.requestsPerSecond).padStart(8)} ${String(row.p50Ms).padStart(8)} ${String(row.p99Ms).padStart(8)}  ${String(row.failures).padStart(8)}  ${row.cpu}`,
      );
    }
    const failing = [...new Set(rows.filter((row) => row.failures > 0).map((row) => row.target))];
    if (failing.length > 0) lines.push(`  NOT COMPARABLE: requests failed at ${failing.join(", ")}`);
    if (catalog) {
      const target = scenario.startsWith(UNIFORM) ? 3 : 1.5;
      lines.push(`  gateway with response cache / direct: ${ratio(rows, OURS_CACHED, DIRECT)} (target >= ${target}x)`);
      lines.push(`  gateway, cache off / direct: ${ratio(rows, OURS, DIRECT)}`);
      continue;
    }
    lines.push(`  gateway / direct: ${ratio(rows, OURS, DIRECT)}`);
    lines.push(`  gateway / plain @apollo/gateway: ${ratio(rows, OURS, PLAIN)}`);
    lines.push(`  gateway / the same without de-duplication: ${ratio(rows, OURS, OURS_ALONE)}`);
    lines.push(`  traced every request / untraced: ${ratio(rows, OURS_TRACED, OURS)}`);
    lines.push(`  traced 1 in 100 / untraced: ${ratio(rows, OURS_SAMPLED, OURS)}`);
  }
  lines.push(
    "",
    "staleness through the response cache: admin mutation sent -> first read through the gateway that shows it",
  );
  for (const { kind, ms } of staleness) {
    const at = (p: number) => percentile(ms, p).toFixed(1);
    lines.push(
      `  ${kind.padEnd(14)} n=${ms.length}  p50 ${at(50)} ms  p99 ${at(99)} ms  max ${at(100)} ms (target p99 < 1000 ms)`,
    );
  }
  const text = lines.join("\n");
  console.log(text);
  writeResults("", { durationS: DURATION_S, rounds: ROUNDS, connections: CONNECTIONS, measurements, staleness }, text);
}

try {
  await main();
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await stopServices(services);
  await dropDatabases();
  await removeEventsAndCache();
}
