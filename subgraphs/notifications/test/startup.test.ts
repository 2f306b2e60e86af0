import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { createLogger, deleteConsumerTopology } from "@shopgraph/platform";
import { dropDatabase, eventually, openConnections, takenPort, testAmqpUser, testChannel } from "@shopgraph/testing";
import { NOTIFICATION_BINDINGS, startNotificationsSubgraph } from "../src/server.js";
import { testNotificationsConfig } from "./harness.js";

test("a port already in use: the start fails and leaves no consumer, dispatcher or mail sink running", async () => {
  const taken = await takenPort();
  const sink = await takenPort();
  await sink.release();
  const broker = await testAmqpUser();
  const mailDir = await mkdtemp(join(tmpdir(), "notifications-mail-"));
  const defaults = testNotificationsConfig({ smtpUrl: undefined, dir: mailDir });
  const config = {
    ...defaults,
    port: taken.port,
    events: { ...defaults.events, amqpUrl: broker.url },
    mail: { ...defaults.mail, sinkPort: sink.port },
  };
  try {
    await expect(
      startNotificationsSubgraph(config, { log: createLogger("notifications", config.logLevel) }),
    ).rejects.toMatchObject({ code: "EADDRINUSE" });
    await eventually(async () => (await openConnections(config.databaseUrl)) === 0);
    await eventually(async () => (await broker.connections()) === 0);
    // The embedded mail sink let go of its port.
    const again = await takenPort(sink.port);
    await again.release();
  } finally {
    await taken.release();
    await broker.remove();
    await dropDatabase(config.databaseUrl);
    await rm(mailDir, { recursive: true, force: true });
    const channel = await testChannel();
    await deleteConsumerTopology(channel.channel, { ...config.events, bindings: NOTIFICATION_BINDINGS });
    await channel.channel.deleteExchange(config.events.exchange);
    await channel.close();
  }
}, 30_000);
