/**
 * `npm start`: the whole stack on this machine. Loads (or creates) .env, checks PostgreSQL,
 * starts every subgraph in supergraph.yaml, waits until each is ready, then the gateway.
 * Ctrl-C stops everything. A service that dies once running is started again with a backoff
 * while the others go on serving; one that keeps dying (5 times in a minute) stops everything
 * and this exits non-zero.
 */
import { existsSync } from "node:fs";
import { createConnection } from "node:net";
import { join } from "node:path";
import pg from "pg";
import { adminSummary, loadEnv } from "./env-file.js";
import { GATEWAY_NODE_FLAGS, startService, stopServices, TRACING_NODE_FLAGS, waitUntilReady } from "./processes.js";
import { readSupergraphConfig, ROOT } from "./supergraph.js";
import { Supervisor } from "./supervisor.js";
import { buildWebIfStale } from "./web-build.js";

const startedAt = performance.now();
const seconds = () => ((performance.now() - startedAt) / 1000).toFixed(1);

const { env, created } = loadEnv(join(ROOT, ".env"));
if (created) console.log("created .env with a new key pair, service secret and admin password (kept out of git)");
const postgresUrl = env["POSTGRES_URL"] ?? "postgres://postgres@127.0.0.1:5432";
const amqpUrl = env["AMQP_URL"] ?? "amqp://guest:guest@127.0.0.1:5672";

async function checkPostgres(): Promise<void> {
  const url = new URL(postgresUrl);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const tried = new URL(postgresUrl);
    if (tried.password) tried.password = "***";
    console.error(
      `Cannot reach PostgreSQL at ${tried} (POSTGRES_URL; ${(error as Error).message}).\n` +
        "Start it (on Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)\n" +
        "or set POSTGRES_URL (in .env or the environment) to a server that is running.",
    );
    process.exit(1);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** RabbitMQ being down only delays events (they wait in each outbox), so it is a warning. */
async function checkRabbitMq(): Promise<void> {
  const url = new URL(amqpUrl);
  const reachable = await new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 5672), timeout: 2_000 });
    const done = (reachable: boolean) => {
      socket.destroy();
      resolve(reachable);
    };
    socket
      .once("connect", () => done(true))
      .once("error", () => done(false))
      .once("timeout", () => done(false));
  });
  if (!reachable) {
    console.warn(
      `RabbitMQ does not answer at ${url.host}: events will wait in the outboxes until it does ` +
        "(start it with `rabbitmq-server -detached`, or set AMQP_URL).",
    );
  }
}

await checkPostgres();
await checkRabbitMq();

const { subgraphs } = readSupergraphConfig();
const width = Math.max("gateway".length, ...subgraphs.map((s) => s.name.length));
const supervisors: Supervisor[] = [];
let stopping = false;

async function stopAll(exitCode: number): Promise<never> {
  stopping = true;
  for (const supervisor of supervisors) supervisor.stop();
  await stopServices(supervisors.map((supervisor) => supervisor.service));
  process.exit(exitCode);
}
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

/** Starts a service under a supervisor; resolves once it answers `readyUrl` (a crash before that stops all). */
function launch(
  name: string,
  script: string,
  serviceEnv: Record<string, string>,
  readyUrl: string,
  nodeFlags: string[] = [],
): Promise<void> {
  const flags = [...nodeFlags, ...TRACING_NODE_FLAGS];
  const supervisor = new Supervisor(() => startService(name, join(ROOT, script), serviceEnv, width, flags), {
    restarting(name, reason, delayMs, crashes) {
      if (stopping) return;
      console.error(`${name} stopped unexpectedly (${reason}, crash ${crashes}); starting it again in ${delayMs} ms`);
    },
    gaveUp(name, reason, crashes) {
      if (stopping) return;
      console.error(`${name} stopped unexpectedly (${reason}) ${crashes} times in a minute; stopping everything`);
      void stopAll(1);
    },
  });
  supervisors.push(supervisor);
  return waitUntilReady(supervisor.service, readyUrl);
}

// Subgraphs that call another one (orders -> products) find it where supergraph.yaml routes it.
const routes = Object.fromEntries(subgraphs.map((s) => [`${s.name.toUpperCase()}_URL`, s.routingUrl]));
const shared = { NODE_ENV: "development", ...routes, ...env };
const web = buildWebIfStale(join(ROOT, "web"));
try {
  await Promise.all(
    subgraphs.map((subgraph) => {
      const ready = launch(
        subgraph.name,
        `subgraphs/${subgraph.name}/dist/server.js`,
        {
          SEED_DEMO_CATALOG: "true",
          // Generated photos for the demo catalog, made in the background once products serves.
          SEED_DEMO_MEDIA: "true",
          // Only the gateway (and peers) on this machine call a subgraph; HOST in .env overrides.
          HOST: "127.0.0.1",
          ...shared,
          PORT: String(subgraph.port),
        },
        `http://127.0.0.1:${subgraph.port}/ready`,
      );
      return ready.then(() => console.log(`${subgraph.name} is ready after ${seconds()} s`));
    }),
  );
  const webBuild = await web;
  if (webBuild === "failed") console.warn("the web shop did not build; serving the API only");
  if (webBuild === "built") console.log(`the web shop is built after ${seconds()} s`);
  const gatewayPort = Number(env["GATEWAY_PORT"] ?? 4000);
  await launch(
    "gateway",
    "gateway/dist/server.js",
    { ...shared, PORT: String(gatewayPort) },
    `http://127.0.0.1:${gatewayPort}/ready`,
    GATEWAY_NODE_FLAGS,
  );

  const origin = `http://localhost:${gatewayPort}`;
  const shop = existsSync(join(ROOT, "web/dist/index.html")) ? `${origin}/` : "(not built yet: web/ has no build)";
  const mail = subgraphs.some((s) => s.name === "notifications")
    ? env["SMTP_URL"]
      ? `sent to ${env["SMTP_URL"]}`
      : "caught by the embedded SMTP sink and saved under .data/mail/"
    : undefined;
  const pad = (label: string) => label.padEnd(Math.max(11, width) + 1);
  console.log(
    [
      "",
      `Shopgraph is ready (${seconds()} s).`,
      `  ${pad("shop")}${shop}`,
      `  ${pad("GraphQL")}${origin}/graphql (GraphiQL in the browser: ${origin}/graphiql)`,
      `  ${pad("API docs")}${origin}/docs/`,
      ...subgraphs.map((s) => `  ${pad(s.name)}${s.routingUrl}`),
      `  ${pad("admin")}${adminSummary(env, created)}`,
      ...(mail ? [`  ${pad("mail")}${mail}`] : []),
      "Ctrl-C stops everything.",
      "",
    ].join("\n"),
  );
} catch (error) {
  if (!stopping) {
    console.error((error as Error).message);
    await stopAll(1);
  }
}
