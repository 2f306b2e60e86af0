/**
 * `npm run bench` (protection): normal catalog traffic through the gateway at a steady rate,
 * first alone, then while attackers flood the same gateway with the result-size query (tens of
 * megabytes of answer without the cost limit) and with password guesses (single and 30 aliased
 * logins, each a 32 MiB scrypt unless throttled). Reports the normal traffic's p99 both ways and
 * the share of flood requests the gateway refused before executing them (400 COST_LIMIT_EXCEEDED
 * or 429 RATE_LIMITED), plus how many logins reached the users subgraph.
 *
 * Everything runs as in production (NODE_ENV=production, Redis, real scrypt cost) over fresh
 * databases; clients are told apart by X-Forwarded-For (TRUST_PROXY), as behind a load balancer.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import autocannon from "autocannon";
import { Redis } from "ioredis";
import pg from "pg";
import { startService, stopServices, waitUntilReady, type Service } from "../../scripts/dist/processes.js";
import { ROOT } from "../../scripts/dist/supergraph.js";
import {
  freePort,
  GATEWAY_RETRY_DELAYS_MS,
  POSTGRES_URL,
  post,
  startCounted,
  stopCounted,
  type CountedSubgraph,
} from "./orders-stack.js";
import { runScenario, writeResults } from "./results.js";
import { accessTokenKeyPair, removeEventsTopology } from "./stack-setup.js";
import { round } from "./stats.js";

const DURATION_S = Number(process.env["BENCH_DURATION"] ?? 10);
/** Normal traffic: requests per second, spread over many client addresses. */
const NORMAL_RATE = Number(process.env["BENCH_NORMAL_RATE"] ?? 50);
/** Attackers' connections per flood, each sending as fast as it is answered. */
const FLOOD_CONNECTIONS = Number(process.env["BENCH_FLOOD_CONNECTIONS"] ?? 4);

const CATALOG = `query Catalog($first: Int!) {
  products(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id slug name images inStock category { id name }
      priceRange { min { amountCents currency } max { amountCents currency } } } }
  }
}`;
const RESULT_SIZE_FLOOD =
  "{ products(first:100){ nodes { variants { product { variants { product { variants { product { id } } } } } } } } }";
const VICTIM = "victim@bench.example";
const guesses = (count: number) =>
  `mutation { ${Array.from(
    { length: count },
    (_, i) => `g${i}: login(input: { email: "${VICTIM}", password: "guess ${i}" }) { accessToken }`,
  ).join(" ")} }`;

interface Load {
  requests: number;
  byStatus: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
}

/** One autocannon run; `addresses` X-Forwarded-For values rotate over its requests. */
async function load(
  url: string,
  body: string,
  options: { connections: number; rate?: number; addresses: string },
): Promise<Load> {
  let next = 0;
  const result = await autocannon({
    url,
    method: "POST",
    duration: DURATION_S,
    connections: options.connections,
    ...(options.rate ? { overallRate: options.rate } : {}),
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, "x-forwarded-for": `${options.addresses}.${(next++ % 250) + 1}` },
        }),
      },
    ],
  });
  const byStatus = Object.fromEntries(
    Object.entries(
      (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {},
    ).map(([status, { count }]) => [status, count]),
  );
  return { requests: result.requests.total, byStatus, p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
}

const refusedShare = ({ byStatus }: Load) => {
  const total = Object.values(byStatus).reduce((sum, count) => sum + count, 0);
  const refused = (byStatus["400"] ?? 0) + (byStatus["429"] ?? 0);
  return total === 0 ? 0 : refused / total;
};

async function runProtectionBench(): Promise<void> {
  const { privateKey, publicKey } = accessTokenKeyPair();
  const suffix = randomBytes(4).toString("hex");
  const databases = {
    products: `${POSTGRES_URL}/bench_protection_products_${suffix}`,
    users: `${POSTGRES_URL}/bench_protection_users_${suffix}`,
  };
  const redisKeyPrefix = `bench:protection:${suffix}:`;
  const base: Record<string, string> = {
    PATH: process.env["PATH"] ?? "",
    NODE_ENV: "production",
    // The bench sends its own documents, as an API client would (production refuses anonymous ones).
    OPERATIONS: "any",
    LOG_LEVEL: "error",
    HOST: "127.0.0.1",
    JWT_PUBLIC_KEY: publicKey,
    SERVICE_TOKEN_SECRET: randomBytes(32).toString("hex"),
    REQUEST_SIGNING_SECRET: randomBytes(32).toString("hex"),
    POSTGRES_URL,
    AMQP_URL: process.env["AMQP_URL"] ?? "amqp://guest:guest@127.0.0.1:5672",
    EVENTS_EXCHANGE: `bench.protection.${suffix}`,
    // The gateway's queue (session revocations, cache purges): this run's own, removed at the end.
    GATEWAY_QUEUE: `bench.protection.${suffix}.gateway`,
    APOLLO_TELEMETRY_DISABLED: "true",
  };
  const counted: CountedSubgraph[] = [];
  const services: Service[] = [];
  try {
    const products = await startCounted("products", {
      ...base,
      PORT: String(await freePort()),
      PRODUCTS_DATABASE_URL: databases.products,
      SEED_DEMO_CATALOG: "true",
    });
    counted.push(products);
    const users = await startCounted("users", {
      ...base,
      PORT: String(await freePort()),
      USERS_DATABASE_URL: databases.users,
      JWT_PRIVATE_KEY: privateKey,
    });
    counted.push(users);
    const port = await freePort();
    const gateway = startService(
      "gateway",
      join(ROOT, "gateway/dist/server.js"),
      {
        ...base,
        PORT: String(port),
        PRODUCTS_URL: products.url,
        USERS_URL: users.url,
        REDIS_KEY_PREFIX: redisKeyPrefix,
        TRUST_PROXY: "true",
      },
      9,
    );
    services.push(gateway);
    const url = `http://127.0.0.1:${port}/graphql`;
    await waitUntilReady(gateway, new URL("/health", url).toString());
    await post(
      url,
      `mutation { register(input: { email: "${VICTIM}", password: "the right password", name: "Victim" }) { accessToken } }`,
      {},
    );

    const normalBody = JSON.stringify({ query: CATALOG, variables: { first: 24 } });
    const normal = () => load(url, normalBody, { connections: 8, rate: NORMAL_RATE, addresses: "10.9.0" });
    console.log(`quiet: ${NORMAL_RATE} catalog requests/s for ${DURATION_S} s`);
    const quiet = await normal();
    console.log(
      `flood: the same, with ${FLOOD_CONNECTIONS} connections each of result-size queries, single and 30-alias password guesses`,
    );
    const [flooded, sizeFlood, guessFlood, aliasFlood] = await Promise.all([
      normal(),
      load(url, JSON.stringify({ query: RESULT_SIZE_FLOOD }), { connections: FLOOD_CONNECTIONS, addresses: "10.66.0" }),
      load(url, JSON.stringify({ query: guesses(1) }), { connections: FLOOD_CONNECTIONS, addresses: "10.67.0" }),
      load(url, JSON.stringify({ query: guesses(30) }), { connections: FLOOD_CONNECTIONS, addresses: "10.68.0" }),
    ]);
    const refused = {
      resultSize: round(refusedShare(sizeFlood) * 100, 2),
      guesses: round(refusedShare(guessFlood) * 100, 2),
      aliasedGuesses: round(refusedShare(aliasFlood) * 100, 2),
      all: round(
        (((sizeFlood.byStatus["400"] ?? 0) +
          [sizeFlood, guessFlood, aliasFlood].reduce((sum, run) => sum + (run.byStatus["429"] ?? 0), 0)) /
          Math.max(1, sizeFlood.requests + guessFlood.requests + aliasFlood.requests)) *
          100,
        2,
      ),
    };
    const result = {
      durationS: DURATION_S,
      normalRate: NORMAL_RATE,
      floodConnections: FLOOD_CONNECTIONS,
      quiet,
      flooded,
      p99Ratio: round(flooded.p99Ms / Math.max(quiet.p99Ms, 1), 2),
      floods: { resultSize: sizeFlood, guesses: guessFlood, aliasedGuesses: aliasFlood },
      refusedPercent: refused,
    };
    const text = [
      `normal catalog traffic p99: quiet ${quiet.p99Ms} ms, under flood ${flooded.p99Ms} ms (${result.p99Ratio}x; target <= 1.5x)`,
      `normal traffic answered: quiet ${JSON.stringify(quiet.byStatus)}, under flood ${JSON.stringify(flooded.byStatus)}`,
      `flood requests refused before execution: ${refused.all}% (target >= 99%)`,
      `  result-size query: ${sizeFlood.requests} sent, ${refused.resultSize}% refused ${JSON.stringify(sizeFlood.byStatus)}`,
      `  single guesses:    ${guessFlood.requests} sent, ${refused.guesses}% refused ${JSON.stringify(guessFlood.byStatus)}`,
      `  30-alias guesses:  ${aliasFlood.requests} sent, ${refused.aliasedGuesses}% refused ${JSON.stringify(aliasFlood.byStatus)}`,
    ].join("\n");
    console.log(text);
    writeResults("protection-", result, text);
  } finally {
    await stopServices(services);
    await Promise.all(counted.reverse().map(stopCounted));
    const client = new pg.Client({ connectionString: `${POSTGRES_URL}/postgres` });
    await client.connect();
    for (const database of Object.values(databases)) {
      await client.query(`DROP DATABASE IF EXISTS "${new URL(database).pathname.slice(1)}" WITH (FORCE)`);
    }
    await client.end();
    const redis = new Redis(process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379");
    const keys = await redis.keys(`${redisKeyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await removeEventsTopology(base["AMQP_URL"]!, base["EVENTS_EXCHANGE"]!, [
      { queue: base["GATEWAY_QUEUE"]!, retryDelaysMs: GATEWAY_RETRY_DELAYS_MS },
    ]);
  }
}

if (import.meta.main) await runScenario(runProtectionBench);
