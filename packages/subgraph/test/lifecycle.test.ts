import { Entity, PrimaryKey } from "@mikro-orm/decorators/legacy";
import { Migration } from "@mikro-orm/migrations";
import { buildSchema } from "graphql";
import pg from "pg";
import { afterEach, expect, test } from "vitest";
import { createLogger, type Worker } from "@shopgraph/platform";
import {
  dropDatabase,
  eventually,
  freshDatabaseUrl,
  openConnections,
  freePort,
  takenPort,
  testBaseConfig,
} from "@shopgraph/testing";
import { startSubgraph, type SubgraphParts } from "../src/lifecycle.js";
import type { SubgraphContext } from "../src/server.js";

@Entity({ tableName: "probes" })
class Probe {
  @PrimaryKey({ type: "int" })
  id!: number;
}

class CreateProbes extends Migration {
  override up(): void {
    this.addSql("create table probes (id int primary key)");
  }
}

const log = createLogger("lifecycle-test", process.env["TEST_LOG_LEVEL"] ?? "silent");
const schema = buildSchema("type Query { hello: String }");
const databases: string[] = [];
afterEach(async () => {
  for (const url of databases.splice(0)) await dropDatabase(url);
});

/** What the workers of one test did, in order. */
type Steps = string[];

/** Where the workers of a test look: the subgraph's database, and its port unless something else holds it. */
interface Where {
  databaseUrl: string;
  port?: number;
}

/**
 * A worker holding a real connection to the subgraph's database from start to stop. At start it
 * reads the migrated table and notes whether the server already answered.
 */
function connectionWorker(
  name: string,
  steps: Steps,
  where: Where,
  failStart = false,
): Worker & { client?: pg.Client } {
  const worker: Worker & { client?: pg.Client } = {
    name,
    async start() {
      const client = new pg.Client({ connectionString: where.databaseUrl, application_name: name });
      worker.client = client;
      await client.connect();
      await client.query("select count(*) from probes");
      const served =
        where.port !== undefined &&
        (await fetch(`http://127.0.0.1:${where.port}/health`).then(
          () => true,
          () => false,
        ));
      steps.push(`start ${name}${served ? " (server already listening)" : ""}`);
      if (failStart) throw new Error(`${name} cannot start`);
    },
    async stop() {
      steps.push(`stop ${name}`);
      await worker.client?.end();
    },
  };
  return worker;
}

async function start(
  workers: (where: Where) => Worker[],
  options: { port?: number; build?: () => Promise<void> } = {},
) {
  const databaseUrl = freshDatabaseUrl("lifecycle");
  databases.push(databaseUrl);
  const port = options.port ?? (await freePort());
  // A port taken by someone else accepts connections and never answers.
  const where = { databaseUrl, port: options.port === undefined ? port : undefined };
  const running = startSubgraph<SubgraphContext>({
    name: "probe",
    config: { ...testBaseConfig({ port, allowUnsignedRequests: true }), databaseUrl },
    log,
    database: { entities: [Probe], migrations: [{ name: "CreateProbes", class: CreateProbes }] },
    async build(): Promise<SubgraphParts<SubgraphContext, object>> {
      await options.build?.();
      return { schema, context: (base) => base, workers: workers(where) };
    },
  });
  return { databaseUrl, port, running };
}

const noConnectionsLeft = (databaseUrl: string) => eventually(async () => (await openConnections(databaseUrl)) === 0);

test("workers start in order once the database is migrated and before the server listens; close undoes it in reverse", async () => {
  const steps: Steps = [];
  const { databaseUrl, port, running } = await start((where) =>
    ["relay", "feed", "sweeper"].map((name) => connectionWorker(name, steps, where)),
  );
  const subgraph = await running;
  expect(steps).toEqual(["start relay", "start feed", "start sweeper"]);
  expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);

  await subgraph.close();
  expect(steps).toEqual(["start relay", "start feed", "start sweeper", "stop sweeper", "stop feed", "stop relay"]);
  await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  await noConnectionsLeft(databaseUrl);
  // Closing twice is closing once.
  await subgraph.close();
  expect(steps).toHaveLength(6);
});

test("a worker that fails to start: it and every worker before it are stopped, later ones never start, the database is closed", async () => {
  const steps: Steps = [];
  const { databaseUrl, running } = await start((where) => [
    connectionWorker("relay", steps, where),
    connectionWorker("feed", steps, where),
    connectionWorker("consumer", steps, where, true),
    connectionWorker("sweeper", steps, where),
  ]);
  await expect(running).rejects.toThrow("consumer cannot start");
  expect(steps).toEqual(["start relay", "start feed", "start consumer", "stop consumer", "stop feed", "stop relay"]);
  await noConnectionsLeft(databaseUrl);
});

test("a port already in use: every worker is stopped and the database closed", async () => {
  const taken = await takenPort();
  try {
    const steps: Steps = [];
    const { databaseUrl, running } = await start(
      (where) => ["relay", "feed"].map((name) => connectionWorker(name, steps, where)),
      { port: taken.port },
    );
    await expect(running).rejects.toMatchObject({ code: "EADDRINUSE" });
    expect(steps).toEqual(["start relay", "start feed", "stop feed", "stop relay"]);
    await noConnectionsLeft(databaseUrl);
  } finally {
    await taken.release();
  }
});

test("one-time work at build that fails closes the database, and no worker starts", async () => {
  const steps: Steps = [];
  const { databaseUrl, running } = await start((where) => [connectionWorker("relay", steps, where)], {
    build: () => Promise.reject(new Error("cannot seed")),
  });
  await expect(running).rejects.toThrow("cannot seed");
  expect(steps).toEqual([]);
  await noConnectionsLeft(databaseUrl);
});

test("a worker that fails to stop keeps none of the others running; close reports its error", async () => {
  const steps: Steps = [];
  const { databaseUrl, running } = await start((where) => {
    const feed = connectionWorker("feed", steps, where);
    const stubborn: Worker = {
      ...feed,
      start: () => feed.start(),
      async stop() {
        await feed.stop();
        throw new Error("feed did not stop cleanly");
      },
    };
    return [connectionWorker("relay", steps, where), stubborn, connectionWorker("sweeper", steps, where)];
  });
  const subgraph = await running;
  await expect(subgraph.close()).rejects.toThrow("feed did not stop cleanly");
  expect(steps.slice(3)).toEqual(["stop sweeper", "stop feed", "stop relay"]);
  await noConnectionsLeft(databaseUrl);
});
