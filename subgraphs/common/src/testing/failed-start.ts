import type { Channel } from "amqplib";
import { eventually, TEST_AMQP_URL, testAmqpUser, testChannel } from "./amqp.js";
import { dropDatabase, openConnections } from "./database.js";
import { takenPort } from "./ports.js";

export interface FailedStart<Config extends { databaseUrl: string; events?: { exchange: string } }> {
  /** The subgraph's test config listening on `port` and, if it uses the broker, connecting as `amqpUrl`. */
  config(listen: { port: number; amqpUrl: string }): Config;
  start(config: Config): Promise<{ close(): Promise<void> }>;
  /** Gives it a broker user of its own (`amqpUrl`), so that its AMQP connections can be counted: none may be left. */
  amqp?: boolean;
  /** How soon its database connections must all be closed. */
  connectionsClosedWithinMs?: number;
  /** What else the failed start must have let go of. */
  check?(config: Config): Promise<void>;
  /** Broker state of its own (a consumer's queues) to delete before its exchange. */
  deleteTopology?(channel: Channel, config: Config): Promise<void>;
}

/**
 * Starts a subgraph on a port something already listens on and checks that the start fails with
 * EADDRINUSE and leaves nothing running: no database connection (the ORM's pool, a relay's LISTEN,
 * a sweeper's pass) and, with `amqp`, no broker connection of its workers. The database, the
 * broker user and the subgraph's exchange are removed afterwards, whatever happened.
 */
export async function expectFailedStartToLeaveNothing<
  Config extends { databaseUrl: string; events?: { exchange: string } },
>(subgraph: FailedStart<Config>): Promise<void> {
  const taken = await takenPort();
  const broker = subgraph.amqp ? await testAmqpUser() : undefined;
  const config = subgraph.config({ port: taken.port, amqpUrl: broker?.url ?? TEST_AMQP_URL });
  try {
    const failure = await subgraph.start(config).then(
      async (running) => {
        await running.close();
        return new Error("The start succeeded on a port already in use");
      },
      (err: unknown) => err,
    );
    if ((failure as { code?: unknown } | null)?.code !== "EADDRINUSE") throw failure;
    await eventually(async () => (await openConnections(config.databaseUrl)) === 0, subgraph.connectionsClosedWithinMs);
    if (broker) await eventually(async () => (await broker.connections()) === 0);
    await subgraph.check?.(config);
  } finally {
    await taken.release();
    await broker?.remove();
    await dropDatabase(config.databaseUrl);
    if (broker && config.events) {
      const channel = await testChannel();
      try {
        await subgraph.deleteTopology?.(channel.channel, config);
        await channel.channel.deleteExchange(config.events.exchange);
      } finally {
        await channel.close();
      }
    }
  }
}
