import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders, IncomingMessage, Server } from "node:http";
import { isAdmin, negotiateLocale } from "@shopgraph/kernel";
import {
  APP_SUBJECT_PREFIX,
  accessTokenSession,
  accessTokenViewer,
  bearerExpiry,
  type AccessTokenKeys,
  type BoundedStream,
} from "@shopgraph/platform";
import { GraphQLError, validate, type ExecutionResult, type GraphQLSchema } from "graphql";
import type { Context } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { apiKeyOf } from "../partner-apps/api-key.js";
import type { AppSafelist } from "../partner-apps/app-operations.js";
import type { AppCaller } from "../partner-apps/app-tokens.js";
import { PersistedRefusal, type PersistedDocuments } from "../persisted/documents.js";
import { fromBrowser } from "../persisted/policy.js";
import { sessionRevoked, type RevocationGate } from "../revocation/session-revocation.js";
import { OperationRefused, type PlannedSubscription } from "./planner.js";
import { relaySubscription, type RelayOptions, type RelayRequest } from "./relay.js";
import type { Identity } from "./upstream.js";

export interface SubscriptionLimits {
  maxSubscriptionsPerConnection: number;
  maxConnectionsPerUser: number;
  /** Ping interval of client sockets; one that misses a pong is dropped. */
  keepAliveMs: number;
}

export interface SubscriptionServerOptions extends RelayOptions {
  keys: AccessTokenKeys;
  limits: SubscriptionLimits;
  /** The HTTP endpoint's path: graphql-ws is served on the same one. */
  path: string;
  /** Refuses revoked tokens, and says when a user's sockets must close. */
  revocation: RevocationGate;
  /** What everyone but admins may subscribe to (see storefront/plugin.ts). */
  storefront: GraphQLSchema;
  /** Documents by hash, and OPERATIONS: the same rule as over HTTP. */
  persisted: PersistedDocuments;
  /** Partner apps connecting with an API key: exchanged as over HTTP, with what each app may run. */
  apps?: SubscriptionApps;
}

/** What the websocket needs to serve partner apps (the same exchange and safelists as HTTP). */
export interface SubscriptionApps {
  /** The app's token for a key (refused, rate limited or 503 by throwing, as over HTTP). */
  callerFor(key: string, ip: string): Promise<AppCaller>;
  safelist(appId: string, accessVersion: number): Promise<Pick<AppSafelist, "safelistedOnly">>;
  /** The address exchanges are limited by. */
  clientAddress(request: IncomingMessage): string;
}

export interface SubscriptionServer {
  /** Client sockets that completed connection_init. */
  connections(): number;
  subscriptions(): number;
  /**
   * Closes every socket with 1001 Going Away, without completing its subscriptions: `complete`
   * would tell a client a subscription is over, while 1001 tells it to reconnect and subscribe
   * again (graphql-ws clients do), so a restarted gateway costs subscribers a reconnect, not
   * their subscriptions. Resolves once the relays have let go of their upstream subscriptions.
   */
  dispose(): Promise<void>;
}

/**
 * Close codes the gateway uses beyond graphql-ws's own (4403 for a refused token or key; 1013 when
 * an app's key could not be checked just now).
 */
export const CloseCodes = { Forbidden: 4403, TooManyConnections: 4429, TryAgainLater: 1013 } as const;

interface Connection {
  identity: Identity;
  /** A user's id, or `app:<id>` for a partner app (revocations name apps so). */
  userId: string;
  /** A partner app's connection: its key (kept only in memory, to renew its token) and safelist flag. */
  app?: { key: string; appId: string; safelistedOnly: boolean; ip: string };
  /** An admin's token: subscriptions may use the whole API, not only the storefront schema. */
  admin: boolean;
  /** The token's `sv`: a revocation above it closes the connection. */
  sessionVersion: number;
  /** Opened by a browser (its upgrade request had an Origin): persisted documents only where OPERATIONS says so. */
  browser: boolean;
  /** Closes the connection when its token expires. */
  expiry: NodeJS.Timeout | undefined;
}

interface RelayContext {
  planned: PlannedSubscription;
  request: RelayRequest;
  identity: Identity;
}

const REVOKED_REASON = "Forbidden: session revoked";
/** An app connection's token is renewed this long before it expires. */
const APP_RENEW_BEFORE_MS = 20_000;

/** How long shutdown waits for the relays of the closed sockets to end upstream. */
const RELAYS_END_GRACE_MS = 2_000;

/**
 * The gateway's graphql-ws endpoint: authenticates each connection once, plans and relays each
 * subscription (see relay.ts), and enforces the per-connection and per-user caps.
 */
export function attachSubscriptionServer(server: Server, options: SubscriptionServerOptions): SubscriptionServer {
  const wss = new WebSocketServer({ server, path: options.path });
  const connections = new Map<Context, Connection>();
  const perUser = new Map<string, number>();
  const relays = new Set<Pick<BoundedStream<unknown>, "end" | "closed">>();
  const { limits } = options;

  const refuse = (ctx: Context, code: number, reason: string) => {
    (ctx.extra as { socket: { close(code: number, reason: string): void } }).socket.close(code, reason);
    return false;
  };

  // Every instance hears of every revocation: this user's sockets issued before it close now.
  const stopRevocations = options.revocation.onRevoked({
    revoked({ userId, sessionVersion }) {
      for (const [ctx, connection] of connections) {
        if (connection.userId === userId && connection.sessionVersion < sessionVersion) {
          // An app's key outlives its tokens: it is exchanged again, and only a refusal (a key
          // revoked, the app disabled or deleted) closes the socket.
          if (connection.app) void renewApp(ctx, connection);
          else refuse(ctx, CloseCodes.Forbidden, REVOKED_REASON);
        }
      }
    },
    // After an outage of the announcements, every open socket is checked against Redis once.
    missed() {
      for (const [ctx, connection] of connections) {
        void options.revocation.isRevoked(connection.identity.authorization).then((revoked) => {
          if (!revoked) return;
          if (connection.app) void renewApp(ctx, connection);
          else refuse(ctx, CloseCodes.Forbidden, REVOKED_REASON);
        });
      }
    },
  });

  /**
   * An app's connection gets its key's current token (callerFor checks the revocation state and
   * exchanges the key again when needed) and its current safelist flag; false (the socket closed)
   * when the key no longer works. Renewed before each subscription, on every revocation of the
   * app, and before its token expires.
   */
  const renewApp = async (ctx: Context, connection: Connection): Promise<boolean> => {
    const app = connection.app;
    if (!app || !options.apps) return false;
    try {
      const caller = await options.apps.callerFor(app.key, app.ip);
      const safelist = await options.apps.safelist(caller.appId, caller.accessVersion);
      connection.identity.authorization = caller.authorization;
      connection.sessionVersion = caller.accessVersion;
      app.safelistedOnly = safelist.safelistedOnly;
      scheduleRenewal(ctx, connection, caller.authorization);
      return true;
    } catch (error) {
      if (connections.get(ctx) === connection) refuseApp(ctx, error);
      return false;
    }
  };

  /**
   * Closes an app's socket: 4403 when users refused the key (revoked, expired, its app disabled
   * or deleted), 1013 Try Again Later when it could not be asked (users unreachable, too many
   * exchanges from the address), so a client reconnects rather than gives up.
   */
  const refuseApp = (ctx: Context, error: unknown): boolean => {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    const message = (error as Error).message;
    return code === "UNAUTHENTICATED"
      ? refuse(ctx, CloseCodes.Forbidden, `Forbidden: ${message}`)
      : refuse(ctx, CloseCodes.TryAgainLater, `Try again later: ${message}`);
  };

  /** An app's token is renewed shortly before it expires (a user's connection closes then instead). */
  const scheduleRenewal = (ctx: Context, connection: Connection, authorization: string) => {
    clearTimeout(connection.expiry);
    const expiresAt = bearerExpiry(authorization);
    if (expiresAt === undefined) return;
    connection.expiry = setTimeout(
      () => void renewApp(ctx, connection),
      Math.max(1_000, Math.min(expiresAt - Date.now() - APP_RENEW_BEFORE_MS, 2 ** 31 - 1)),
    ).unref();
  };

  /** connection_init with an API key: `x-api-key`, or `authorization: Bearer sg_live_…`. */
  const connectApp = async (ctx: Context, key: string): Promise<boolean> => {
    if (!options.apps) return refuse(ctx, CloseCodes.Forbidden, "Forbidden: API keys are not accepted here");
    const request = (ctx.extra as { request: IncomingMessage }).request;
    const ip = options.apps.clientAddress(request);
    let caller: AppCaller;
    let safelistedOnly: boolean;
    try {
      caller = await options.apps.callerFor(key, ip);
      safelistedOnly = (await options.apps.safelist(caller.appId, caller.accessVersion)).safelistedOnly;
    } catch (error) {
      return refuseApp(ctx, error);
    }
    const userId = `${APP_SUBJECT_PREFIX}${caller.appId}`;
    const open = perUser.get(userId) ?? 0;
    if (open >= limits.maxConnectionsPerUser) {
      return refuse(
        ctx,
        CloseCodes.TooManyConnections,
        `Too many connections: at most ${limits.maxConnectionsPerUser} per app`,
      );
    }
    perUser.set(userId, open + 1);
    const requestId = ctx.connectionParams?.["requestId"];
    const connection: Connection = {
      userId,
      app: { key, appId: caller.appId, safelistedOnly, ip },
      // Apps work against the whole API (each subgraph checks their scopes), as over HTTP.
      admin: true,
      sessionVersion: caller.accessVersion,
      browser: fromBrowser(request.headers),
      identity: {
        authorization: caller.authorization,
        // Never share an app's entity fetches with other subscribers: its scopes are its own.
        admin: true,
        requestId: typeof requestId === "string" ? requestId : randomUUID(),
        acceptLanguage: acceptLanguageOf(ctx.connectionParams, request.headers),
      },
      expiry: undefined,
    };
    connections.set(ctx, connection);
    scheduleRenewal(ctx, connection, caller.authorization);
    // Checked once listed: a revocation announced while the key was exchanged renews or closes it.
    return renewApp(ctx, connection);
  };

  const cleanup = useServer<Record<string, unknown>, { socket: unknown }>(
    {
      async onConnect(ctx) {
        let apiKey: string | undefined;
        try {
          const params = ctx.connectionParams ?? {};
          const header = params["x-api-key"] ?? params["X-Api-Key"] ?? params["X-API-Key"];
          const bearer = params["authorization"] ?? params["Authorization"];
          apiKey = apiKeyOf({
            ...(typeof header === "string" ? { "x-api-key": header } : {}),
            ...(typeof bearer === "string" ? { authorization: bearer } : {}),
          });
        } catch (error) {
          return refuse(ctx, CloseCodes.Forbidden, `Forbidden: ${(error as Error).message}`);
        }
        if (apiKey !== undefined) return connectApp(ctx, apiKey);
        const authorization = ctx.connectionParams?.["authorization"] ?? ctx.connectionParams?.["Authorization"];
        if (typeof authorization !== "string" || authorization === "") {
          return refuse(ctx, CloseCodes.Forbidden, "Forbidden: connectionParams.authorization is missing");
        }
        let userId: string;
        let admin: boolean;
        try {
          const viewer = accessTokenViewer(options.keys, authorization);
          if (viewer.kind !== "user") return refuse(ctx, CloseCodes.Forbidden, "Forbidden: not a user's access token");
          userId = viewer.userId;
          admin = isAdmin(viewer);
        } catch (error) {
          return refuse(ctx, CloseCodes.Forbidden, `Forbidden: ${(error as Error).message}`);
        }
        const open = perUser.get(userId) ?? 0;
        if (open >= limits.maxConnectionsPerUser) {
          return refuse(
            ctx,
            CloseCodes.TooManyConnections,
            `Too many connections: at most ${limits.maxConnectionsPerUser} per user`,
          );
        }
        perUser.set(userId, open + 1);
        const requestId = ctx.connectionParams?.["requestId"];
        // A connection lives no longer than its token: the client reconnects with a fresh one.
        const expiresAt = bearerExpiry(authorization);
        const expiry =
          expiresAt === undefined
            ? undefined
            : setTimeout(
                () => refuse(ctx, CloseCodes.Forbidden, "Forbidden: access token expired"),
                Math.min(expiresAt - Date.now(), 2 ** 31 - 1),
              ).unref();
        connections.set(ctx, {
          userId,
          admin,
          sessionVersion: accessTokenSession(authorization)?.sessionVersion ?? 0,
          browser: fromBrowser(ctx.extra.request.headers),
          identity: {
            authorization,
            admin,
            requestId: typeof requestId === "string" ? requestId : randomUUID(),
            acceptLanguage: acceptLanguageOf(ctx.connectionParams, ctx.extra.request.headers),
          },
          expiry,
        });
        // Checked once listed: a revocation announced while this reads Redis finds it and closes it.
        if (await options.revocation.isRevoked(authorization)) return refuse(ctx, CloseCodes.Forbidden, REVOKED_REASON);
        return true;
      },

      onClose(ctx) {
        const connection = connections.get(ctx);
        if (!connection) return;
        clearTimeout(connection.expiry);
        connections.delete(ctx);
        const open = (perUser.get(connection.userId) ?? 1) - 1;
        if (open > 0) perUser.set(connection.userId, open);
        else perUser.delete(connection.userId);
      },

      async onSubscribe(ctx, _id, payload) {
        const connection = connections.get(ctx);
        if (!connection)
          return [new GraphQLError("Connection not initialised", { extensions: { code: "BAD_REQUEST" } })];
        // This one is already listed (as null) while it is being set up.
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(`At most ${limits.maxSubscriptionsPerConnection} subscriptions per connection`, {
              extensions: { code: "TOO_MANY_SUBSCRIPTIONS" },
            }),
          ];
        }
        // After the cap, which must count before waiting: the subscriptions sent meanwhile are listed too.
        if (connection.app) {
          // The key's current token and flag (a renewal refused closes the socket).
          if (!(await renewApp(ctx, connection))) return [sessionRevoked()];
        } else if (await options.revocation.isRevoked(connection.identity.authorization)) return [sessionRevoked()];
        let query: string;
        let registration: { hash: string; document: string } | undefined;
        try {
          // A connection carries a verified token: its caller has credentials.
          const resolved = await options.persisted.resolve(
            {
              query: payload.query,
              documentId: (payload as { documentId?: unknown }).documentId,
              extensions: payload.extensions,
            },
            {
              browser: connection.browser,
              credentialed: true,
              ...(connection.app
                ? {
                    app: {
                      id: connection.app.appId,
                      safelistedOnly: connection.app.safelistedOnly,
                      accessVersion: connection.sessionVersion,
                    },
                  }
                : {}),
            },
          );
          if (typeof resolved.query !== "string")
            throw new PersistedRefusal(400, "BAD_REQUEST", "query must be a string");
          query = resolved.query;
          registration = resolved.register;
        } catch (error) {
          if (!(error instanceof PersistedRefusal)) throw error;
          return [new GraphQLError(error.message, { extensions: { code: error.code } })];
        }
        let planned: PlannedSubscription;
        try {
          planned = options.planner.plan(query, payload.operationName, payload.variables ?? {});
        } catch (error) {
          if (error instanceof OperationRefused) return error.errors;
          options.log.error({ err: error }, "cannot plan a subscription");
          return [new GraphQLError("Internal server error", { extensions: { code: "INTERNAL_SERVER_ERROR" } })];
        }
        if (!connection.admin) {
          const refused = validate(options.storefront, planned.document);
          if (refused.length > 0) {
            return refused.map(
              (error) =>
                new GraphQLError(error.message, {
                  nodes: error.nodes,
                  extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
                }),
            );
          }
        }
        if (registration) await options.persisted.register(registration);
        const request: RelayRequest = {
          query,
          variables: payload.variables ?? {},
          operationName: payload.operationName ?? undefined,
        };
        const context: RelayContext = { planned, request, identity: connection.identity };
        return {
          schema: options.planner.schema,
          document: planned.document,
          operationName: payload.operationName,
          variableValues: request.variables,
          contextValue: context,
        };
      },

      subscribe(args) {
        const { planned, request, identity } = args.contextValue as RelayContext;
        const relay = relaySubscription(options, planned, request, identity);
        relays.add(relay);
        void relay.closed.then(() => relays.delete(relay));
        // graphql-ws types this as a generator; it only iterates it and calls return().
        return relay as unknown as AsyncGenerator<ExecutionResult>;
      },

      // Results are formatted already (relay.ts); onSubscribe's own errors carry their codes.
      onNext: (_ctx, _id, _payload, _args, result) => result,
    },
    wss,
    limits.keepAliveMs,
  );

  let disposed: Promise<void> | undefined;
  return {
    connections: () => connections.size,
    subscriptions: () => relays.size,
    dispose() {
      disposed ??= (async () => {
        const closed = [...relays].map((relay) => relay.closed);
        stopRevocations();
        // graphql-ws closes each socket with 1001 and returns its subscriptions, which ends their relays.
        await cleanup.dispose();
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.all(closed),
          new Promise((resolve) => (timer = setTimeout(resolve, RELAYS_END_GRACE_MS))),
        ]);
        clearTimeout(timer);
      })();
      return disposed;
    },
  };
}

/**
 * The subscriber's language: `connectionParams.acceptLanguage` when the client sets one, else the
 * `Accept-Language` a browser sends with the websocket upgrade; as the locale it names, so what
 * goes on to the subgraphs in a header is a well-formed language tag, whatever the client wrote.
 */
function acceptLanguageOf(
  params: Record<string, unknown> | undefined,
  headers: IncomingHttpHeaders,
): string | undefined {
  const param = params?.["acceptLanguage"];
  const given = typeof param === "string" ? param : headers["accept-language"];
  return given === undefined ? undefined : negotiateLocale(given);
}
