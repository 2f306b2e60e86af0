import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  ConfigError,
  envReader,
  nodeEnvs,
  parseImageOrigins,
  pemFromEnv,
  readEventsConfig,
  readRequestSigningSecret,
  type Env,
  type NodeEnv,
} from "@shopgraph/platform";
import { Kind, parse, type EnumTypeDefinitionNode, type StringValueNode } from "graphql";
import type { CostConfig } from "./cost/limit.js";
import type { RateLimitConfig } from "./rate-limit/limiter.js";
import type { RedisConfig } from "./redis.js";
import type { RevocationEventsConfig } from "./revocation/consumer.js";

/** The repository root, from gateway/src (tests) as from gateway/dist (node). */
const ROOT = resolve(import.meta.dirname, "../..");

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

export interface RequestLimits {
  maxBodyBytes: number;
  /** Deepest nesting of selection sets, fragments expanded. */
  maxDepth: number;
  /** Aliased fields in an operation, fragments expanded. */
  maxAliases: number;
  /** Field selections in an operation, fragments expanded. */
  maxFields: number;
}

export interface SubscriptionConfig {
  maxSubscriptionsPerConnection: number;
  maxConnectionsPerUser: number;
  /** Ping interval on both legs (client sockets and upstream sockets). */
  keepAliveMs: number;
  /** Reconnect attempts after an upstream subscription socket drops, before clients are told. */
  upstreamRetryAttempts: number;
  /** Events held for a client that reads slower than they come, before it is cut off. */
  bufferedEvents: number;
  /** How long events wait for others to share their entity fetches; 0: those that arrive in the same tick. */
  entityBatchWindowMs: number;
}

export interface GatewayConfig {
  nodeEnv: NodeEnv;
  logLevel: string;
  host: string;
  port: number;
  supergraphSdl: string;
  /** Every subgraph of the supergraph, at its `<NAME>_URL` or the routing URL it was composed with. */
  subgraphs: SubgraphEndpoint[];
  limits: RequestLimits;
  subgraphTimeoutMs: number;
  /** Identical queries in flight at once for the same caller share one subgraph request. */
  deduplicateSubgraphRequests: boolean;
  /** Anonymous queries with PUBLIC answers are cached in Redis, and purged on catalog events. */
  responseCache: boolean;
  /**
   * Bearer token Prometheus sends for /metrics. Unset: /metrics is open outside production and
   * not served in production (the gateway's port is public).
   */
  metricsToken: string | undefined;
  /** The built web shop, served at `/` when the directory exists. */
  webDist: string;
  /** Origins product images may come from besides the shop (IMAGE_ORIGINS): the shop's CSP img-src. */
  imageOrigins: string[];
  /** Verifies the access token a websocket connection brings (HTTP requests are verified by the subgraphs). */
  jwtPublicKey: string;
  jwtIssuer: string;
  /** Signs every request to a subgraph (HTTP and websocket upgrades); the subgraphs refuse anything else. */
  requestSigningSecret: string;
  subscriptions: SubscriptionConfig;
  redis: RedisConfig;
  cost: CostConfig;
  rateLimits: RateLimitConfig;
  /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
  /**
   * Whether /ready waits for every subgraph's own /ready (READY_NEEDS_SUBGRAPHS, the default).
   * Off, it answers for the gateway alone (Redis, draining): where the orchestrator probes each
   * subgraph itself, one subgraph down does not take every gateway out of its Service.
   */
  readyNeedsSubgraphs: boolean;
  /** Where `user.sessions_revoked` comes from. */
  events: RevocationEventsConfig;
}

export function readGatewayConfig(source: Env = process.env): GatewayConfig {
  const env = envReader(source);
  const supergraphPath = env.string("SUPERGRAPH_PATH", resolve(ROOT, "schema/supergraph.graphql"));
  let supergraphSdl: string;
  try {
    supergraphSdl = readFileSync(supergraphPath, "utf8");
  } catch (error) {
    throw new ConfigError(
      `SUPERGRAPH_PATH: cannot read ${supergraphPath} (${(error as Error).message}); run \`npm run compose\``,
    );
  }
  return {
    nodeEnv: env.oneOf("NODE_ENV", nodeEnvs, "development"),
    logLevel: env.oneOf("LOG_LEVEL", ["trace", "debug", "info", "warn", "error", "fatal", "silent"], "info"),
    host: env.string("HOST", "0.0.0.0"),
    port: env.int("PORT", 4000, { min: 0, max: 65535 }),
    supergraphSdl,
    subgraphs: subgraphsOf(supergraphSdl).map(({ name, url }) => ({
      name,
      url: env.url(`${name.toUpperCase()}_URL`, url, ["http", "https"]),
    })),
    limits: {
      maxBodyBytes: env.int("MAX_BODY_BYTES", 100_000, { min: 1_000 }),
      maxDepth: env.int("MAX_QUERY_DEPTH", 12, { min: 2 }),
      maxAliases: env.int("MAX_ALIASES", 30, { min: 0 }),
      maxFields: env.int("MAX_FIELDS", 1_000, { min: 10 }),
    },
    subgraphTimeoutMs: env.int("SUBGRAPH_TIMEOUT_MS", 10_000, { min: 100 }),
    deduplicateSubgraphRequests: env.bool("DEDUPLICATE_SUBGRAPH_REQUESTS", true),
    responseCache: env.bool("RESPONSE_CACHE", true),
    metricsToken: env.optional("METRICS_TOKEN"),
    webDist: env.string("WEB_DIST", resolve(ROOT, "web/dist")),
    imageOrigins: parseImageOrigins(env.string("IMAGE_ORIGINS", "")),
    jwtPublicKey: pemFromEnv(env.string("JWT_PUBLIC_KEY")),
    jwtIssuer: env.string("JWT_ISSUER", "shopgraph"),
    requestSigningSecret: readRequestSigningSecret(env),
    subscriptions: {
      maxSubscriptionsPerConnection: env.int("MAX_SUBSCRIPTIONS_PER_CONNECTION", 25, { min: 1 }),
      maxConnectionsPerUser: env.int("MAX_CONNECTIONS_PER_USER", 10, { min: 1 }),
      keepAliveMs: env.int("SUBSCRIPTION_KEEPALIVE_MS", 12_000, { min: 100 }),
      upstreamRetryAttempts: env.int("SUBSCRIPTION_UPSTREAM_RETRIES", 20, { min: 0 }),
      bufferedEvents: env.int("SUBSCRIPTION_BUFFERED_EVENTS", 100, { min: 1 }),
      entityBatchWindowMs: env.int("SUBSCRIPTION_ENTITY_BATCH_MS", 0, { min: 0, max: 1_000 }),
    },
    redis: {
      url: env.url("REDIS_URL", "redis://127.0.0.1:6379", ["redis", "rediss"]),
      keyPrefix: env.string("REDIS_KEY_PREFIX", "shopgraph:"),
    },
    cost: {
      maxCost: env.int("MAX_QUERY_COST", 20_000, { min: 1 }),
      maxResponseBytes: env.int("MAX_RESPONSE_BYTES", 5_000_000, { min: 1_000 }),
    },
    rateLimits: {
      pointsPerIp: env.int("RATE_LIMIT_IP_POINTS", 200_000, { min: 1 }),
      pointsPerUser: env.int("RATE_LIMIT_USER_POINTS", 200_000, { min: 1 }),
      windowSeconds: env.int("RATE_LIMIT_WINDOW_SECONDS", 60, { min: 1 }),
      login: {
        attemptsPerAccount: env.int("LOGIN_ATTEMPTS_PER_ACCOUNT", 5, { min: 1 }),
        attemptsPerIp: env.int("LOGIN_ATTEMPTS_PER_IP", 50, { min: 1 }),
        windowSeconds: env.int("LOGIN_WINDOW_SECONDS", 900, { min: 1 }),
      },
    },
    trustProxy: env.bool("TRUST_PROXY", false),
    readyNeedsSubgraphs: env.bool("READY_NEEDS_SUBGRAPHS", true),
    events: { ...readEventsConfig(env), queue: env.string("GATEWAY_QUEUE", "gateway") },
  };
}

/** Names and routing URLs from the supergraph's `join__Graph` enum, as composition wrote them. */
export function subgraphsOf(supergraphSdl: string): SubgraphEndpoint[] {
  const graphs = parse(supergraphSdl).definitions.find(
    (definition): definition is EnumTypeDefinitionNode =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === "join__Graph",
  );
  return (graphs?.values ?? []).map((value) => {
    const directive = value.directives?.find((d) => d.name.value === "join__graph");
    const arg = (name: string) =>
      (directive?.arguments?.find((a) => a.name.value === name)?.value as StringValueNode | undefined)?.value;
    const name = arg("name");
    const url = arg("url");
    if (!name || !url) throw new Error(`join__Graph.${value.name.value} has no name or url`);
    return { name, url };
  });
}
