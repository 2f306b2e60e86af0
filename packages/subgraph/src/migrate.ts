import { createLogger, envReader, StartupError } from "@shopgraph/platform";
import { databaseUrl } from "./config.js";
import { openDatabase, type DatabaseOptions } from "./database.js";

/**
 * Entry point of a subgraph's `dist/migrate.js`: creates the subgraph's database when missing,
 * applies its pending migrations and exits. It needs only the database's address: the migration
 * Job of a release runs it once, and the Deployments start with MIGRATE_ON_START=false.
 */
export async function migrateMain(
  name: string,
  database: Pick<DatabaseOptions, "entities" | "migrations">,
): Promise<void> {
  const log = createLogger(`${name}-migrate`, process.env["LOG_LEVEL"]);
  try {
    const orm = await openDatabase({ ...database, url: databaseUrl(envReader(), name), logger: log, poolSize: 1 });
    const executed = await orm.migrator.getExecuted();
    await orm.close();
    log.info({ migrations: executed.length }, `${name}: database migrated`);
  } catch (error) {
    if (error instanceof StartupError) log.fatal(error.message);
    else log.fatal({ err: error }, "migration failed");
    process.exitCode = 1;
  }
}
