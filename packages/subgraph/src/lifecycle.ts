import type { Server } from "node:http";
import { createLogger, Metrics, runMain, type Logger, type Worker } from "@shopgraph/platform";
import type { BaseConfig } from "./config.js";
import { databasePoolMetrics, openDatabase, type DatabaseOptions, type Orm } from "./database.js";
import { serveSubgraph, type RunningSubgraph, type ServeOptions, type SubgraphContext } from "./server.js";

/** What a subgraph builds over its open database; nothing of it runs yet. */
export interface SubgraphParts<TContext extends SubgraphContext, TExposed extends object> extends Omit<
  ServeOptions<TContext>,
  "name" | "config" | "orm" | "log" | "metrics"
> {
  /** Started in this order once the database is open, before the server listens; stopped in reverse. */
  workers?: Worker[];
  /** What the running subgraph shows besides RunningSubgraph (tests reach its workers through it). */
  expose?: (served: RunningSubgraph) => TExposed;
}

export interface SubgraphDefinition<TContext extends SubgraphContext, TExposed extends object> {
  name: string;
  config: BaseConfig & { databaseUrl: string };
  log: Logger;
  database: Omit<DatabaseOptions, "url" | "logger">;
  /**
   * Builds the subgraph's schema, services and workers over the migrated database. It may run
   * one-time work there (seeding, the admin account) but starts nothing that would outlive a
   * failed start: whatever has to be stopped again is a worker.
   */
  build(orm: Orm, metrics: Metrics): Promise<SubgraphParts<TContext, TExposed>>;
}

/** What every subgraph's start takes besides its config (tests and scripts pass them; a subgraph may add more). */
export interface SubgraphOptions {
  /** Defaults to a logger named after the subgraph at the config's level. */
  log?: Logger;
  /** Sees every SQL statement; tests count statements per request with it. */
  onQuery?: (sql: string) => void;
}

/**
 * A subgraph's `dist/server.js` run as a program: its config from the environment, started,
 * stopped on SIGTERM/SIGINT, and the process ended when it cannot start (platform's runMain).
 */
export async function runSubgraphMain<TConfig>(
  name: string,
  readConfig: () => TConfig,
  start: (config: TConfig, options: { log: Logger }) => Promise<{ close(): Promise<void>; server?: Server }>,
): Promise<void> {
  const log = createLogger(name, process.env["LOG_LEVEL"]);
  await runMain(log, () => start(readConfig(), { log }));
}

/**
 * The one lifecycle of every subgraph: opens its database (created if missing, migrated), builds
 * it, starts its workers in order, then serves it. When any step fails, what was started before
 * it is undone in reverse order (the failed worker's `stop` included) and the error is rethrown;
 * `close` undoes everything the same way: server, then workers last to first, then the database.
 */
export async function startSubgraph<TContext extends SubgraphContext, TExposed extends object = object>(
  definition: SubgraphDefinition<TContext, TExposed>,
): Promise<RunningSubgraph & TExposed> {
  const { name, config, log } = definition;
  const started: { name: string; stop: () => Promise<void> }[] = [];
  /** Stops everything started, last first; one that fails to stop keeps none of the others running. */
  const undo = async (): Promise<unknown> => {
    let firstError: unknown;
    for (const step of started.splice(0).reverse()) {
      try {
        await step.stop();
      } catch (error) {
        log.error({ err: error }, `${name}: stopping ${step.name} failed`);
        firstError ??= error;
      }
    }
    return firstError;
  };

  try {
    const orm = await openDatabase({
      ...definition.database,
      url: config.databaseUrl,
      logger: log,
      migrate: config.migrateOnStart ? "apply" : "verify",
    });
    started.push({ name: "the database", stop: () => orm.close() });
    const metrics = new Metrics(name);
    databasePoolMetrics(metrics, orm);
    const { workers = [], expose, ...serve } = await definition.build(orm, metrics);
    for (const worker of workers) {
      started.push({ name: worker.name, stop: () => worker.stop() });
      await worker.start();
      log.debug(`${name}: ${worker.name} started`);
    }
    const served = await serveSubgraph<TContext>({ ...serve, name, config, log, orm, metrics });
    started.push({ name: "the server", stop: () => served.close() });
    let closing: Promise<void> | undefined;
    const close = async () => {
      const error = await undo();
      if (error) throw error;
    };
    return { ...served, ...(expose?.(served) as TExposed), close: () => (closing ??= close()) };
  } catch (error) {
    await undo();
    throw error;
  }
}
