import { randomBytes } from "node:crypto";

export interface CatalogStackNames {
  /** ES256 key pair (PEM): users signs access tokens, everything else verifies them. */
  privateKey: string;
  publicKey: string;
  postgresUrl: string;
  /** This run's own events exchange and queues (removed when it ends). */
  exchange: string;
  ordersQueue: string;
  gatewayQueue: string;
}

/**
 * What every process of the catalog scenario (`run.ts`) starts with: production mode, as
 * deployed, so each one demands its production settings (secrets included, generated here per
 * run). Each process adds its PORT, and each subgraph its database URL.
 */
export function catalogStackEnvironment(names: CatalogStackNames): Record<string, string> {
  return {
    PATH: process.env["PATH"] ?? "",
    NODE_ENV: "production",
    // The bench sends its own documents, as an API client would (production refuses anonymous ones).
    OPERATIONS: "any",
    LOG_LEVEL: "warn",
    HOST: "127.0.0.1",
    JWT_PRIVATE_KEY: names.privateKey,
    JWT_PUBLIC_KEY: names.publicKey,
    SERVICE_TOKEN_SECRET: randomBytes(32).toString("hex"),
    REQUEST_SIGNING_SECRET: randomBytes(32).toString("hex"),
    // Seals partner webhook secrets: notifications refuses to start in production without it.
    WEBHOOK_SECRET_KEY: randomBytes(32).toString("hex"),
    // The bench also loads subgraphs directly (autocannon sends one fixed request, whose signature
    // would expire mid-round), so it opts into unsigned requests as local debugging does.
    ALLOW_UNSIGNED_REQUESTS: "true",
    POSTGRES_URL: names.postgresUrl,
    SEED_DEMO_CATALOG: "true",
    APOLLO_TELEMETRY_DISABLED: "true",
    // This scenario measures throughput; the protection bench measures the limits. Unraised, the
    // per-address budget refuses all but the first few hundred searches of a round (429s), and
    // the in-memory `featured` list, unknown to the cost table, is costed at 100 items.
    MAX_QUERY_COST: "1000000",
    RATE_LIMIT_IP_POINTS: "1000000000",
    RATE_LIMIT_USER_POINTS: "1000000000",
    EVENTS_EXCHANGE: names.exchange,
    ORDERS_QUEUE: names.ordersQueue,
    GATEWAY_QUEUE: names.gatewayQueue,
    // The gateways of the scenarios measured before the response cache existed go without it.
    RESPONSE_CACHE: "false",
  };
}
