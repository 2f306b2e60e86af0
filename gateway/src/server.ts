import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import {
  apolloLogger,
  closeServer,
  createHttpServer,
  createLogger,
  errorFormatter,
  graphqlRoute,
  healthRoutes,
  listen,
  REQUEST_ID_HEADER,
  runMain,
  type Logger,
} from "@shopgraph/common";
import type { GraphQLFormattedError } from "graphql";
import { readGatewayConfig, type GatewayConfig } from "./config.js";
import { SubgraphDataSource, type GatewayContext } from "./data-source.js";
import { subgraphAgent, undiciFetcher } from "./fetcher.js";
import { productImages } from "./images.js";
import { formatLimitError, requestLimitsRule } from "./limits.js";
import { subgraphsReady } from "./readiness.js";
import { connectRedis } from "./redis.js";
import { staticFiles } from "./static-files.js";
import { SubscriptionPlanner } from "./subscriptions/planner.js";
import { attachSubscriptionServer } from "./subscriptions/server.js";
import { UpstreamClients } from "./subscriptions/upstream.js";

export interface GatewayOptions {
  log?: Logger;
}

export interface RunningGateway {
  port: number;
  url: string;
  server: Server;
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

  const redis = connectRedis(config.redis, log);
  const agent = subgraphAgent(config.subgraphTimeoutMs);
  const fetcher = undiciFetcher(agent);
  const urls = new Map(config.subgraphs.map(({ name, url }) => [name, url]));
  // One data source per subgraph, shared by queries and by the subscription relay's entity fetches.
  const dataSources = Object.fromEntries(
    config.subgraphs.map(({ name, url }) => [name, new SubgraphDataSource(url, fetcher)]),
  );
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) => dataSources[name] ?? new SubgraphDataSource(url ?? "", fetcher),
    logger: apolloLogger(log),
    // Query plans in responses are a debugging aid that costs work on every request.
    __exposeQueryPlanExperimental: false,
  });

  const baseFormatError = errorFormatter({ development, report: (err) => log.error({ err }, "unexpected error") });
  const formatError = (formatted: GraphQLFormattedError, error: unknown) =>
    formatLimitError(formatted, error) ?? baseFormatError(formatted, error);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: apolloLogger(log),
    introspection: development,
    includeStacktraceInErrorResponses: development,
    validationRules: [requestLimitsRule(config.limits)],
    formatError,
    plugins: [
      development
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
    ],
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const context = async (req: IncomingMessage): Promise<GatewayContext> => ({
    authorization: req.headers.authorization,
    requestId: req.headers[REQUEST_ID_HEADER] as string,
  });
  const server = createHttpServer(
    [
      healthRoutes(subgraphsReady(config.subgraphs, agent, log)),
      graphqlRoute({ apollo, context, maxBodyBytes: config.limits.maxBodyBytes }),
      productImages(),
      staticFiles(config.webDist, { imageOrigins: config.imageOrigins }),
    ],
    log,
  );
  const upstream = new UpstreamClients({
    urls,
    log,
    keepAliveMs: config.subscriptions.keepAliveMs,
    retryAttempts: config.subscriptions.upstreamRetryAttempts,
    maxRetryDelayMs: 5_000,
  });
  const subscriptions = attachSubscriptionServer(server, {
    path: "/graphql",
    planner: new SubscriptionPlanner(config.supergraphSdl, [requestLimitsRule(config.limits)]),
    upstream,
    dataSources,
    formatError,
    log,
    bufferedEvents: config.subscriptions.bufferedEvents,
    // Only access tokens open a websocket: no service secret here, so no service token verifies.
    keys: { jwtPublicKey: config.jwtPublicKey, jwtIssuer: config.jwtIssuer, serviceTokenSecret: randomUUID() },
    limits: config.subscriptions,
  });
  const port = await listen(server, config.port, config.host);
  const url = `http://127.0.0.1:${port}/graphql`;
  log.info({ url, subgraphs: config.subgraphs }, "gateway ready");
  let closed: Promise<void> | undefined;

  return {
    port,
    url,
    server,
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
        redis.disconnect();
      })();
      return closed;
    },
  };
}

if (import.meta.main) {
  const log = createLogger("gateway", process.env["LOG_LEVEL"]);
  await runMain(log, () => startGateway(readGatewayConfig(), { log }));
}
