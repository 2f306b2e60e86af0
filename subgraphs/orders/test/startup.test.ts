import { test } from "vitest";
import { createLogger } from "@shopgraph/common";
import { expectFailedStartToLeaveNothing } from "@shopgraph/common/testing";
import { startOrdersSubgraph } from "../src/server.js";
import { testOrdersConfig } from "./harness.js";

// The relay's LISTEN connection, the sweeper's passes and the ORM's pool are all gone, and so are
// the relay's and the live feed's broker connections.
test("a port already in use: the start fails and leaves no outbox relay, live feed or sweeper running", async () => {
  await expectFailedStartToLeaveNothing({
    amqp: true,
    config: ({ port, amqpUrl }) => {
      const defaults = testOrdersConfig("http://127.0.0.1:9/graphql", { port, sweepIntervalMs: 20 });
      return { ...defaults, events: { ...defaults.events, amqpUrl } };
    },
    start: (config) => startOrdersSubgraph(config, { log: createLogger("orders", config.logLevel) }),
  });
}, 30_000);
