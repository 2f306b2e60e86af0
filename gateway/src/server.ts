import type { IncomingMessage, Server } from "node:http";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import {
  apolloLogger,
  closeServer,
  createHttpServer,
  createLogger,
  errorFormatter,
  graphqlRoute,
  healthRoutes,
  HttpError,
  listen,
  Metrics,
  metricsRoute,
  operationMetricsPlugin,
  readCookie,
  REQUEST_ID_HEADER,
  runMain,
  SESSION_COOKIE_PATH,
  type Logger,
} from "@shopgraph/platform";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Redis } from "ioredis";
import { readGatewayConfig, type GatewayConfig } from "./config.js";
import { cappedStringify } from "./cost/limit.js";
import { SubgraphDataSource, subgraphFetchMetrics, type GatewayContext } from "./data-source.js";
import { apiDocs, graphiql, notServed } from "./developer-pages.js";
import { subgraphAgent, undiciFetcher } from "./fetcher.js";
import { productImages } from "./images.js";
import { serverPages, type PageExecute } from "./pages.js";
import { adminUploads, mediaAgent, mediaProxy } from "./media-proxy.js";
import { addressCharge } from "./rate-limit/address-charge.js";
import { formatLimitError, requestLimitsRule } from "./limits.js";
import { exchangeLimit } from "./partner-apps/exchange-limit.js";
import { apiKeyOf } from "./partner-apps/api-key.js";
import { AppTokens, type AppCaller } from "./partner-apps/app-tokens.js";
import { usersKeyExchange } from "./partner-apps/exchange.js";
import { CachedAppOperations, usersSafelistLoader, type AppSafelist } from "./partner-apps/app-operations.js";
import { appUsageRoute } from "./partner-apps/usage-route.js";
import { appUsagePlugin } from "./partner-apps/usage.js";
import { USAGE_SUBGRAPH, usageDataSource, usageSubgraphSchema } from "./partner-apps/usage-subgraph.js";
import { appClientOf, clientAddress, clientOf } from "./rate-limit/client.js";
import { ApqStore } from "./persisted/apq-store.js";
import { PersistedDocuments } from "./persisted/documents.js";
import { persistedHttp } from "./persisted/http.js";
import { ManifestOperations } from "./persisted/manifest.js";
import { apqRegistrationPlugin } from "./persisted/plugin.js";
import { httpCaller, type Caller } from "./persisted/policy.js";
import { formatProtectionError, protectionPlugin, type ProtectionContext } from "./rate-limit/plugin.js";
import { subgraphsReady } from "./readiness.js";
import { CallerWrites } from "./in-flight.js";
import { connectRedis, redisReady } from "./redis.js";
import { cacheInvalidation } from "./response-cache/invalidation.js";
import { responseCacheMetrics, responseCachePlugins } from "./response-cache/plugin.js";
import { TaggedResponseStore } from "./response-cache/store.js";
import { consumeWhileRedisAnswers, revocationConsumer } from "./revocation/consumer.js";
import { SessionRevocation } from "./revocation/session-revocation.js";
import { staticFiles } from "./static-files.js";
import { storefrontOf } from "./storefront/schema.js";
import { storefrontPlugin } from "./storefront/plugin.js";
import { SubscriptionPlanner } from "./subscriptions/planner.js";
import { EntityFetchBatcher } from "./subscriptions/entity-batcher.js";
import { attachSubscriptionServer } from "./subscriptions/server.js";
import { UpstreamClients } from "./subscriptions/upstream.js";

/** How long a starting gateway waits for Redis. */
const REDIS_START_TIMEOUT_MS = 3_000;
/** The subgraph that owns sessions: it alone reads and sets the session cookie. */
const SESSIONS_SUBGRAPH = "users";

export interface GatewayOptions {
  log?: Logger;
}

export interface RunningGateway {
  port: number;
  url: string;
  server: Server;
  /** The connection rate limits live on (tests read and break it). */
  redis: Redis;
  /** True while the consumer of session revocations is bound to its queue (it needs Redis too). */
  revocationConnected(): boolean;
  /** Live counts of the websocket relay (tests and the benchmark read them). */
  subscriptions: {
    connections(): number;
    subscriptions(): number;
    upstreamSockets(): number;
  };
  close(): Promise<void>;
}

/**
 * `@apollo/gateway` 2.14 starts a telemetry exporter to Apollo unless this is set; the gateway
 * reports nothing unless the operator sets APOLLO_TELEMETRY_DISABLED=false.
 */
function disableApolloTelemetryUnlessOptedIn() {
  process.env["APOLLO_TELEMETRY_DISABLED"] ??= "true";
}

export async function startGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<RunningGateway> {
  const log = options.log ?? createLogger("gateway", config.logLevel);
  const development = config.nodeEnv === "development";
  disableApolloTelemetryUnlessOptedIn();

  // Read before anything connects: a bad manifest stops the start.
  const shopOperations = ManifestOperations.fromFiles(config.persisted.manifests);
  const redis = connectRedis(config.redis, log);
  await requireRedisInProduction(config, redis, log);
  const revocation = new SessionRevocation(redis, config.redis.keyPrefix, log);
  const metrics = new Metrics("gateway");
  const fetchMetrics = subgraphFetchMetrics(metrics);
  // What may be evicted (the response cache, APQ documents): its own connection when it has its own Redis.
  const cacheRedis = config.cacheRedisUrl
    ? connectRedis({ url: config.cacheRedisUrl, keyPrefix: config.redis.keyPrefix }, log)
    : redis;
  const responses = config.responseCache
    ? new TaggedResponseStore(cacheRedis, log, config.responseCacheMaxEntryBytes)
    : undefined;
  const revocations = consumeWhileRedisAnswers(
    redis,
    revocationConsumer(
      config.events,
      revocation,
      log,
      metrics,
      responses ? [cacheInvalidation(responses, log, metrics)] : [],
    ),
    log,
  );
  const agent = subgraphAgent(config.subgraphTimeoutMs);
  const fetcher = undiciFetcher(agent);
  const media = mediaAgent(config.subgraphTimeoutMs);
  const urls = new Map(config.subgraphs.map(({ name, url }) => [name, url]));
  // One data source per subgraph, shared by queries and by the subscription relay's entity fetches.
  const writes = new CallerWrites();
  const dataSources = Object.fromEntries(
    config.subgraphs.map(({ name, url }) => [
      name,
      new SubgraphDataSource(
        name,
        url,
        fetcher,
        config.requestSigningSecret,
        name === SESSIONS_SUBGRAPH,
        config.deduplicateSubgraphRequests,
        fetchMetrics,
        writes,
      ),
    ]),
  );
  // The subgraph the gateway hosts itself: partner apps' usage, from the Redis it counts it in.
  const usage = usageDataSource(usageSubgraphSchema(redis, keysOf(config), log));
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) =>
      name === USAGE_SUBGRAPH
        ? usage
        : (dataSources[name] ?? new SubgraphDataSource(name, url ?? "", fetcher, config.requestSigningSecret)),
    logger: apolloLogger(log),
    // Query plans in responses are a debugging aid that costs work on every request.
    __exposeQueryPlanExperimental: false,
  });

  // The relay's planner builds the API schema once; the storefront schema is cut from it.
  const planner = new SubscriptionPlanner(config.supergraphSdl, [requestLimitsRule(config.limits)], config.cost);
  const storefront = storefrontOf(planner.schema, config.supergraphSdl);
  const baseFormatError = errorFormatter({ development, report: (err) => log.error({ err }, "unexpected error") });
  const formatError = (formatted: GraphQLFormattedError, error: unknown) =>
    formatLimitError(formatted, error) ?? formatProtectionError(formatted) ?? baseFormatError(formatted, error);
  const persistedOutcomes = metrics.counter(
    "gateway_persisted_documents_total",
    "Operations by where their document came from (shop, app, apq), sent whole (document, registered), or the code that refused them",
    ["outcome"],
  );
  // Signed requests to users' @inaccessible fields: API keys' exchange, apps' registered operations.
  const usersCalls = {
    usersUrl: urls.get(SESSIONS_SUBGRAPH) ?? "",
    fetcher,
    signingSecret: config.requestSigningSecret,
    log,
  };
  const appOperations = new CachedAppOperations(usersSafelistLoader(usersCalls), log);
  const persisted = new PersistedDocuments(
    config.persisted.mode,
    shopOperations,
    // With the response cache: what may be evicted, apart from revocations and rate limits.
    new ApqStore(
      cacheRedis,
      { ttlSeconds: config.persisted.apqTtlSeconds, maxDocumentBytes: config.persisted.apqMaxDocumentBytes },
      log,
    ),
    appOperations,
    (outcome) => persistedOutcomes.inc({ outcome }),
  );
  // Only access tokens count as users here: the gateway verifies no other kind of token.
  const keys = keysOf(config);
  // Partner apps' API keys become app access tokens, which the subgraphs verify like users' tokens.
  const appTokens = new AppTokens(
    usersKeyExchange(usersCalls),
    revocation,
    log,
    exchangeLimit(redis, config.rateLimits),
  );
  /**
   * The app a request's API key speaks for, with what it may run: exchanged (or refused) and its
   * safelist loaded once per request, shared by the persisted documents' check and the context.
   */
  const appRequests = new WeakMap<IncomingMessage, Promise<{ app: AppCaller; safelist: AppSafelist }>>();
  const appOf = (req: IncomingMessage, apiKey: string) => {
    let pending = appRequests.get(req);
    if (!pending) {
      pending = appTokens.callerFor(apiKey, clientAddress(req, config.trustProxy)).then(async (app) => ({
        app,
        safelist: await appOperations.safelist(app.appId, app.accessVersion),
      }));
      // Whoever awaits it reports its failure; this only keeps an early one from being "unhandled".
      pending.catch(() => undefined);
      appRequests.set(req, pending);
    }
    return pending;
  };
  const callerOf = async (req: IncomingMessage): Promise<Caller> => {
    const caller = httpCaller(req.headers, keys);
    try {
      const apiKey = apiKeyOf(req.headers);
      if (apiKey === undefined) return caller;
      const { app, safelist } = await appOf(req, apiKey);
      return {
        ...caller,
        app: { id: app.appId, safelistedOnly: safelist.safelistedOnly, accessVersion: app.accessVersion },
      };
    } catch (error) {
      // A key that does not work (401), too many tried (429), users unreachable (503): answered
      // now, as the context would, before anything is looked up for it.
      throw httpErrorOf(error);
    }
  };
  const persistedRequests = persistedHttp(persisted, callerOf);
  const apollo = new ApolloServer<GatewayContext & ProtectionContext>({
    gateway,
    logger: apolloLogger(log),
    introspection: development,
    includeStacktraceInErrorResponses: development,
    // Validation runs against the whole API first: its "Did you mean ...?" would name admin-only
    // fields to anyone (the storefront check comes after it).
    hideSchemaDetailsFromClientErrors: true,
    validationRules: [requestLimitsRule(config.limits)],
    formatError,
    stringifyResult: cappedStringify(config.cost.maxResponseBytes, (bytes) =>
      log.warn({ bytes, max: config.cost.maxResponseBytes }, "response too large: refused"),
    ),
    // The gateway resolves persisted documents itself, before Apollo (persisted/): Apollo's own
    // APQ would know neither the shop's manifest nor OPERATIONS.
    persistedQueries: false,
    plugins: [
      operationMetricsPlugin(metrics),
      storefrontPlugin(storefront),
      protectionPlugin({ redis, cost: config.cost, rateLimits: config.rateLimits, log }),
      appUsagePlugin(redis, log),
      // Apollo's landing page loads its IDE from Apollo's and Google's servers; a browser at
      // /graphql gets the self-hosted GraphiQL instead (developer-pages.ts).
      ApolloServerPluginLandingPageDisabled(),
      // Each answer's policy from its subgraphs' Cache-Control (see data-source.ts), as a header.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: true }),
      // Before the response cache, whose hit would end the request before this registers.
      apqRegistrationPlugin(persisted),
      ...responseCachePlugins(responses, log, responseCacheMetrics(metrics)),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, response }) {
              if (contextValue.setSessionCookie) response.http.headers.set("set-cookie", contextValue.setSessionCookie);
            },
          };
        },
      },
    ],
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const context = async (req: IncomingMessage): Promise<GatewayContext & ProtectionContext> => {
    const apiKey = apiKeyOf(req.headers);
    if (apiKey !== undefined) {
      // Throws for a key that does not work, and when the app's operations cannot be loaded.
      const { app } = await appOf(req, apiKey);
      return {
        authorization: app.authorization,
        requestId: req.headers[REQUEST_ID_HEADER] as string,
        acceptLanguage: req.headers["accept-language"],
        client: appClientOf(req, config.trustProxy, { appId: app.appId, keyPrefix: app.keyPrefix }),
        persisted: persistedRequests.outcomeOf(req),
      };
    }
    await revocation.check(req.headers.authorization);
    return {
      authorization: req.headers.authorization,
      requestId: req.headers[REQUEST_ID_HEADER] as string,
      acceptLanguage: req.headers["accept-language"],
      client: clientOf(req, config.trustProxy, keys),
      sessionCookie: readCookie(req.headers.cookie),
      persisted: persistedRequests.outcomeOf(req),
    };
  };
  // A server-rendered page's queries: run in-process, as its visitor's (anonymous: pages show
  // what anyone may see), through every plugin an HTTP request meets after persisted documents.
  const executeForPage =
    (req: IncomingMessage): PageExecute =>
    async (operation) => {
      const contextValue: GatewayContext & ProtectionContext = {
        authorization: undefined,
        requestId: req.headers[REQUEST_ID_HEADER] as string,
        acceptLanguage: req.headers["accept-language"],
        client: clientOf(req, config.trustProxy, keys),
      };
      const response = await apollo.executeOperation(operation, { contextValue });
      if (response.body.kind !== "single") throw new Error("a page's operation answered incrementally");
      return response.body.singleResult;
    };
  // In production the limits are shared or the gateway is not ready; elsewhere they go per-process.
  const redisUp = () => config.nodeEnv !== "production" || redis.status === "ready";
  const subgraphsUp = subgraphsReady(config.subgraphs, agent, log);
  const maxBodyBytes = config.limits.maxBodyBytes;
  const server = createHttpServer(
    [
      healthRoutes(async () => {
        const subgraphs = config.readyNeedsSubgraphs ? await subgraphsUp() : { unavailable: [] };
        const unavailable = [...(redisUp() ? [] : ["redis"]), ...subgraphs.unavailable];
        return { ready: unavailable.length === 0, unavailable };
      }),
      ...(config.metricsToken || config.nodeEnv !== "production" ? [metricsRoute(metrics, config.metricsToken)] : []),
      appUsageRoute({ redis, keys, revocation, log }),
      // Before /graphql: a browser's visit there is GraphiQL's page, not an operation.
      ...(config.graphiql.enabled ? graphiql(config.graphiql.dist) : [notServed("/graphiql")]),
      ...(config.apiDocs.enabled ? apiDocs(config.apiDocs.dir) : []),
      graphqlRoute({ apollo, context, maxBodyBytes, prepare: persistedRequests.prepare }),
      // The same API where the browser sends its session cookie: refreshSession and logout.
      graphqlRoute({ apollo, context, maxBodyBytes, prepare: persistedRequests.prepare, path: SESSION_COOKIE_PATH }),
      productImages(),
      serverPages({
        entry: config.webSsrEntry,
        webDist: config.webDist,
        origin: config.shopUrl,
        execute: executeForPage,
        imageOrigins: config.imageOrigins,
        log,
      }),
      ...(urls.has("products")
        ? [
            mediaProxy({
              productsUrl: urls.get("products")!,
              agent: media,
              signingSecret: config.requestSigningSecret,
              maxUploadBytes: config.mediaMaxUploadBytes,
              authorizeUpload: adminUploads(keys, (authorization) => revocation.check(authorization)),
              chargeRead: addressCharge(
                redis,
                {
                  name: "media",
                  points: config.rateLimits.mediaReadsPerIp,
                  windowSeconds: config.rateLimits.windowSeconds,
                },
                config.trustProxy,
              ),
              addressOf: (req) => clientAddress(req, config.trustProxy),
            }),
          ]
        : []),
      staticFiles(config.webDist, { imageOrigins: config.imageOrigins }),
    ],
    log,
    metrics,
  );
  const upstream = new UpstreamClients({
    urls,
    log,
    keepAliveMs: config.subscriptions.keepAliveMs,
    retryAttempts: config.subscriptions.upstreamRetryAttempts,
    maxRetryDelayMs: 5_000,
    signingSecret: config.requestSigningSecret,
  });
  const subscriptions = attachSubscriptionServer(server, {
    path: "/graphql",
    planner,
    upstream,
    // Events that arrive together share their entity fetches (see entity-batcher.ts).
    dataSources: new EntityFetchBatcher(dataSources, config.subscriptions.entityBatchWindowMs, metrics).dataSources(),
    formatError,
    log,
    bufferedEvents: config.subscriptions.bufferedEvents,
    keys,
    limits: config.subscriptions,
    revocation,
    storefront,
    persisted,
    apps: {
      callerFor: (key, ip) => appTokens.callerFor(key, ip),
      safelist: (appId, accessVersion) => appOperations.safelist(appId, accessVersion),
      clientAddress: (request) => clientAddress(request, config.trustProxy),
    },
  });
  metrics.gauge("gateway_websocket_connections", "Client websockets past connection_init", (gauge) =>
    gauge.set(subscriptions.connections()),
  );
  metrics.gauge("gateway_subscriptions", "Subscriptions being relayed to clients", (gauge) =>
    gauge.set(subscriptions.subscriptions()),
  );
  if (config.nodeEnv === "production" && !config.metricsToken) {
    log.info("METRICS_TOKEN is not set: /metrics is not served (the gateway's port is public)");
  }
  const port = await listen(server, config.port, config.host);
  const url = `http://127.0.0.1:${port}/graphql`;
  log.info(
    { url, subgraphs: config.subgraphs, operations: config.persisted.mode, shopOperations: shopOperations.size },
    "gateway ready",
  );
  let closed: Promise<void> | undefined;

  return {
    port,
    url,
    server,
    redis,
    revocationConnected: revocations.connected,
    subscriptions: {
      connections: subscriptions.connections,
      subscriptions: subscriptions.subscriptions,
      upstreamSockets: () => upstream.openSockets,
    },
    close() {
      // Idempotent: a test (or a signal handler) may close what a harness closes again later.
      closed ??= (async () => {
        await subscriptions.dispose();
        await closeServer(server);
        await apollo.stop();
        await agent.close();
        await media.close();
        await revocations.stop();
        revocation.close();
        redis.disconnect();
        if (cacheRedis !== redis) cacheRedis.disconnect();
      })();
      return closed;
    },
  };
}

/** What verifies access tokens: users' public key and issuer. */
function keysOf(config: GatewayConfig) {
  return { jwtPublicKey: config.jwtPublicKey, jwtIssuer: config.jwtIssuer };
}

/** A GraphQLError carrying its HTTP status (extensions.http) as the HttpError graphqlRoute answers with. */
function httpErrorOf(error: unknown): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const { http, code, ...extensions } = error.extensions as {
    http?: { status?: number; headers?: Map<string, string> };
    code?: unknown;
  } & Record<string, unknown>;
  const headers = http?.headers ? Object.fromEntries(http.headers) : {};
  return new HttpError(
    http?.status ?? 500,
    String(code ?? "INTERNAL_SERVER_ERROR"),
    error.message,
    extensions,
    headers,
  );
}

/**
 * Rate limits are only shared through Redis: a production gateway without it would let each
 * instance grant the whole budget, so it does not start. Elsewhere it says so and counts alone.
 */
async function requireRedisInProduction(config: GatewayConfig, redis: Redis, log: Logger): Promise<void> {
  try {
    await redisReady(redis, REDIS_START_TIMEOUT_MS);
  } catch (error) {
    if (config.nodeEnv === "production") {
      redis.disconnect();
      throw new Error(`Redis is unreachable (${(error as Error).message}): rate limits need it in production`, {
        cause: error,
      });
    }
    log.error(
      { nodeEnv: config.nodeEnv },
      "Redis is unreachable: rate limits and login throttling count per process until it answers (refused in production)",
    );
  }
}

if (import.meta.main) {
  const log = createLogger("gateway", process.env["LOG_LEVEL"]);
  await runMain(log, () => startGateway(readGatewayConfig(), { log }));
}
