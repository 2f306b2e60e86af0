import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, type Logger } from "@shopgraph/platform";
import {
  dropDatabase,
  eventually,
  freshDatabaseUrl,
  graphqlClient,
  graphqlRequester,
  settled,
  testChannel,
  testServiceEnv,
  uniqueName,
  type GraphQLClient,
  type GraphQLRequester,
} from "@shopgraph/testing";
import { Redis } from "ioredis";
import { loadSubgraphPackage, readSupergraphConfig, type RunningSubgraph } from "../../scripts/src/supergraph.js";
import { readGatewayConfig } from "../src/config.js";
import { startGateway, type RunningGateway } from "../src/server.js";

export type Env = Record<string, string>;

export interface SupergraphOptions {
  /** Extra env for every subgraph (e.g. ADMIN_EMAIL, SEED_DEMO_CATALOG). */
  subgraphEnv?: Env;
  /** Extra env for the gateway (limits, NODE_ENV, a subgraph URL override). */
  gatewayEnv?: Env;
  /** Each service's logger (tests that read the logs); `createLogger` at TEST_LOG_LEVEL otherwise. */
  logger?: (service: string) => Logger;
}

export interface SupergraphUnderTest {
  gateway: RunningGateway;
  /** The gateway's `/graphql`. */
  url: string;
  /** The gateway's origin, for /health, /ready, images and the shop. */
  origin: string;
  subgraphs: Map<string, RunningSubgraph>;
  /** Each subgraph's database URL by subgraph name, for tests that set up rows directly. */
  databaseUrls: ReadonlyMap<string, string>;
  /** A client of the gateway for `token`, or an anonymous one. */
  client(token?: string): GraphQLClient;
  request: GraphQLRequester;
  /** Another gateway over the same subgraphs, with more env (closed with the rest). */
  startGateway(env: Env): Promise<RunningGateway>;
  /** Stops one subgraph (a later close() does not stop it twice). */
  stopSubgraph(name: string): Promise<void>;
  /** Stops a subgraph and starts it again on the same port, database and queues; `whileDown` runs in between. */
  restartSubgraph(name: string, whileDown?: () => Promise<void>): Promise<RunningSubgraph>;
  /** One more instance of a subgraph (same database, exchange and config, its own port); closed with the rest. */
  startInstance(name: string): Promise<RunningSubgraph>;
  /**
   * Waits until every subgraph's outbox is drained, the subgraphs' and gateways' queues are empty
   * and the subgraphs' consumers and mail dispatchers idle: then "nothing more arrives" can be
   * asserted. Orders' live feeds read exclusive queues no other connection may look at; the quiet
   * moment settled() waits covers them.
   */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** `<NAME>_URL` of every running subgraph: how the gateway, and subgraphs calling others, find them. */
function subgraphUrlEnv(running: Map<string, RunningSubgraph>): Env {
  return Object.fromEntries([...running].map(([name, subgraph]) => [`${name.toUpperCase()}_URL`, subgraph.url]));
}

/**
 * A subgraph that consumes events (it exposes `consumer`, or orders' `live` feed) binds its queue
 * once its broker link is up, a moment after it started serving; on this test's fresh exchange an event published
 * before that would be routed nowhere, so the supergraph is ready only once every consumer is.
 */
async function consumersConnected(running: Iterable<RunningSubgraph>): Promise<void> {
  const consumers = [...running]
    .flatMap((subgraph) => {
      const { consumer, live } = subgraph as { consumer?: { connected?: boolean }; live?: { connected?: boolean } };
      return [consumer, live];
    })
    .filter((consumer) => consumer !== undefined);
  await eventually(() => consumers.every((consumer) => consumer.connected === true), 30_000);
}

/** Removes what a test's gateways left in Redis under their prefix. */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379", { lazyConnect: true });
  try {
    await redis.connect();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

/** What a subgraph may run in the background (notifications' consumer and mail dispatcher). */
interface Worker {
  idle(): Promise<void>;
}

/** A consumer's queue and its retry queues: what it has yet to handle (see platform's broker/topology.ts). */
const pendingQueues = (queue: string) => [queue, ...[1, 2, 3, 4, 5].map((n) => `${queue}.retry.${n}`)];
/** Those and its dead-letter queue, and the same of notifications' webhooks queue (`<queue>.webhooks`). */
const queueFamily = (queue: string) =>
  [queue, `${queue}.webhooks`].flatMap((name) => [...pendingQueues(name), `${name}.dead`]);

/**
 * Every subgraph listed in supergraph.yaml, in this process over fresh databases, an event
 * exchange and queues of their own, and a gateway (from the committed schema/supergraph.graphql)
 * in front of them; all on free ports, all removed at close.
 */
export async function startSupergraph(options: SupergraphOptions = {}): Promise<SupergraphUnderTest> {
  const running = new Map<string, RunningSubgraph>();
  const extraInstances: RunningSubgraph[] = [];
  const launchers = new Map<string, (port?: number) => Promise<RunningSubgraph>>();
  const databases: string[] = [];
  const databaseUrls = new Map<string, string>();
  const queues: string[] = [];
  /** The queues of subgraphs that consume events (the others never declare theirs). */
  const consumerQueues: string[] = [];
  const gateways: RunningGateway[] = [];
  const exchange = uniqueName("events");
  // Every gateway of this supergraph shares one Redis keyspace, as instances of one deployment do.
  const redisKeyPrefix = `${uniqueName("gateway")}:`;
  const mailDir = await mkdtemp(join(tmpdir(), "supergraph-mail-"));

  const close = async () => {
    await Promise.all(gateways.map((gateway) => gateway.close()));
    await Promise.all([...running.values(), ...extraInstances].map((subgraph) => subgraph.close()));
    running.clear();
    await Promise.all(databases.map((url) => dropDatabase(url)));
    const broker = await testChannel();
    try {
      for (const queue of queues.flatMap(queueFamily)) await broker.channel.deleteQueue(queue);
      await broker.channel.deleteExchange(exchange);
    } finally {
      await broker.close();
    }
    await rm(mailDir, { recursive: true, force: true });
    await deleteRedisKeys(redisKeyPrefix);
  };

  try {
    for (const { name } of readSupergraphConfig().subgraphs) {
      const module = await loadSubgraphPackage(name);
      const databaseUrl = freshDatabaseUrl(name);
      databases.push(databaseUrl);
      databaseUrls.set(name, databaseUrl);
      const queue = uniqueName(name);
      queues.push(queue);
      const env = {
        ...testServiceEnv(),
        // Subgraphs that call another one (orders -> products) find it at <NAME>_URL.
        ...subgraphUrlEnv(running),
        [`${name.toUpperCase()}_DATABASE_URL`]: databaseUrl,
        // Consumers read <NAME>_QUEUE; so parallel test files never take each other's events.
        [`${name.toUpperCase()}_QUEUE`]: queue,
        EVENTS_EXCHANGE: exchange,
        MAIL_DIR: mailDir,
        // Order mail goes at once, each status on its own; a test of the held confirmation sets it.
        ORDER_CONFIRMATION_HOLD_MS: "0",
        // The subgraphs started before this one (orders calls this products, not one on 4002).
        ...Object.fromEntries([...running].map(([started, { url }]) => [`${started.toUpperCase()}_URL`, url])),
        ...options.subgraphEnv,
      };
      const config = module.readConfig(env);
      const launch = (port?: number) =>
        module.start(port === undefined ? config : { ...config, port }, {
          log: options.logger?.(name) ?? createLogger(name, env["LOG_LEVEL"]),
        });
      launchers.set(name, launch);
      const subgraph = await launch();
      running.set(name, subgraph);
      if ("consumer" in subgraph) consumerQueues.push(queue);
    }
    await consumersConnected(running.values());
    const subgraphUrls = subgraphUrlEnv(running);
    // Its gateways share one queue, as instances of one deployment do.
    const gatewayQueue = uniqueName("gateway");
    queues.push(gatewayQueue);
    const launch = async (env: Env) => {
      const config = readGatewayConfig({
        ...testServiceEnv(),
        REDIS_KEY_PREFIX: redisKeyPrefix,
        EVENTS_EXCHANGE: exchange,
        GATEWAY_QUEUE: gatewayQueue,
        ...subgraphUrls,
        ...env,
      });
      const gateway = await startGateway(config, {
        log: options.logger?.("gateway") ?? createLogger("gateway", config.logLevel),
      });
      gateways.push(gateway);
      // It consumes only while its Redis answers: one given an unreachable Redis never does.
      if (env["REDIS_URL"] === undefined) await eventually(() => gateway.revocationConnected(), 30_000);
      return gateway;
    };
    const gateway = await launch(options.gatewayEnv ?? {});
    return {
      gateway,
      url: gateway.url,
      origin: new URL(gateway.url).origin,
      subgraphs: running,
      databaseUrls,
      client: (token) => graphqlClient(gateway.url, token),
      request: graphqlRequester(gateway.url),
      startGateway: launch,
      async stopSubgraph(name) {
        await running.get(name)?.close();
        running.delete(name);
      },
      async restartSubgraph(name, whileDown) {
        const subgraph = running.get(name);
        if (!subgraph) throw new Error(`${name} is not running`);
        running.delete(name);
        await subgraph.close();
        await whileDown?.();
        const restarted = await launchers.get(name)!(subgraph.port);
        running.set(name, restarted);
        await consumersConnected([restarted]);
        return restarted;
      },
      async startInstance(name) {
        const instance = await launchers.get(name)!(0);
        extraInstances.push(instance);
        await consumersConnected([instance]);
        return instance;
      },
      settled: () =>
        settled({
          outboxes: databases,
          queues: [...consumerQueues, gatewayQueue].flatMap(pendingQueues),
          workers: [...running.values(), ...extraInstances].flatMap((subgraph) => {
            const { consumer, dispatcher } = subgraph as { consumer?: Worker; dispatcher?: Worker };
            return [consumer, dispatcher].filter((worker) => worker !== undefined);
          }),
        }),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
