import { expect, test } from "vitest";
import { createLogger } from "@shopgraph/platform";
import { dropDatabase, eventually, openConnections, takenPort, testAmqpUser, testChannel } from "@shopgraph/testing";
import { startUsersSubgraph } from "../src/server.js";
import { testUsersConfig } from "./harness.js";

test("a port already in use: the start fails and leaves no outbox relay running", async () => {
  const taken = await takenPort();
  const broker = await testAmqpUser();
  const defaults = testUsersConfig({ port: taken.port });
  const config = { ...defaults, events: { ...defaults.events, amqpUrl: broker.url } };
  try {
    await expect(startUsersSubgraph(config, { log: createLogger("users", config.logLevel) })).rejects.toMatchObject({
      code: "EADDRINUSE",
    });
    // The relay's LISTEN connection and the ORM's pool are gone, and so is the relay's broker connection.
    await eventually(async () => (await openConnections(config.databaseUrl)) === 0);
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
