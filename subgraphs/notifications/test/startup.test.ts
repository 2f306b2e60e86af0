import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "vitest";
import { createLogger, deleteConsumerTopology } from "@shopgraph/common";
import { expectFailedStartToLeaveNothing, takenPort } from "@shopgraph/common/testing";
import { NOTIFICATION_BINDINGS, startNotificationsSubgraph } from "../src/server.js";
import { testNotificationsConfig } from "./harness.js";

test("a port already in use: the start fails and leaves no consumer, dispatcher or mail sink running", async () => {
  const sink = await takenPort();
  await sink.release();
  const mailDir = await mkdtemp(join(tmpdir(), "notifications-mail-"));
  try {
    await expectFailedStartToLeaveNothing({
      amqp: true,
      config: ({ port, amqpUrl }) => {
        const defaults = testNotificationsConfig({ smtpUrl: undefined, dir: mailDir });
        return {
          ...defaults,
          port,
          events: { ...defaults.events, amqpUrl },
          mail: { ...defaults.mail, sinkPort: sink.port },
        };
      },
      start: (config) => startNotificationsSubgraph(config, { log: createLogger("notifications", config.logLevel) }),
      // The embedded mail sink let go of its port.
      check: async () => {
        const again = await takenPort(sink.port);
        await again.release();
      },
      deleteTopology: (channel, config) =>
        deleteConsumerTopology(channel, { ...config.events, bindings: NOTIFICATION_BINDINGS }),
    });
  } finally {
    await rm(mailDir, { recursive: true, force: true });
  }
}, 30_000);
