import { expect, test } from "vitest";
import { createLogger } from "@shopgraph/platform";
import { dropDatabase, eventually, openConnections, takenPort } from "@shopgraph/testing";
import { startProductsSubgraph } from "../src/server.js";
import { testProductsConfig } from "./harness.js";

test("a port already in use: the start fails and leaves no database connection open", async () => {
  const taken = await takenPort();
  const config = testProductsConfig({ port: taken.port, seedDemoCatalog: true });
  try {
    await expect(
      startProductsSubgraph(config, { log: createLogger("products", config.logLevel) }),
    ).rejects.toMatchObject({ code: "EADDRINUSE" });
    // Well within the pool's idle timeout (10 s), which would close the connections of an ORM left open too.
    await eventually(async () => (await openConnections(config.databaseUrl)) === 0, 5_000);
  } finally {
    await taken.release();
    await dropDatabase(config.databaseUrl);
  }
}, 30_000);
