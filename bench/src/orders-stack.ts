/**
 * What the checkout and subscriptions scenarios run on: products and orders in child processes
 * that count their SQL statements (see counted-subgraph.ts), over fresh databases and a fresh
 * event exchange, and the gateway from the committed supergraph in front of them. users and
 * notifications are not started: tokens are signed here as users would sign them.
 */
import { fork, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { Role } from "@shopgraph/kernel";
import { requestPath, signAccessToken, signatureHeaders } from "@shopgraph/platform";
import { startService, stopServices, type Service } from "../../scripts/dist/processes.js";
import { freePort } from "@shopgraph/testing";
import { ROOT } from "../../scripts/dist/supergraph.js";
import { ORDERS_RETRY_DELAYS_MS } from "../../subgraphs/orders/dist/events/retry-delays.js";
import { RETRY_DELAYS_MS as GATEWAY_RETRY_DELAYS_MS } from "../../gateway/dist/revocation/consumer.js";
import { accessTokenKeyPair, removeEventsTopology } from "./stack-setup.js";

/** The stack's REQUEST_SIGNING_SECRET, which `post` signs with too. */
const SIGNING_SECRET = randomBytes(32).toString("hex");

export const POSTGRES_URL = process.env["POSTGRES_URL"] ?? "postgres://postgres@127.0.0.1:5432";

/** Where every bench order ships. */
export const ADDRESS = {
  name: "Bench Shopper",
  line1: "1 Loopback Way",
  city: "Localhost",
  postalCode: "12345",
  country: "US",
};

export async function post<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const body = JSON.stringify({ query, variables });
  // Signed as the gateway signs: the bench seeds the catalog through products directly.
  const signature = signatureHeaders(SIGNING_SECRET, { method: "POST", path: requestPath(url), body });
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...signature,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
  const answer = (await response.json()) as { data?: T; errors?: unknown[] };
  if (response.status !== 200 || answer.errors || !answer.data) {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(answer.errors)}`);
  }
  return answer.data;
}

/** The retry queues' delays of orders' and the gateway's consumers (their names are numbered by them). */
export { GATEWAY_RETRY_DELAYS_MS, ORDERS_RETRY_DELAYS_MS };

/** Ports for the stack's processes: the tests' picker, which keeps out of the kernel's ephemeral range. */
export { freePort };

/**
 * `--cpu-prof` into $BENCH_CPU_PROFILE for every process the stack starts, when it is set; with
 * BENCH_PERF_MAP=true, `--perf-basic-prof` (a map of JIT code for `perf record`, which samples
 * only time spent on a CPU, unlike V8's profiler on a machine busy with other work).
 */
const profiling = (): string[] => [
  ...(process.env["BENCH_CPU_PROFILE"] ? ["--cpu-prof", `--cpu-prof-dir=${process.env["BENCH_CPU_PROFILE"]}`] : []),
  ...(process.env["BENCH_PERF_MAP"] === "true" ? ["--perf-basic-prof"] : []),
];

/** A subgraph in a child process that counts its statements (see counted-subgraph.ts). */
export interface CountedSubgraph {
  name: string;
  url: string;
  child: ChildProcess;
  statements(): Promise<{ statements: number; relayStatements: number }>;
  /** Its open GraphQL subscriptions. */
  subscriptions(): Promise<number>;
}

export async function startCounted(name: string, env: Record<string, string>): Promise<CountedSubgraph> {
  const child = fork(join(ROOT, "bench/dist/counted-subgraph.js"), [], {
    env: { ...env, SUBGRAPH: name },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    execArgv: profiling(),
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${name} exited (${code}) while starting`)));
    child.on("message", (message: { ready?: string }) => message.ready && resolve(message.ready));
  });
  /** Asks the child over IPC; resolves with its first answer that carries the `question` key. */
  const ask = <T extends object>(question: string) =>
    new Promise<T>((resolve) => {
      const listener = (message: T) => {
        if (!(question in message)) return;
        child.off("message", listener);
        resolve(message);
      };
      child.on("message", listener);
      child.send(question);
    });
  return {
    name,
    url,
    child,
    statements: async () => {
      const answer = await ask<{ statements: number; relayStatements?: number }>("statements");
      return { statements: answer.statements, relayStatements: answer.relayStatements ?? 0 };
    },
    subscriptions: async () => (await ask<{ subscriptions: number }>("subscriptions")).subscriptions,
  };
}

export async function stopCounted(subgraph: CountedSubgraph): Promise<void> {
  if (subgraph.child.exitCode !== null) return;
  const exited = new Promise((resolve) => subgraph.child.once("exit", resolve));
  subgraph.child.kill("SIGTERM");
  await exited;
}

export interface OrdersStack {
  products: CountedSubgraph;
  orders: CountedSubgraph;
  gateway: Service;
  gatewayUrl: string;
  databases: { products: string; orders: string };
  /** An access token for `userId`, signed with the stack's own key. */
  token(userId: string, role?: Role): string;
  /** The gateway's memory right after a full garbage collection (see memory-probe.ts). */
  gatewayMemory(): Promise<NodeJS.MemoryUsage>;
  /** Stops every process and drops the databases. */
  stop(): Promise<void>;
}

/** Starts the stack; `label` names its databases and exchange (`bench_<label>_...`). */
export async function startOrdersStack(label: string): Promise<OrdersStack> {
  const { privateKey, publicKey } = accessTokenKeyPair();
  const suffix = randomBytes(4).toString("hex");
  const databases = {
    products: `${POSTGRES_URL}/bench_${label}_products_${suffix}`,
    orders: `${POSTGRES_URL}/bench_${label}_orders_${suffix}`,
  };
  const base: Record<string, string> = {
    PATH: process.env["PATH"] ?? "",
    NODE_ENV: "production",
    // The bench sends its own documents, as an API client would (production refuses anonymous ones).
    OPERATIONS: "any",
    LOG_LEVEL: "warn",
    HOST: "127.0.0.1",
    JWT_PUBLIC_KEY: publicKey,
    SERVICE_TOKEN_SECRET: randomBytes(32).toString("hex"),
    REQUEST_SIGNING_SECRET: SIGNING_SECRET,
    POSTGRES_URL,
    AMQP_URL: process.env["AMQP_URL"] ?? "amqp://guest:guest@127.0.0.1:5672",
    EVENTS_EXCHANGE: `bench.${label}.${suffix}`,
    // Orders' queue of users' events: this stack's own, removed when it stops.
    ORDERS_QUEUE: `bench.${label}.${suffix}.orders`,
    // The gateway's queue (session revocations, cache purges): this stack's own too.
    GATEWAY_QUEUE: `bench.${label}.${suffix}.gateway`,
    // Its own rate-limit budgets: every gateway on the machine shares one Redis, and another
    // stack's load from 127.0.0.1 would otherwise spend this one's address budget (429s).
    REDIS_KEY_PREFIX: `bench:${label}:${suffix}:`,
    APOLLO_TELEMETRY_DISABLED: "true",
    // Statement texts and counts per subgraph (see counted-subgraph.ts), when asked for.
    ...(process.env["BENCH_SQL_LOG"] ? { BENCH_SQL_LOG: process.env["BENCH_SQL_LOG"] } : {}),
    // Session settings for every Postgres connection of the services (libpq's PGOPTIONS), to try one.
    ...(process.env["PGOPTIONS"] ? { PGOPTIONS: process.env["PGOPTIONS"] } : {}),
  };
  const counted: CountedSubgraph[] = [];
  const services: Service[] = [];
  const memoryFile = join(tmpdir(), `bench-${label}-${suffix}-gateway-memory.json`);
  const stop = async () => {
    rmSync(memoryFile, { force: true });
    await stopServices(services);
    await Promise.all(counted.reverse().map(stopCounted));
    const client = new pg.Client({ connectionString: `${POSTGRES_URL}/postgres` });
    await client.connect();
    for (const url of Object.values(databases)) {
      await client.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    }
    await client.end();
    await removeEventsTopology(base["AMQP_URL"]!, base["EVENTS_EXCHANGE"]!, [
      { queue: base["ORDERS_QUEUE"]!, retryDelaysMs: ORDERS_RETRY_DELAYS_MS },
      { queue: base["GATEWAY_QUEUE"]!, retryDelaysMs: GATEWAY_RETRY_DELAYS_MS },
    ]);
  };
  try {
    const products = await startCounted("products", {
      ...base,
      PORT: String(await freePort()),
      PRODUCTS_DATABASE_URL: databases.products,
    });
    counted.push(products);
    const orders = await startCounted("orders", {
      ...base,
      PORT: String(await freePort()),
      ORDERS_DATABASE_URL: databases.orders,
      PRODUCTS_URL: products.url,
    });
    counted.push(orders);
    const gatewayPort = await freePort();
    const gateway = startService(
      "gateway",
      join(ROOT, "gateway/dist/server.js"),
      {
        ...base,
        PORT: String(gatewayPort),
        PRODUCTS_URL: products.url,
        ORDERS_URL: orders.url,
        BENCH_MEMORY_FILE: memoryFile,
      },
      9,
      ["--expose-gc", "--import", join(ROOT, "bench/dist/memory-probe.js"), ...profiling()],
    );
    services.push(gateway);
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    for (let ready = false; !ready;) {
      ready = await post(gatewayUrl, "{ __typename }", {}).then(
        () => true,
        () => new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 100)),
      );
    }
    const token = (userId: string, role: Role = Role.CUSTOMER) =>
      signAccessToken(privateKey, "shopgraph", { userId, role, sessionId: randomUUID() }, 3_600);
    const gatewayMemory = async () => {
      rmSync(memoryFile, { force: true });
      gateway.child.kill("SIGUSR2");
      for (let waited = 0; !existsSync(memoryFile); waited += 20) {
        if (waited > 10_000) throw new Error("the gateway did not report its memory");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      return JSON.parse(readFileSync(memoryFile, "utf8")) as NodeJS.MemoryUsage;
    };
    return { products, orders, gateway, gatewayUrl, databases, token, gatewayMemory, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
