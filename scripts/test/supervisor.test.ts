import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  dropDatabase,
  eventually,
  freshDatabaseUrl,
  graphqlRequest,
  freePort,
  TEST_AMQP_URL,
  testChannel,
  testKeys,
  type GraphQLResponse,
  uniqueName,
} from "@shopgraph/testing";
import { afterEach, describe, expect, it } from "vitest";
import { startService, stopServices, waitUntilReady } from "../src/processes.js";
import { Supervisor, type RestartPolicy, type SupervisorEvents } from "../src/supervisor.js";
import { graphql } from "../../gateway/test/gql/index.js";

// The load on the subgraphs themselves, in fields the public API has too (codegen.ts types every
// scripts test against it).
const CATEGORIES = graphql(`
  query SupervisorCategories {
    categories {
      slug
    }
  }
`);
const PRODUCT_COUNT = graphql(`
  query SupervisorProductCount {
    products(first: 1) {
      totalCount
    }
  }
`);
const TYPENAME = graphql(`
  query SupervisorTypename {
    __typename
  }
`);

const FAST: RestartPolicy = { maxCrashes: 3, windowMs: 60_000, baseDelayMs: 20, maxDelayMs: 1_000 };
const ROOT = resolve(import.meta.dirname, "../..");

/** Every restart and give-up, in order. */
function recorder() {
  const seen: string[] = [];
  const events: SupervisorEvents = {
    restarting: (name, reason, delayMs, crashes) =>
      seen.push(`${name} restarting after ${reason} in ${delayMs} ms (${crashes})`),
    gaveUp: (name, reason, crashes) => seen.push(`${name} given up after ${reason} (${crashes})`),
  };
  return { seen, events };
}

/** A script that exits with code 1 on its first `crashes` starts, then stays up. */
function crashingScript(crashes: number): string {
  const dir = mkdtempSync(join(tmpdir(), "shopgraph-supervisor-"));
  const counter = join(dir, "starts");
  writeFileSync(counter, "0");
  const script = join(dir, "service.mjs");
  writeFileSync(
    script,
    `import { readFileSync, writeFileSync } from "node:fs";
     const starts = Number(readFileSync(${JSON.stringify(counter)}, "utf8")) + 1;
     writeFileSync(${JSON.stringify(counter)}, String(starts));
     if (starts <= ${crashes}) process.exit(1);
     setInterval(() => {}, 1000);`,
  );
  return script;
}

const supervisors: Supervisor[] = [];
afterEach(async () => {
  for (const supervisor of supervisors.splice(0)) {
    supervisor.stop();
    await stopServices([supervisor.service], 2_000);
  }
});

function supervise(name: string, script: string, env: Record<string, string>, events: SupervisorEvents, policy = FAST) {
  const supervisor = new Supervisor(() => startService(name, script, env, 8), events, policy);
  supervisors.push(supervisor);
  return supervisor;
}

describe("the npm start supervisor", () => {
  it("starts a crashed service again, waiting twice as long after each crash", async () => {
    const { seen, events } = recorder();
    const supervisor = supervise("flaky", crashingScript(2), {}, events);
    await eventually(() => supervisor.starts === 3);
    expect(seen).toEqual([
      "flaky restarting after exit code 1 in 20 ms (1)",
      "flaky restarting after exit code 1 in 40 ms (2)",
    ]);
    // The third process stays up: nothing more happens.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(supervisor.service.child.exitCode).toBeNull();
    expect(supervisor.starts).toBe(3);
  });

  it("gives up on a service that keeps crashing", async () => {
    const { seen, events } = recorder();
    const supervisor = supervise("broken", crashingScript(100), {}, events);
    await eventually(() => seen.includes("broken given up after exit code 1 (3)"));
    expect(supervisor.starts).toBe(3);
  });

  it("does not restart a service it was told to stop", async () => {
    const { seen, events } = recorder();
    const supervisor = supervise("steady", crashingScript(0), {}, events);
    supervisor.stop();
    await stopServices([supervisor.service], 2_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([seen, supervisor.starts]).toEqual([[], 1]);
  });

  it("brings a killed subgraph back under load while another subgraph goes on serving", async () => {
    const keys = testKeys();
    const exchange = uniqueName("supervisor");
    const databases = { PRODUCTS: freshDatabaseUrl("sup_products"), USERS: freshDatabaseUrl("sup_users") };
    const shared = {
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      HOST: "127.0.0.1",
      JWT_PUBLIC_KEY: keys.jwtPublicKey,
      JWT_PRIVATE_KEY: keys.jwtPrivateKey,
      SERVICE_TOKEN_SECRET: keys.serviceTokenSecret,
      REQUEST_SIGNING_SECRET: keys.requestSigningSecret,
      AMQP_URL: TEST_AMQP_URL,
      EVENTS_EXCHANGE: exchange,
      SCRYPT_LOG2_N: "10",
      PATH: process.env["PATH"] ?? "",
    };
    const ports = { products: await freePort(), users: await freePort() };
    const { seen, events } = recorder();
    try {
      const products = supervise(
        "products",
        join(ROOT, "subgraphs/products/dist/server.js"),
        { ...shared, PORT: String(ports.products), PRODUCTS_DATABASE_URL: databases.PRODUCTS },
        events,
        { ...FAST, baseDelayMs: 300 },
      );
      const users = supervise(
        "users",
        join(ROOT, "subgraphs/users/dist/server.js"),
        { ...shared, PORT: String(ports.users), USERS_DATABASE_URL: databases.USERS },
        events,
      );
      await waitUntilReady(products.service, `http://127.0.0.1:${ports.products}/ready`);
      await waitUntilReady(users.service, `http://127.0.0.1:${ports.users}/ready`);

      // Load on both: every answer of each service, in order.
      const answers = { products: [] as boolean[], users: [] as boolean[] };
      let load = true;
      const ask = async (
        service: "products" | "users",
        request: (url: string) => Promise<GraphQLResponse<unknown>>,
      ) => {
        while (load) {
          const ok = await request(`http://127.0.0.1:${ports[service]}/graphql`).then(
            (response) => response.status === 200 && !response.errors,
            () => false,
          );
          answers[service].push(ok);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      };
      const running = [
        ask("products", (url) => graphqlRequest(url, CATEGORIES)),
        ask("products", (url) => graphqlRequest(url, PRODUCT_COUNT)),
        ask("users", (url) => graphqlRequest(url, TYPENAME)),
      ];

      await eventually(() => answers.products.filter(Boolean).length > 5);
      products.service.child.kill("SIGKILL");
      await eventually(() => answers.products.some((ok) => !ok));
      await eventually(() => products.starts === 2, 20_000);
      const failedBefore = answers.products.lastIndexOf(false);
      await eventually(() => answers.products.slice(failedBefore + 1).filter(Boolean).length > 5, 20_000);
      load = false;
      await Promise.all(running);

      expect(seen).toEqual(["products restarting after SIGKILL in 300 ms (1)"]);
      expect(answers.users.length).toBeGreaterThan(10);
      expect(answers.users.every(Boolean)).toBe(true);
    } finally {
      for (const supervisor of supervisors.splice(0)) {
        supervisor.stop();
        await stopServices([supervisor.service], 5_000);
      }
      await Promise.all(Object.values(databases).map(dropDatabase));
      const { channel, close } = await testChannel();
      await channel.deleteExchange(exchange).catch(() => undefined);
      await close();
    }
  }, 60_000);
});
