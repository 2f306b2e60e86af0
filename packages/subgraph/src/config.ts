import {
  readAccessTokenKey,
  readRequestSigningSecret,
  readServiceConfig,
  type AccessTokenKeyConfig,
  type EnvReader,
  type ServiceConfig,
} from "@shopgraph/platform";

/** What every subgraph reads, whatever it serves. */
export interface BaseConfig extends ServiceConfig, AccessTokenKeyConfig {
  /** Shared secret for service-to-service tokens (HS256). */
  serviceTokenSecret: string;
  /** Shared secret of the gateway and the subgraphs: every request to a subgraph is signed with it (signing.ts). */
  requestSigningSecret: string;
  /** Local debugging only: serve requests that are not signed (ALLOW_UNSIGNED_REQUESTS). */
  allowUnsignedRequests: boolean;
  /**
   * Apply pending migrations at start (MIGRATE_ON_START, the default). Off, the subgraph only
   * checks that none is pending and refuses to start otherwise: where a migration Job runs them once
   * per release (Kubernetes), replicas starting together do not race to migrate.
   */
  migrateOnStart: boolean;
}

export function readBaseConfig(env: EnvReader, defaultPort: number): BaseConfig {
  return {
    ...readServiceConfig(env, defaultPort),
    ...readAccessTokenKey(env),
    serviceTokenSecret: env.string("SERVICE_TOKEN_SECRET"),
    requestSigningSecret: readRequestSigningSecret(env),
    allowUnsignedRequests: env.bool("ALLOW_UNSIGNED_REQUESTS", false),
    migrateOnStart: env.bool("MIGRATE_ON_START", true),
  };
}

/**
 * The subgraph's own database: `<NAME>_DATABASE_URL` when set, else `<name>_db` on the
 * server named by `POSTGRES_URL`.
 */
export function databaseUrl(env: EnvReader, subgraph: string): string {
  const own = `${subgraph.toUpperCase()}_DATABASE_URL`;
  if (env.optional(own)) return env.url(own, "", ["postgres", "postgresql"]);
  const server = new URL(env.url("POSTGRES_URL", "postgres://postgres@127.0.0.1:5432", ["postgres", "postgresql"]));
  server.pathname = `/${subgraph}_db`;
  return server.toString();
}
