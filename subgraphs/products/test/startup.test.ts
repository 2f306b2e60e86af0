import { test } from "vitest";
import { createLogger } from "@shopgraph/common";
import { expectFailedStartToLeaveNothing } from "@shopgraph/common/testing";
import { startProductsSubgraph } from "../src/server.js";
import { testProductsConfig } from "./harness.js";

test("a port already in use: the start fails and leaves no database connection open", async () => {
  await expectFailedStartToLeaveNothing({
    config: ({ port }) => testProductsConfig({ port, seedDemoCatalog: true }),
    start: (config) => startProductsSubgraph(config, { log: createLogger("products", config.logLevel) }),
    // Well within the pool's idle timeout (10 s), which would close the connections of an ORM left open too.
    connectionsClosedWithinMs: 5_000,
  });
}, 30_000);
