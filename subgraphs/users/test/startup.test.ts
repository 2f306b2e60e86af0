import { test } from "vitest";
import { createLogger } from "@shopgraph/common";
import { expectFailedStartToLeaveNothing } from "@shopgraph/common/testing";
import { startUsersSubgraph } from "../src/server.js";
import { testUsersConfig } from "./harness.js";

// The relay's LISTEN connection and the ORM's pool are gone, and so is the relay's broker connection.
test("a port already in use: the start fails and leaves no outbox relay running", async () => {
  await expectFailedStartToLeaveNothing({
    amqp: true,
    config: ({ port, amqpUrl }) => {
      const defaults = testUsersConfig({ port });
      return { ...defaults, events: { ...defaults.events, amqpUrl } };
    },
    start: (config) => startUsersSubgraph(config, { log: createLogger("users", config.logLevel) }),
  });
}, 30_000);
