import type { IncomingMessage, Server } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { negotiateLocale, type Viewer } from "@shopgraph/kernel";
import {
  apolloLogger,
  closeServer,
  createHttpServer,
  errorFormatter,
  graphqlRoute,
  healthRoutes,
  HttpError,
  jsonRoute,
  listen,
  metricsRoute,
  operationMetricsPlugin,
  operationTracingPlugin,
  REQUEST_ID_HEADER,
  signatureProblem,
  type Logger,
  type Metrics,
  type RequestHandler,
} from "@shopgraph/platform";
import { viewerFromAuthorization, type TokenKeys } from "./auth.js";
import type { BaseConfig } from "./config.js";
import type { EntityManager, Orm } from "./database.js";
import { inputHygienePlugin } from "./input-hygiene.js";
import { serveSubscriptions, type SubscriptionServer } from "./subscriptions.js";

/** What every resolver of every subgraph gets. */
export interface SubgraphContext {
  requestId: string;
  viewer: Viewer;
  /**
   * The caller's language for what reads differently by locale (Money.formatted): the best locale
   * of the request's `Accept-Language` (the gateway forwards the client's), DEFAULT_LOCALE without one.
   */
  locale: string;
  /** This request's own EntityManager fork. */
  em: EntityManager;
  log: Logger;
  /**
   * Set on the subscribe step of a subscription the gateway opens again after losing its socket to
   * this subgraph: the last moment it heard from it. What happened since may not have reached the
   * subscriber, so the subscription starts with the current state (see RESUME_FROM_EXTENSION).
   */
  resumeFrom?: Date;
}

/**
 * A call another service makes at `/internal/<name>` without GraphQL (a hot path whose caller
 * is always a service): a signed JSON POST with a service token, answered with `handle`'s value.
 */
export interface InternalEndpoint {
  name: string;
  /** The services whose tokens may call it (403 for any other). */
  callers: readonly string[];
  /** `body` is the parsed JSON as sent: check every part of it. */
  handle(body: unknown, context: SubgraphContext & { service: string }): Promise<unknown>;
}

/** How a subgraph is served over HTTP (and websockets); see `startSubgraph` for the whole lifecycle. */
export interface ServeOptions<TContext extends SubgraphContext> {
  name: string;
  config: BaseConfig;
  schema: GraphQLSchema;
  orm: Orm;
  log: Logger;
  /**
   * Adds the subgraph's own per-request state (its DataLoaders) to the base context; `request` is
   * the HTTP request (absent for an operation over a websocket).
   */
  context: (base: SubgraphContext, request?: IncomingMessage) => TContext;
  /** More Apollo Server plugins, e.g. one that sets response headers from the context. */
  plugins?: ApolloServerPlugin<TContext>[];
  maxBodyBytes?: number;
  /** Attaches more to the HTTP server before it listens. */
  attach?: (server: Server) => { dispose(): Promise<void> };
  /** Also serves GraphQL over websockets (graphql-ws) on the same port and path, for subscriptions. */
  subscriptions?: { keepAliveMs?: number };
  /** The subgraph's metrics, served at /metrics (unsigned, like /health: the port is internal). */
  metrics?: Metrics;
  /**
   * HTTP routes of the subgraph's own besides /graphql (products' media upload, its internal
   * endpoints: `guard.internal(endpoint)`), tried before it. Each must refuse a request
   * `guard.authenticate` refuses, as /graphql does.
   */
  routes?: (guard: RouteGuard) => RequestHandler[];
}

/** What a subgraph's own route checks a request with: the signature over its body, and who sends it. */
export interface RouteGuard {
  /** Why the request may not be served (unsigned, bad signature), or undefined. */
  authenticate(req: IncomingMessage, body: Buffer): string | undefined;
  /** The caller its `authorization` header names (anonymous without one); throws on a bad token. */
  viewer(req: IncomingMessage): Viewer;
  /** The route of an endpoint for other services at `/internal/<name>` (see InternalEndpoint). */
  internal(endpoint: InternalEndpoint): RequestHandler;
}

export interface RunningSubgraph {
  name: string;
  port: number;
  url: string;
  server: Server;
  /** Present when the subgraph serves websockets (`subscriptions` option). */
  subscriptions?: Pick<SubscriptionServer, "sockets" | "subscriptions">;
  close(): Promise<void>;
}

export function tokenKeys(config: BaseConfig): TokenKeys {
  return {
    jwtPublicKey: config.jwtPublicKey,
    serviceTokenSecret: config.serviceTokenSecret,
    jwtIssuer: config.jwtIssuer,
  };
}

/**
 * Serves a subgraph schema over HTTP with auth, a per-request EntityManager and health routes.
 * `close` (or a failed listen) stops only what this started: the database and the workers are
 * the lifecycle's (lifecycle.ts).
 */
export async function serveSubgraph<TContext extends SubgraphContext>(
  options: ServeOptions<TContext>,
): Promise<RunningSubgraph> {
  const { config, log, orm } = options;
  const development = config.nodeEnv === "development";
  const keys = tokenKeys(config);
  const formatError = errorFormatter({ development, report: (err) => log.error({ err }, "unexpected error") });
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    logger: apolloLogger(log),
    introspection: development,
    includeStacktraceInErrorResponses: development,
    formatError,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      inputHygienePlugin(),
      ...(options.metrics ? [operationMetricsPlugin<TContext>(options.metrics)] : []),
      operationTracingPlugin<TContext>(),
      ...(options.plugins ?? []),
    ],
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const contextOf = (viewer: Viewer, requestId: string, locale: string, request?: IncomingMessage): TContext =>
    options.context({ requestId, viewer, locale, em: orm.em.fork(), log }, request);
  const context = async (req: IncomingMessage): Promise<TContext> =>
    contextOf(
      viewerFromAuthorization(keys, req.headers.authorization),
      req.headers[REQUEST_ID_HEADER] as string,
      negotiateLocale(req.headers["accept-language"]),
      req,
    );

  // Only the gateway and peer subgraphs hold the signing secret; /health and /ready stay open to probes.
  if (config.allowUnsignedRequests) log.warn("ALLOW_UNSIGNED_REQUESTS is on: anyone who reaches this port is served");
  const authenticate = (req: IncomingMessage, body: Buffer = Buffer.alloc(0)) =>
    config.allowUnsignedRequests
      ? undefined
      : signatureProblem(config.requestSigningSecret, {
          method: req.method ?? "GET",
          path: req.url ?? "/",
          body,
          headers: req.headers,
        });

  const internal = (endpoint: InternalEndpoint) =>
    jsonRoute({
      path: `/internal/${endpoint.name}`,
      maxBodyBytes: options.maxBodyBytes ?? 1_000_000,
      authenticate,
      handle: (req, body) => {
        let viewer: Viewer;
        try {
          viewer = viewerFromAuthorization(keys, req.headers.authorization);
        } catch (error) {
          throw new HttpError(401, "UNAUTHENTICATED", (error as Error).message);
        }
        if (viewer.kind !== "service" || !endpoint.callers.includes(viewer.service)) {
          throw new HttpError(403, "FORBIDDEN", `Only ${endpoint.callers.join(", ")} may call this`);
        }
        const requestId = req.headers[REQUEST_ID_HEADER] as string;
        const locale = negotiateLocale(undefined);
        // The base context only: none of the GraphQL context's DataLoaders.
        return endpoint.handle(body, { requestId, viewer, locale, em: orm.em.fork(), log, service: viewer.service });
      },
    });

  const guard: RouteGuard = {
    authenticate,
    viewer: (req) => viewerFromAuthorization(keys, req.headers.authorization),
    internal,
  };
  const handlers: RequestHandler[] = [
    healthRoutes(() => orm.isConnected()),
    ...(options.metrics ? [metricsRoute(options.metrics)] : []),
    ...(options.routes?.(guard) ?? []),
    graphqlRoute({ apollo, context, authenticate, maxBodyBytes: options.maxBodyBytes ?? 1_000_000 }),
  ];
  const server = createHttpServer(handlers, log, options.metrics);
  const attached = options.attach?.(server);
  const subscriptions =
    options.subscriptions &&
    serveSubscriptions({
      server,
      schema: options.schema,
      keys,
      context: contextOf,
      formatError,
      log,
      introspection: development,
      keepAliveMs: options.subscriptions.keepAliveMs,
      authenticate: (req) => authenticate(req),
    });
  const close = async () => {
    await subscriptions?.dispose();
    await attached?.dispose();
    await closeServer(server);
    await apollo.stop();
  };
  let port: number;
  try {
    port = await listen(server, config.port, config.host);
  } catch (error) {
    await close();
    throw error;
  }
  const url = `http://127.0.0.1:${port}/graphql`;
  log.info({ url }, `${options.name} subgraph ready`);

  return {
    name: options.name,
    port,
    url,
    server,
    ...(subscriptions
      ? { subscriptions: { sockets: subscriptions.sockets, subscriptions: subscriptions.subscriptions } }
      : {}),
    close,
  };
}
