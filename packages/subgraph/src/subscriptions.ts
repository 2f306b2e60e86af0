import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import {
  createSourceEventStream,
  execute,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { anonymous, DEFAULT_LOCALE, negotiateLocale, type Viewer } from "@shopgraph/kernel";
import { RESUME_FROM_EXTENSION, unauthenticated, withRequestId, type Logger } from "@shopgraph/platform";
import { viewerFromAuthorization, type TokenKeys } from "./auth.js";
import { inputProblem } from "./input-hygiene.js";
import type { SubgraphContext } from "./server.js";

type VerifyCallback = (accept: boolean, code?: number, message?: string, headers?: Record<string, string>) => void;

/** Close codes this server ends sockets with; graphql-ws names its own 44xx codes. */
export const SocketCloseCode = {
  /** connection_init with a token that does not verify (graphql-ws's standard refusal). */
  Forbidden: CloseCode.Forbidden,
  /** The server is shutting down (RFC 6455). */
  GoingAway: 1001,
} as const;

export interface SubscriptionServerOptions<TContext extends SubgraphContext> {
  /** The HTTP server to share: websockets upgrade on `path` of the same port. */
  server: Server;
  path?: string;
  schema: GraphQLSchema;
  keys: TokenKeys;
  /**
   * A fresh context: called once per operation for its subscribe step and once per event, so no
   * DataLoader cache or EntityManager identity map outlives the event it served.
   */
  context(viewer: Viewer, requestId: string, locale: string): TContext;
  /** Formats every error sent, as Apollo's `formatError` does over HTTP. */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  log: Logger;
  /** Schema introspection is allowed only in development, as over HTTP. */
  introspection: boolean;
  /** Ping every socket this often; one that has not answered by the next ping is cut. */
  keepAliveMs?: number;
  /**
   * Why an upgrade request may not become a websocket (answered 401 with a JSON GraphQL error
   * body, as over HTTP), or undefined to accept it.
   */
  authenticate?: (req: IncomingMessage) => string | undefined;
}

export interface SubscriptionServer {
  /** Open websockets. */
  sockets(): number;
  /** Subscriptions running (their event streams open). */
  subscriptions(): number;
  /**
   * Closes every socket with 1001 Going Away, which ends its subscriptions here. They are not
   * completed: `complete` would tell a client the subscription is over, while 1001 tells it to
   * reconnect and subscribe again (graphql-ws clients, the gateway's among them, do), so a
   * restart costs subscribers a delay, not their subscriptions.
   */
  dispose(): Promise<void>;
}

export const DEFAULT_KEEP_ALIVE_MS = 12_000;
/** How long a socket has to answer the server's close frame at dispose before it is cut. */
export const CLOSE_GRACE_MS = 2_000;

/** What graphql-ws keeps per connection, beside its own state. */
interface ConnectionExtra extends Record<PropertyKey, unknown> {
  viewer: Viewer;
  /** The locale of the connection (its upgrade request's Accept-Language, or connectionParams.acceptLanguage). */
  locale: string;
}

/**
 * GraphQL over websockets (graphql-ws protocol) beside the HTTP endpoint. A connection is
 * authenticated once from `connectionParams.authorization` (a token that does not verify closes it
 * with 4403; none leaves it anonymous); an operation may carry its own `extensions.authorization`,
 * verified the same way, which is how the gateway runs many users' subscriptions over one socket.
 * Each operation then runs like an HTTP request (same context, same error format), and each
 * subscription event is executed on a context of its own.
 */
export function serveSubscriptions<TContext extends SubgraphContext>(
  options: SubscriptionServerOptions<TContext>,
): SubscriptionServer {
  const { authenticate } = options;
  const sockets = new WebSocketServer({
    server: options.server,
    path: options.path ?? "/graphql",
    ...(authenticate && {
      verifyClient: ({ req }: { req: IncomingMessage }, accept: VerifyCallback) => {
        const refused = authenticate(req);
        if (refused === undefined) return accept(true);
        const body = JSON.stringify({ errors: [{ message: refused, extensions: { code: "UNAUTHENTICATED" } }] });
        accept(false, 401, body, { "Content-Type": "application/graphql-response+json; charset=utf-8" });
      },
    }),
  });
  const streams = new Set<EventStream>();
  const rules = options.introspection ? specifiedRules : [...specifiedRules, NoSchemaIntrospectionCustomRule];
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => options.formatError(error.toJSON(), error));

  const server = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      schema: options.schema,
      onConnect(ctx) {
        const viewer = bearerViewer(options.keys, authorizationOf(ctx.connectionParams));
        if (!viewer) return false;
        ctx.extra.viewer = viewer;
        ctx.extra.locale = negotiateLocale(
          acceptLanguageOf(ctx.connectionParams) ?? ctx.extra.request.headers["accept-language"],
        );
        return true;
      },
      onSubscribe(ctx, _id, payload) {
        // An operation may bring its own token: the gateway multiplexes its users over one socket.
        const own = authorizationOf(payload.extensions ?? undefined);
        const viewer = own === undefined ? ctx.extra.viewer : bearerViewer(options.keys, own);
        if (!viewer) return [unauthenticated("The operation's access token is invalid or expired")];
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [coded(error, "GRAPHQL_PARSE_FAILED")];
        }
        const invalid = validate(options.schema, document, rules);
        if (invalid.length > 0) return invalid.map((error) => coded(error, "GRAPHQL_VALIDATION_FAILED"));
        const problem = inputProblem(options.schema, document, payload.operationName, payload.variables);
        if (problem) return [problem];
        // Like the token, the gateway sends each operation's own caller's language.
        const language = acceptLanguageOf(payload.extensions ?? undefined);
        const locale = language === undefined ? (ctx.extra.locale ?? DEFAULT_LOCALE) : negotiateLocale(language);
        const context = options.context(viewer, requestIdOf(payload.extensions ?? undefined), locale);
        const resumeFrom = resumeFromOf(payload.extensions ?? undefined);
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: resumeFrom ? { ...context, resumeFrom } : context,
        };
      },
      execute: (args) => withRequestId((args.contextValue as TContext).requestId, () => execute(args)),
      subscribe: (args) => subscribe(args),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    sockets,
    options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS,
  );

  /** graphql-js `subscribe`, except that each event gets a context of its own. */
  async function subscribe(args: ExecutionArgs) {
    const { viewer, requestId, locale } = args.contextValue as TContext;
    const source = await withRequestId(requestId, () => createSourceEventStream(args));
    if (!isAsyncIterable(source)) return source;
    const stream = new EventStream(
      source[Symbol.asyncIterator](),
      (event) =>
        withRequestId(requestId, async () =>
          execute({ ...args, rootValue: event, contextValue: options.context(viewer, requestId, locale) }),
        ),
      () => streams.delete(stream),
    );
    streams.add(stream);
    return stream;
  }

  return {
    sockets: () => sockets.clients.size,
    subscriptions: () => streams.size,
    async dispose() {
      // ws would wait 30 s for a peer that never answers the close frame; shutdown must not.
      const cut = setTimeout(() => {
        for (const socket of sockets.clients) socket.terminate();
      }, CLOSE_GRACE_MS);
      // Resolves once every socket has closed, and graphql-ws has ended each one's subscriptions.
      await server.dispose();
      clearTimeout(cut);
    },
  };
}

/** `authorization` (or `Authorization`) of connection params or operation extensions; undefined when absent. */
function authorizationOf(params: Record<string, unknown> | undefined): unknown {
  return params?.["authorization"] ?? params?.["Authorization"];
}

/** `acceptLanguage` of connection params or operation extensions (the gateway's way to forward the header); undefined when absent. */
function acceptLanguageOf(params: Record<string, unknown> | undefined): string | undefined {
  const value = params?.["acceptLanguage"];
  return typeof value === "string" ? value : undefined;
}

/** The gateway passes its request id along, so one id follows an operation through every log. */
function requestIdOf(extensions: Record<string, unknown> | undefined): string {
  const requestId = extensions?.["requestId"];
  return typeof requestId === "string" && requestId.length <= 200 ? requestId : randomUUID();
}

/** A resumed subscription's moment (see RESUME_FROM_EXTENSION); undefined when absent or not a time, never later than now. */
function resumeFromOf(extensions: Record<string, unknown> | undefined): Date | undefined {
  const value = extensions?.[RESUME_FROM_EXTENSION];
  if (typeof value !== "string" || value.length > 40) return undefined;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return undefined;
  return at.getTime() > Date.now() ? new Date() : at;
}

/** The viewer of a "Bearer <token>" authorization: anonymous without one, undefined when it does not verify. */
function bearerViewer(keys: TokenKeys, authorization: unknown): Viewer | undefined {
  if (authorization === undefined) return anonymous;
  if (typeof authorization !== "string") return undefined;
  try {
    return viewerFromAuthorization(keys, authorization);
  } catch {
    return undefined;
  }
}

/** The code Apollo Server gives the same error over HTTP. */
function coded(error: unknown, code: string): GraphQLError {
  const message = error instanceof Error ? error.message : String(error);
  const located =
    error instanceof GraphQLError ? { nodes: error.nodes, source: error.source, positions: error.positions } : {};
  return new GraphQLError(message, { ...located, extensions: { code } });
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";
}

/**
 * The results of a subscription: each source event executed in turn. Returning it ends it at
 * once, even while a read waits on a source that would never answer.
 */
class EventStream implements AsyncIterableIterator<ExecutionResult> {
  private ended = false;
  private stop: () => void = () => undefined;
  private readonly stopped = new Promise<IteratorResult<unknown>>((resolve) => {
    this.stop = () => resolve({ done: true, value: undefined });
  });

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly run: (event: unknown) => Promise<ExecutionResult>,
    private readonly onEnd: () => void,
  ) {}

  async next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.ended) return { done: true, value: undefined };
    try {
      const step = await Promise.race([this.source.next(), this.stopped]);
      if (step.done || this.ended) return this.finish();
      return { done: false, value: await this.run(step.value) };
    } catch (error) {
      this.finish();
      throw error;
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    if (!this.ended) {
      this.finish();
      this.stop();
      // Not awaited: an async generator's return waits for it to reach a yield, which may be never.
      Promise.resolve(this.source.return?.()).catch(() => undefined);
    }
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): IteratorResult<ExecutionResult> {
    if (!this.ended) {
      this.ended = true;
      this.onEnd();
    }
    return { done: true, value: undefined };
  }
}
