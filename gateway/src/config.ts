import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  ConfigError,
  envReader,
  parseImageOrigins,
  readAccessTokenKey,
  readEventsConfig,
  readRequestSigningSecret,
  readServiceConfig,
  type Env,
  type NodeEnv,
} from "@shopgraph/platform";
import { Kind, parse, type EnumTypeDefinitionNode, type StringValueNode } from "graphql";
import type { CostConfig } from "./cost/limit.js";
import { USAGE_SUBGRAPH } from "./partner-apps/usage-subgraph.js";
import { operationsModes, type OperationsMode } from "./persisted/policy.js";
import type { RateLimitConfig } from "./rate-limit/limiter.js";
import type { RedisConfig } from "./redis.js";
import { DEFAULT_MAX_ENTRY_BYTES } from "./response-cache/store.js";
import type { RevocationEventsConfig } from "./revocation/consumer.js";

/** The repository root, from gateway/src (tests) as from gateway/dist (node). */
const ROOT = resolve(import.meta.dirname, "../..");

/** The shop's persisted documents, as `npm run codegen` writes them (storefront, admin, lazy routes). */
const SHOP_MANIFESTS = [
  "web/src/gql/shop/persisted-documents.json",
  "web/src/gql/admin/persisted-documents.json",
  "web/src/gql/lazy/persisted-documents.json",
];

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

export interface PersistedConfig {
  /** Which callers may send documents of their own (OPERATIONS; see persisted/policy.ts). */
  mode: OperationsMode;
  /** The shop's manifests of persisted documents (PERSISTED_DOCUMENTS), loaded at start. */
  manifests: string[];
  /** How long an APQ-registered document stays after its last use. */
  apqTtlSeconds: number;
  /** The longest APQ document stored, after its comments and spacing are stripped. */
  apqMaxDocumentBytes: number;
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
  /** The largest product image upload (POST /media) passed on to products; products has its own limit too. */
  mediaMaxUploadBytes: number;
  subgraphTimeoutMs: number;
  /** Identical queries in flight at once for the same caller share one subgraph request. */
  deduplicateSubgraphRequests: boolean;
  /** Anonymous queries with PUBLIC answers are cached in Redis, and purged on catalog events. */
  responseCache: boolean;
  /** Answers larger than this are served but not cached. */
  responseCacheMaxEntryBytes: number;
  /**
   * A Redis of its own for what may be evicted: the response cache and APQ documents (unset: the
   * gateway's Redis). Revocations and rate limits must never be evicted, nor crowded out.
   */
  cacheRedisUrl: string | undefined;
  /**
   * Bearer token Prometheus sends for /metrics. Unset: /metrics is open outside production and
   * not served in production (the gateway's port is public).
   */
  metricsToken: string | undefined;
  /** The built web shop, served at `/` when the directory exists. */
  webDist: string;
  /** The server render of the shop's pages (WEB_SSR_ENTRY, built with the shop into web/dist-server). */
  webSsrEntry: string;
  /** The shop's public URL (SHOP_URL): canonical URLs, Open Graph, sitemap.xml and robots.txt name it. */
  shopUrl: string;
  /**
   * The self-hosted GraphiQL (web/dist/graphiql, built with the shop) at /graphiql and as the page
   * a browser gets at /graphql: GRAPHIQL, on outside production.
   */
  graphiql: { enabled: boolean; dist: string };
  /** The API reference (docs/api, written by `npm run compose`) at /docs/: API_DOCS, on outside production. */
  apiDocs: { enabled: boolean; dir: string };
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
  persisted: PersistedConfig;
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
  const service = readServiceConfig(env, 4000);
  const nodeEnv = service.nodeEnv;
  return {
    ...service,
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
    mediaMaxUploadBytes: env.int("MEDIA_MAX_UPLOAD_BYTES", 15_000_000, { min: 1_000, max: 100_000_000 }),
    subgraphTimeoutMs: env.int("SUBGRAPH_TIMEOUT_MS", 10_000, { min: 100 }),
    deduplicateSubgraphRequests: env.bool("DEDUPLICATE_SUBGRAPH_REQUESTS", true),
    responseCache: env.bool("RESPONSE_CACHE", true),
    responseCacheMaxEntryBytes: env.int("RESPONSE_CACHE_MAX_ENTRY_BYTES", DEFAULT_MAX_ENTRY_BYTES, { min: 1_000 }),
    cacheRedisUrl:
      env.optional("CACHE_REDIS_URL") === undefined ? undefined : env.url("CACHE_REDIS_URL", "", ["redis", "rediss"]),
    metricsToken: env.optional("METRICS_TOKEN"),
    webDist: env.string("WEB_DIST", resolve(ROOT, "web/dist")),
    webSsrEntry: env.string("WEB_SSR_ENTRY", resolve(ROOT, "web/dist-server/entry-server.js")),
    shopUrl: env.url("SHOP_URL", "http://localhost:4000", ["http", "https"]).replace(/\/+$/, ""),
    graphiql: {
      enabled: env.bool("GRAPHIQL", nodeEnv !== "production"),
      dist: env.string("GRAPHIQL_DIST", resolve(ROOT, "web/dist/graphiql")),
    },
    apiDocs: {
      enabled: env.bool("API_DOCS", nodeEnv !== "production"),
      dir: env.string("API_DOCS_DIR", resolve(ROOT, "docs/api")),
    },
    imageOrigins: parseImageOrigins(env.string("IMAGE_ORIGINS", "")),
    ...readAccessTokenKey(env),
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
      pointsPerApp: env.int("RATE_LIMIT_APP_POINTS", 200_000, { min: 1 }),
      requestsPerApp: env.int("RATE_LIMIT_APP_REQUESTS", 6_000, { min: 1 }),
      keyExchangesPerIp: env.int("API_KEY_EXCHANGES_PER_IP", 300, { min: 1 }),
      mediaReadsPerIp: env.int("RATE_LIMIT_MEDIA_READS_PER_IP", 1_200, { min: 1 }),
      login: {
        attemptsPerAccount: env.int("LOGIN_ATTEMPTS_PER_ACCOUNT", 5, { min: 1 }),
        attemptsPerIp: env.int("LOGIN_ATTEMPTS_PER_IP", 50, { min: 1 }),
        windowSeconds: env.int("LOGIN_WINDOW_SECONDS", 900, { min: 1 }),
      },
    },
    trustProxy: env.bool("TRUST_PROXY", false),
    readyNeedsSubgraphs: env.bool("READY_NEEDS_SUBGRAPHS", true),
    events: { ...readEventsConfig(env), queue: env.string("GATEWAY_QUEUE", "gateway") },
    persisted: {
      // Production runs what the shop ships for browsers and anonymous callers; see the README.
      mode: env.oneOf("OPERATIONS", operationsModes, nodeEnv === "production" ? "credentialed" : "any"),
      manifests: env
        .string("PERSISTED_DOCUMENTS", SHOP_MANIFESTS.join(","))
        .split(",")
        .map((path) => path.trim())
        .filter((path) => path !== "")
        .map((path) => resolve(ROOT, path)),
      apqTtlSeconds: env.int("APQ_TTL_SECONDS", 86_400, { min: 1 }),
      apqMaxDocumentBytes: env.int("APQ_MAX_DOCUMENT_BYTES", 16_384, { min: 100 }),
    },
  };
}

/** Names and routing URLs from the supergraph's `join__Graph` enum, as composition wrote them. */
export function subgraphsOf(supergraphSdl: string): SubgraphEndpoint[] {
  const graphs = parse(supergraphSdl).definitions.find(
    (definition): definition is EnumTypeDefinitionNode =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === "join__Graph",
  );
  const endpoints = (graphs?.values ?? []).map((value) => {
    const directive = value.directives?.find((d) => d.name.value === "join__graph");
    const arg = (name: string) =>
      (directive?.arguments?.find((a) => a.name.value === name)?.value as StringValueNode | undefined)?.value;
    const name = arg("name");
    const url = arg("url");
    if (!name || !url) throw new Error(`join__Graph.${value.name.value} has no name or url`);
    return { name, url };
  });
  // The gateway's own subgraph (partner apps' usage) runs in process: no URL to reach, nothing to wait for.
  return endpoints.filter(({ name }) => name !== USAGE_SUBGRAPH);
}
