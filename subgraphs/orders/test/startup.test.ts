import { expect, test } from "vitest";
import { createLogger } from "@shopgraph/platform";
import { dropDatabase, eventually, openConnections, takenPort, testAmqpUser, testChannel } from "@shopgraph/testing";
import { startOrdersSubgraph } from "../src/server.js";
import { testOrdersConfig } from "./harness.js";

test("a port already in use: the start fails and leaves no outbox relay, live feed or sweeper running", async () => {
  const taken = await takenPort();
  const broker = await testAmqpUser();
  const defaults = testOrdersConfig("http://127.0.0.1:9/graphql", { port: taken.port, sweepIntervalMs: 20 });
  const config = { ...defaults, events: { ...defaults.events, amqpUrl: broker.url } };
  try {
    await expect(startOrdersSubgraph(config, { log: createLogger("orders", config.logLevel) })).rejects.toMatchObject({
      code: "EADDRINUSE",
    });
    // The relay's LISTEN connection, the sweeper's passes and the ORM's pool are all gone...
    await eventually(async () => (await openConnections(config.databaseUrl)) === 0);
    // ...and so are the relay's and the live feed's broker connections.
    await eventually(async () => (await broker.connections()) === 0);
  } finally {
    await taken.release();
    await broker.remove();
    await dropDatabase(config.databaseUrl);
    const channel = await testChannel();
    await channel.channel.deleteExchange(config.events.exchange);
    await channel.close();
  }
}, 30_000);
