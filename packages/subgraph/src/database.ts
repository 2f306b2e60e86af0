import { redactUrl } from "@shopgraph/platform";
import { MikroORM, type EntityManager, type Options } from "@mikro-orm/postgresql";
import { ReflectMetadataProvider } from "@mikro-orm/decorators/legacy";
import { Migrator } from "@mikro-orm/migrations";
import type { MigrationObject } from "@mikro-orm/core";
import { StartupError, type Logger, type Metrics } from "@shopgraph/platform";

export type Orm = MikroORM;
export type { EntityManager };

export interface DatabaseOptions {
  url: string;
  entities: NonNullable<Options["entities"]>;
  /** The subgraph's committed migrations, oldest first. */
  migrations: MigrationObject[];
  logger?: Logger;
  /** Sees every SQL statement; tests count statements per request with it. */
  onQuery?: (sql: string) => void;
  poolSize?: number;
  /** `apply` (the default) runs pending migrations; `verify` refuses to open a database that has any. */
  migrate?: "apply" | "verify";
}

export class DatabaseUnreachableError extends StartupError {
  override name = "DatabaseUnreachableError";
}

/** A replica that does not migrate (MIGRATE_ON_START=false) found migrations that have not run yet. */
export class MigrationsPendingError extends StartupError {
  override name = "MigrationsPendingError";
}

export function ormOptions(options: DatabaseOptions): Options {
  return {
    clientUrl: options.url,
    entities: options.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: { migrationsList: options.migrations, transactional: true, allOrNothing: true, snapshot: false },
    // The outbox entity names its NOTIFY trigger, but the diff cannot read back the function the
    // migration gave it: without this, `npm run migration` would drop or recreate the trigger.
    // Functions a migration wrote by hand (products' reserve_stock) are no entity's either: the
    // diff leaves them alone instead of dropping them.
    schemaGenerator: { ignoreTriggers: true, ignoreRoutines: true },
    // Every request forks its own EntityManager; the global one must never hold state.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: options.poolSize ?? 10 },
    onQuery: (sql) => {
      options.onQuery?.(sql);
      return sql;
    },
    ...(options.logger ? { logger: (message: string) => options.logger?.debug(message) } : {}),
  };
}

/**
 * Connects to the subgraph's own database, creating it when missing, and applies the committed
 * migrations (or, with `migrate: "verify"`, fails when any is pending). Fails with the URL it
 * tried (password hidden) when Postgres cannot be reached, and leaves no connection open when it
 * fails.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Orm> {
  const orm = await MikroORM.init(ormOptions(options)).catch((error: unknown) => {
    throw explainConnectionError(error, options.url);
  });
  try {
    await orm.schema.ensureDatabase().catch((error: unknown) => {
      throw explainConnectionError(error, options.url);
    });
    if (options.migrate === "verify") {
      const pending = await orm.migrator.getPending();
      if (pending.length > 0) {
        throw new MigrationsPendingError(
          `${pending.length} migration(s) of ${redactUrl(options.url)} have not run (${pending.map((m) => m.name).join(", ")}): ` +
            "run this release's migration (node dist/migrate.js, the migration Job) or set MIGRATE_ON_START=true.",
        );
      }
    } else {
      await orm.migrator.up();
    }
    return orm;
  } catch (error) {
    await orm.close().catch(() => undefined);
    throw error;
  }
}

function explainConnectionError(error: unknown, url: string): Error {
  const code = (error as { code?: string }).code;
  const reachability = ["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT", "EAI_AGAIN", "28P01", "28000"];
  if (!code || !reachability.includes(code)) return error as Error;
  const reason = code.startsWith("28") ? "authentication failed" : code;
  return new DatabaseUnreachableError(
    `Cannot reach PostgreSQL at ${redactUrl(url)} (${reason}). Start PostgreSQL ` +
      "(here: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or point " +
      "POSTGRES_URL, or this subgraph's <NAME>_DATABASE_URL, at a server that is running.",
    { cause: error },
  );
}

/**
 * The connection pool as OpenTelemetry's `db.client.connection.count` (by state: used, idle) and
 * the requests waiting for a connection, read when Prometheus scrapes.
 */
export function databasePoolMetrics(metrics: Metrics, orm: Orm): void {
  const pool = () =>
    orm.em.getConnection().getNativeClient() as Promise<{
      totalCount: number;
      idleCount: number;
      waitingCount: number;
    }>;
  metrics.gauge(
    "db_client_connection_count",
    "Database connections of this service's pool, by state",
    async (gauge) => {
      // A scrape while the database closes reads nothing rather than failing the whole page.
      const { totalCount, idleCount } = await pool().catch(() => ({ totalCount: 0, idleCount: 0 }));
      gauge.set({ state: "used" }, totalCount - idleCount);
      gauge.set({ state: "idle" }, idleCount);
    },
    ["state"],
  );
  metrics.gauge("db_client_connection_pending_requests", "Requests waiting for a connection", async (gauge) => {
    gauge.set((await pool().catch(() => ({ waitingCount: 0 }))).waitingCount);
  });
}
